import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInText, findPhrase } from './find-in-text';

const LINES = ['1-тарау. Жалпы ережелер', 'ӘЛЕУМЕТТІК қызмет; әлеуметтік көмек', '', 'Қызметкер (әлеуметтік)'];

describe('find in the official text', () => {
  it('finds Kazakh letters whatever their case, with the place in each line', () => {
    expect(findInText(LINES, 'әлеуметтік').matches).toEqual([
      { line: 2, start: 0, end: 10 },
      { line: 2, start: 19, end: 29 },
      { line: 4, start: 11, end: 21 },
    ]);
    expect(findInText(LINES, 'ҚЫЗМЕТ').matches.map((m) => m.line)).toEqual([2, 4]);
  });

  it('looks for punctuation as itself and a space as any run of spaces', () => {
    expect(findInText(LINES, '(әлеуметтік)').matches).toEqual([{ line: 4, start: 10, end: 22 }]);
    expect(findInText(['a  b', 'a b'], 'a b').matches).toHaveLength(2);
    expect(findInText(LINES, '.*').matches).toEqual([]);
  });

  it('ignores a phrase shorter than two letters, and stops at the cap', () => {
    expect(findPhrase('  ә ')).toBe('');
    expect(findInText(LINES, 'ә').matches).toEqual([]);
    expect(findInText(['аа аа аа'], 'аа', 2)).toEqual({
      matches: [
        { line: 1, start: 0, end: 2 },
        { line: 1, start: 3, end: 5 },
      ],
      capped: true,
    });
  });

  it('any phrase: each match is inside its line and reads as the phrase, case aside', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 8 }), fc.string({ maxLength: 6 }), (lines, q) => {
        for (const m of findInText(lines, q).matches) {
          const text = lines[m.line - 1] ?? '';
          expect(m.start).toBeLessThan(m.end);
          expect(m.end).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });
});
