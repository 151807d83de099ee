import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff.js';

describe('wordDiff', () => {
  it('keeps an unchanged text as one run', () => {
    expect(wordDiff('Тұрақты негізде біліктілікті арттыру;', 'Тұрақты  негізде біліктілікті арттыру;')).toEqual([
      { op: 'same', text: 'Тұрақты негізде біліктілікті арттыру;' },
    ]);
  });

  it('shows a replaced word as a deletion before an addition', () => {
    expect(wordDiff('жұмыс өтілі кемінде 3 жыл;', 'жұмыс өтілі кемінде 4 жыл;')).toEqual([
      { op: 'same', text: 'жұмыс өтілі кемінде' },
      { op: 'del', text: '3' },
      { op: 'add', text: '4' },
      { op: 'same', text: 'жыл;' },
    ]);
  });

  it('shows inserted and deleted words in place', () => {
    expect(
      wordDiff(
        'Арнайы әлеуметтік қызметтерге қажеттілікті талдау.',
        'Арнаулы әлеуметтік қызметтерге қажеттілікті талдау және бағалау.',
      ),
    ).toEqual([
      { op: 'del', text: 'Арнайы' },
      { op: 'add', text: 'Арнаулы' },
      { op: 'same', text: 'әлеуметтік қызметтерге қажеттілікті' },
      { op: 'del', text: 'талдау.' },
      { op: 'add', text: 'талдау және бағалау.' },
    ]);
    expect(wordDiff('бір екі үш', 'бір үш')).toEqual([
      { op: 'same', text: 'бір' },
      { op: 'del', text: 'екі' },
      { op: 'same', text: 'үш' },
    ]);
  });

  it('handles empty texts', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'жаңа мәтін')).toEqual([{ op: 'add', text: 'жаңа мәтін' }]);
    expect(wordDiff('ескі мәтін', '')).toEqual([{ op: 'del', text: 'ескі мәтін' }]);
  });

  it('always rebuilds both texts (words and their order)', () => {
    const word = fc.constantFrom('және', 'әлеуметтік', 'қызмет', 'бала', '3', 'жыл;', 'Кодекс.');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 12 }), (a, b) => {
        const ops = wordDiff(a.join(' '), b.join(' '));
        const side = (keep: 'add' | 'del') =>
          ops
            .filter((o) => o.op !== keep)
            .map((o) => o.text)
            .join(' ')
            .split(' ')
            .filter(Boolean);
        expect(side('add')).toEqual(a);
        expect(side('del')).toEqual(b);
      }),
    );
  });
});
