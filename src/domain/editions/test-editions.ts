/**
 * Small hand-made editions for the tests of this folder: a card is a code, a level and lists of
 * texts; ids follow the data files' convention (`CODE.LEVEL.f1.t1.s1`) unless an item names its
 * own id suffix (to play a renumbering). Source lines are made up (one line per text).
 */
import type { Edition } from '../standard/edition.js';
import type { Card, EditionMeta, NumberedText, QualificationRule } from '../standard/schemas.js';

export type TinyText = string | { kk: string; id: string };
export type TinyTask = { name: string; id?: string; skills?: TinyText[]; knowledge?: TinyText[] };
export type TinyFunction = { name: string; id?: string; tasks: TinyTask[] };
export type TinyRule = Pick<QualificationRule, 'kk'> &
  Partial<Pick<QualificationRule, 'category' | 'experience'>> & {
    education?: QualificationRule['education'];
  };
export type TinyCard = {
  code: string;
  level: number;
  name?: string;
  /** The card's id (default `CODE.LEVEL`). */
  id?: string;
  functions: TinyFunction[];
  rules?: TinyRule[];
  otherNames?: { kk: string; code?: string }[];
  educationLevel?: string;
};

let line = 1;
const lines = (): { lines: [number, number] } => {
  const n = line++;
  return { lines: [n, n] };
};

function texts(prefix: string, letter: string, list: TinyText[] = []): NumberedText[] {
  return list.map((t, i) => {
    const kk = typeof t === 'string' ? t : t.kk;
    const suffix = typeof t === 'string' ? `${letter}${i + 1}` : t.id;
    return { id: `${prefix}.${suffix}`, number: String(i + 1), kk, source: lines() };
  });
}

export function tinyCard(spec: TinyCard): Card {
  const id = spec.id ?? `${spec.code}.${spec.level}`;
  return {
    id,
    title: { kk: `Мамандық картасы ${spec.name ?? 'Әлеуметтік қызметкер'}`, source: lines() },
    code: { value: spec.code, source: lines() },
    name: { kk: spec.name ?? 'Әлеуметтік қызметкер', source: lines() },
    level: { value: spec.level, source: lines() },
    otherNames: (spec.otherNames ?? []).map((n, i) => ({
      id: `${id}.n${i + 1}`,
      ...(n.code ? { code: n.code } : {}),
      kk: n.kk,
      source: lines(),
    })),
    qualification: {
      groups: spec.rules
        ? [
            {
              id: `${id}.g1`,
              group: 'general',
              rules: spec.rules.map((r, i) => ({
                id: `${id}.q${i + 1}`,
                ...(r.category ? { category: r.category } : {}),
                kk: r.kk,
                source: lines(),
                education: r.education ?? [{ minLevel: 'higher' }],
                ...(r.experience ? { experience: r.experience } : {}),
              })),
            },
          ]
        : [],
    },
    educationLevel: { kk: spec.educationLevel ?? 'Жоғары білім', source: lines(), levels: ['higher'] },
    labourFunctions: spec.functions.map((f, i) => {
      const fid = `${id}.${f.id ?? `f${i + 1}`}`;
      return {
        id: fid,
        name: { kk: f.name, source: lines() },
        tasks: f.tasks.map((t, j) => {
          const tid = `${fid}.${t.id ?? `t${j + 1}`}`;
          return {
            id: tid,
            name: { kk: t.name, source: lines() },
            skills: texts(tid, 's', t.skills),
            knowledge: texts(tid, 'k', t.knowledge),
          };
        }),
      };
    }),
    links: [],
    qualificationLink: [],
    labels: [],
    source: { lines: [1, 1000] },
  };
}

export function tinyEdition(
  id: string,
  cards: TinyCard[],
  order: { number: string; date: string } = { number: '1', date: '2023-01-01' },
): Edition {
  const meta: EditionMeta = {
    id,
    standard: { id: 'tiny', title: { kk: 'Сынақ стандарты', source: { lines: [1, 1] } } },
    status: 'in-force',
    order: {
      number: order.number,
      date: order.date,
      registration: { number: '1', date: order.date },
      inForceFrom: order.date,
      issuer: { kk: 'Министр' },
      legalBasis: { kk: 'Кодекс' },
      source: { lines: [1, 1] },
    },
    provisions: [],
    sourceFile: 'source.kk.txt',
  };
  return { meta, terms: [], professions: [], cards: cards.map(tinyCard), sourceText: '' };
}
