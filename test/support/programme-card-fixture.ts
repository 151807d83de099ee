/**
 * A small card and programme documents for the programme domain's unit tests: two labour
 * functions, the first with a task (two skills, one knowledge item) and a list printed once for
 * the function (one knowledge item), the second with a task of one skill. Only the fields the
 * programme domain reads are filled.
 */
import type { Card } from '../../src/domain/standard/schemas.js';
import type { Outcome, ProgrammeContent, ProgrammeModule } from '../../src/domain/programmes/programme.js';

export const C = '1111-1-001';
export const F1 = `${C}.3.f1`;
export const F2 = `${C}.3.f2`;
export const S1 = `${F1}.t1.s1`;
export const S2 = `${F1}.t1.s2`;
export const K1 = `${F1}.t1.k1`;
export const K_SHARED = `${F1}.k1`;
export const S3 = `${F2}.t1.s1`;

const text = (id: string, kk: string) => ({ id, number: '1', kk });

export function smallCard(over: { s1?: string; dropS2?: boolean; addS4?: boolean } = {}): Card {
  return {
    code: { value: C },
    level: { value: 3 },
    name: { kk: 'Шағын карточка' },
    labourFunctions: [
      {
        id: F1,
        name: { kk: 'Бірінші функция' },
        tasks: [
          {
            id: `${F1}.t1`,
            name: { kk: 'Бірінші міндет' },
            skills: [
              text(S1, over.s1 ?? 'Бірінші дағды.'),
              ...(over.dropS2 ? [] : [text(S2, 'Екінші дағды.')]),
              ...(over.addS4 ? [text(`${F1}.t1.s4`, 'Жаңа дағды.')] : []),
            ],
            knowledge: [text(K1, 'Бірінші білім.')],
          },
        ],
        knowledge: [text(K_SHARED, 'Ортақ білім.')],
      },
      {
        id: F2,
        name: { kk: 'Екінші функция' },
        tasks: [{ id: `${F2}.t1`, name: { kk: 'Екінші міндет' }, skills: [text(S3, 'Үшінші дағды.')], knowledge: [] }],
      },
    ],
  } as unknown as Card;
}

export const outcome = (id: string, itemIds: string[], over: Partial<Outcome> = {}): Outcome => ({
  id,
  text: `Нәтиже ${id}`,
  itemIds,
  criteria: [],
  method: 'test',
  suggestions: [],
  ...over,
});

export const module = (
  id: string,
  outcomes: Outcome[],
  over: Partial<Omit<ProgrammeModule, 'outcomes'>> = {},
): ProgrammeModule => ({
  id,
  code: `КМ ${id}`,
  name: `Модуль ${id}`,
  kind: 'professional',
  hours: { theory: 10, practice: 0 },
  credits: null,
  outcomes,
  ...over,
});

export const content = (modules: ProgrammeModule[], over: Partial<ProgrammeContent> = {}): ProgrammeContent => ({
  title: 'Бағдарлама',
  type: 'tvet-modular',
  lang: 'kk',
  volume: { unit: 'hours', value: 100 },
  cards: [{ code: C, level: 3, editionId: 'e1' }],
  modules,
  exceptions: [],
  ...over,
});
