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
