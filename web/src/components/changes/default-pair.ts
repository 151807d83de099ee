/**
 * Which two editions the changes page compares when the address names none: the newest edition
 * that has an earlier edition of the same standard, against that earlier one. Editions of
 * different standards are never compared (a new standard imported and published after Order 262
 * has nothing before it, so Order 262's newest pair is shown instead).
 */
export type ListedEdition = { id: string; standardId: string };

/** `editions` newest first (as GET /v1/editions lists them); null when no standard has two. */
export function defaultPair(editions: readonly ListedEdition[]): { from: string; to: string } | null {
  for (const [i, newer] of editions.entries()) {
    const older = editions.slice(i + 1).find((e) => e.standardId === newer.standardId && e.id !== newer.id);
    if (older) return { from: older.id, to: newer.id };
  }
  return null;
}
