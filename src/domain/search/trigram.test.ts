import fc from 'fast-check';
import { expect, it } from 'vitest';
import { TrigramIndex, trigramSimilarity, trigrams } from './trigram.js';

it('TrigramIndex finds exactly what comparing every entry finds (property)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 40 }),
      fc.string({ maxLength: 10 }),
      fc.double({ min: 0.05, max: 1, noNaN: true }),
      (words, probe, min) => {
        const index = new TrigramIndex<number>();
        words.forEach((w, i) => {
          index.add(i, trigrams(w));
        });
        const grams = trigrams(probe);
        const fast = index
          .similar(grams, min)
          .map((r) => [r.value, r.similarity])
          .sort((a, b) => (a[0] as number) - (b[0] as number));
        const slow = words
          .map((w, i) => [i, trigramSimilarity(grams, trigrams(w))])
          .filter(([, s]) => (s as number) >= min);
        expect(fast).toEqual(slow);
      },
    ),
    { numRuns: 300 },
  );
});
