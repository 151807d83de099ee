import { describe, expect, it } from 'vitest';
import { sourceOutline } from './source-outline';

const LINES = [
  'БҰЙРЫҚ',
  '1-тарау. Жалпы ережелер',
  'мәтін',
  '3-тарау. Кәсіптер карточкалары',
  'Мамандық картасы Әлеуметтік қызметкер',
  'Код 3412-0-008',
  'Әлеуметтік қызметкер',
  'мәтін',
  'Әлеуметтік психолог',
];

describe('the official text’s contents', () => {
  it('lists chapters as printed and cards at their heading above the name, in text order', () => {
    const outline = sourceOutline(LINES, [
      { code: '2634-9-004', level: 6, name: 'Әлеуметтік психолог', nameLine: 9 },
      { code: '3412-0-008', level: 4, name: 'Әлеуметтік қызметкер', nameLine: 7 },
    ]);
    expect(outline.map((e) => [e.kind, e.line])).toEqual([
      ['chapter', 2],
      ['chapter', 4],
      ['card', 5],
      ['card', 9],
    ]);
    expect(outline[0]?.label).toBe('1-тарау. Жалпы ережелер');
  });

  it('leaves out a card whose line is not in the text', () => {
    expect(
      sourceOutline(LINES, [{ code: 'x', level: 1, name: 'x', nameLine: 99 }]).filter((e) => e.kind === 'card'),
    ).toEqual([]);
  });
});
