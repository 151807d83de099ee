/**
 * Text similarity for matching items across editions. A text becomes a set of Kazakh stems
 * (normalised, stemmed words, so "қызметтерді" and "қызметтерге" are one word) and a set of
 * word trigrams (so a typo or a changed suffix still counts for something). Stems are weighted
 * by how rare they are among all items of both editions: sharing "және", "туралы" or "кодекс"
 * says little, sharing "медиация" says a lot.
 */
import { normalizeKazakh, tokenize } from '../search/kazakh-normalize.js';
import { stemKazakh } from '../search/kazakh-stemmer.js';
import { trigramSimilarity, trigrams } from '../search/trigram.js';

export type TextProfile = {
  /** The normalised text, for exact comparison. */
  normalized: string;
  stems: Set<string>;
  trigrams: Set<string>;
};

export function profileOf(text: string): TextProfile {
  const normalized = normalizeKazakh(text);
  const words = tokenize(text);
  const grams = new Set<string>();
  for (const word of words) for (const t of trigrams(word)) grams.add(t);
  return { normalized, stems: new Set(words.map(stemKazakh)), trigrams: grams };
}

/** Inverse document frequency over a set of texts: rare stems weigh more. */
export class StemWeights {
  private readonly df = new Map<string, number>();
  private documents = 0;

  add(stems: Iterable<string>): void {
    this.documents++;
    for (const s of new Set(stems)) this.df.set(s, (this.df.get(s) ?? 0) + 1);
  }

  weight(stem: string): number {
    return Math.log(1 + Math.max(this.documents, 1) / (this.df.get(stem) ?? 1));
  }

  /** Weighted Dice coefficient of two stem sets (1 = the same stems). */
  dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    if (a.size === 0 && b.size === 0) return 1;
    if (a.size === 0 || b.size === 0) return 0;
    let shared = 0;
    let total = 0;
    for (const s of a) {
      const w = this.weight(s);
      total += w;
      if (b.has(s)) shared += w;
    }
    for (const s of b) total += this.weight(s);
    return total === 0 ? 0 : (2 * shared) / total;
  }
}

/** Similarity of two texts from 0 to 1; 1 only for the same normalised text. */
export function textSimilarity(a: TextProfile, b: TextProfile, weights: StemWeights): number {
  if (a.normalized === b.normalized) return 1;
  const words = weights.dice(a.stems, b.stems);
  const grams = trigramSimilarity(a.trigrams, b.trigrams);
  // Never report a different text as identical.
  return Math.min(0.99, 0.75 * words + 0.25 * grams);
}
