/**
 * Trigram similarity in the manner of PostgreSQL's pg_trgm (a word padded with two spaces in
 * front and one behind; similarity = shared trigrams / all trigrams). Computed in the app, so
 * search ranks the same on every database engine.
 */
export function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Entries found by their trigrams: only entries that share a trigram with the probe are
 * compared, so a lookup costs what the probe's trigrams touch, not the whole vocabulary. Gives
 * exactly the similarities `trigramSimilarity` gives.
 */
export class TrigramIndex<T> {
  private readonly entries: { value: T; size: number }[] = [];
  private readonly lists = new Map<string, number[]>();

  add(value: T, grams: Set<string>): void {
    const at = this.entries.push({ value, size: grams.size }) - 1;
    for (const g of grams) {
      const list = this.lists.get(g);
      if (list) list.push(at);
      else this.lists.set(g, [at]);
    }
  }

  /** Entries at least `min` similar to the probe's trigrams. */
  similar(grams: Set<string>, min: number): { value: T; similarity: number }[] {
    const shared = new Map<number, number>();
    for (const g of grams) for (const at of this.lists.get(g) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    const out: { value: T; similarity: number }[] = [];
    for (const [at, n] of shared) {
      const entry = this.entries[at] as { value: T; size: number };
      const similarity = n / (grams.size + entry.size - n);
      if (similarity >= min) out.push({ value: entry.value, similarity });
    }
    return out;
  }
}
