/**
 * A small card for the instruments' unit tests: two labour functions, the second printing its
 * knowledge once for the whole function. Only the fields the instruments read are filled.
 */
import type { Card } from '../standard/schemas.js';

const src = { lines: [1, 1] as [number, number] };
const t = (id: string, kk: string) => ({ id, kk, source: src });

export const MINI_CARD = {
  id: '1111-1-001.4',
  code: { value: '1111-1-001', source: src },
  level: { value: 4, source: src },
  name: { kk: 'Сынақ маманы', source: src },
  labourFunctions: [
    {
      id: 'f1',
      name: { kk: 'Бірінші еңбек функциясы', source: src },
      tasks: [
        {
          id: 'f1.t1',
          name: { kk: 'Бірінші міндет', source: src },
          skills: [t('f1.t1.s1', 'Құжаттарды тексеру; есеп жасау.'), t('f1.t1.s2', 'Кеңес беру')],
          knowledge: [t('f1.t1.k1', 'Әлеуметтік кодекс.'), t('f1.t1.k2', 'Еңбек кодексі.')],
        },
      ],
    },
    {
      id: 'f2',
      name: { kk: 'Екінші еңбек функциясы', source: src },
      tasks: [
        {
          id: 'f2.t1',
          name: { kk: 'Екінші міндет', source: src },
          skills: [t('f2.t1.s1', 'Жоспарлау')],
          knowledge: [],
        },
      ],
      knowledge: [t('f2.k1', 'Психология негіздері')],
    },
  ],
} as unknown as Card;
