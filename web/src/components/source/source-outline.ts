/**
 * The contents of an edition's official text: its chapters ("1-тарау. Жалпы ережелер", as the
 * text prints them) and its profession cards. A card is placed by the edition's data — its name
 * has a source line — and its anchor is the card's heading ("Мамандық картасы …") just above
 * that line when the text has one, else the name's own line. Pure, so it is tested without a browser.
 */

export type OutlineCard = { code: string; level: number; name: string; nameLine: number };
export type OutlineEntry = { kind: 'chapter' | 'card'; line: number; label: string; code?: string; level?: number };

const CHAPTER = /^\s*\d+-тарау\.\s*\S/;
const CARD_HEADING = /^\s*Мамандық картасы/;
/** How far above a card's name its heading may stand (code and title lines come between). */
const HEADING_REACH = 12;

/** Chapters and cards in the order of the text, each with the 1-based line its anchor (`#L…`) names. */
export function sourceOutline(lines: readonly string[], cards: readonly OutlineCard[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  lines.forEach((text, i) => {
    if (CHAPTER.test(text)) entries.push({ kind: 'chapter', line: i + 1, label: text.trim() });
  });
  // In text order, each heading goes to the first card named below it, never to a second one.
  let claimed = 0;
  for (const card of [...cards].sort((a, b) => a.nameLine - b.nameLine)) {
    if (card.nameLine < 1 || card.nameLine > lines.length) continue;
    let line = card.nameLine;
    for (let n = card.nameLine; n > Math.max(claimed, card.nameLine - HEADING_REACH - 1, 0); n--) {
      if (CARD_HEADING.test(lines[n - 1] ?? '')) {
        line = n;
        claimed = n;
        break;
      }
    }
    entries.push({ kind: 'card', line, label: card.name, code: card.code, level: card.level });
  }
  return entries.sort((a, b) => a.line - b.line || (a.kind === 'chapter' ? -1 : 1));
}
