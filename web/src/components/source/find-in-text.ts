/**
 * Find in the official text: every place a phrase stands, case-insensitively (Unicode case
 * folding, so «ҚЫЗМЕТ» finds «қызмет» and «Әлеуметтік» finds «әлеуметтік»), within a line.
 * Pure, so it is tested without a browser, and fast enough for the whole text on each (debounced) change.
 */

export type TextMatch = { line: number; start: number; end: number };
export type FindResult = { matches: TextMatch[]; capped: boolean };

/** Beyond this many, the rest are not marked: a longer phrase narrows the search. */
export const MAX_MARKS = 1000;

/** The phrase as it is searched for: spaces collapsed, composed (NFC), trimmed; '' when too short. */
export function findPhrase(raw: string): string {
  const phrase = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return [...phrase].length >= 2 ? phrase : '';
}

export function findInText(lines: readonly string[], raw: string, cap = MAX_MARKS): FindResult {
  const phrase = findPhrase(raw);
  const matches: TextMatch[] = [];
  if (!phrase) return { matches, capped: false };
  // Escaped, so a "(" or "." in the phrase is looked for as itself; a space also matches a run of spaces.
  const pattern = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'giu');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (matches.length >= cap) return { matches, capped: true };
      matches.push({ line: i + 1, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return { matches, capped: false };
}
