/**
 * Marks the words of a text whose stems matched the query: HTML-escaped text with <mark>.
 */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}

export function highlight(text: string, matched: ReadonlySet<string>, stemsOf: (word: string) => string[]): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out += escapeHtml(text.slice(last, start));
    const word = m[0];
    out += stemsOf(word).some((s) => matched.has(s)) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word);
    last = start + word.length;
  }
  return out + escapeHtml(text.slice(last));
}
