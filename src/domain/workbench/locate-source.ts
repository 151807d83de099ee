/**
 * Finds where every text of an edition stands in an official text, and rewrites its `source`
 * to say so: for a new standard imported from a file (whose sources are placeholders) once its
 * official document is attached, or for a draft whose official text changed. The rule is the
 * fidelity check's (fidelity.ts `checkText`): the letters and digits of a text occur, in order,
 * in the letters and digits of its lines, and its punctuation occurs there too. So a text found
 * here passes the fidelity check by construction, and every result is verified with `checkText`.
 *
 * Texts are searched in reading order: onward from the previous text's place first, then in the
 * whole text (a card's heading repeats words that stand earlier in the list of professions). A
 * text the PDF cut in pieces (a table cell continued below another column) is found piece by
 * piece and gets `parts`; words declared `displaced` (moved by the PDF extraction) stay declared.
 */
import type { Edition } from '../standard/edition.js';
import { type SourcedText, checkText, lettersAndDigits } from '../standard/fidelity.js';
import type { Source } from '../standard/schemas.js';

export type UnlocatedText = { path: string; itemId: string | null; text: string };
export type LocateResult = { edition: Edition; located: number; unlocated: UnlocatedText[] };

type Json = Record<string, unknown>;
type Range = [number, number];

/** An object with a `source`, and the official texts (kk, value, where) that cite it. */
type Holder = { node: Json; source: Source; texts: { path: string; text: string }[]; itemId: string | null };

const TEXT_KEYS = new Set(['kk', 'value', 'where']);
const isSource = (value: unknown): value is Source =>
  typeof value === 'object' && value !== null && Array.isArray((value as Source).lines);

/** The holders of a tree in reading order, each with its own texts (as `collectSourcedTexts` pairs them). */
function collectHolders(node: unknown, path: string, itemId: string | null, owner: Holder | undefined, out: Holder[]) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      collectHolders(child, `${path}[${i}]`, itemId, owner, out);
    });
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Json;
  const ownId = typeof record.id === 'string' && !path.startsWith('edition') ? record.id : itemId;
  let holder = owner;
  if (isSource(record.source)) {
    holder = { node: record, source: record.source, texts: [], itemId: ownId };
    out.push(holder);
  }
  for (const [key, value] of Object.entries(record)) {
    const childPath = path ? `${path}.${key}` : key;
    if (TEXT_KEYS.has(key) && (typeof value === 'string' || typeof value === 'number')) {
      holder?.texts.push({ path: childPath, text: String(value) });
    } else if (key !== 'source' && typeof value === 'object') {
      collectHolders(value, childPath, ownId, holder, out);
    }
  }
}

/** The official text's letters and digits as one string, and where each line's letters start in it. */
class LetterIndex {
  readonly letters: string;
  readonly lines: readonly string[];
  private readonly starts: number[] = [];
  constructor(lines: readonly string[]) {
    this.lines = lines;
    let letters = '';
    for (const line of lines) {
      this.starts.push(letters.length);
      letters += lettersAndDigits(line);
    }
    this.letters = letters;
  }
  /** The 1-based line holding the letter at `at`. */
  lineOf(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    // Blank lines share their start with the next line: the last line starting at or before wins.
    return lo + 1;
  }
  startOf(line: number): number {
    return this.starts[line - 1] ?? this.letters.length;
  }
}

const MAX_PARTS = 4;
/** A piece shorter than this is too likely to occur by chance to count as a part of a text. */
const MIN_PIECE = 6;
/** The pieces of one text stand close together (a table cell continued on the next page). */
const MAX_GAP_LINES = 80;
/** Occurrences tried per search before giving up on a place (a short text occurs often). */
const MAX_TRIES = 12;

type Found = { ranges: Range[]; start: number };

/** The occurrences of `needle` from letter `from` on (at most MAX_TRIES), lines no later than `maxLine`. */
function* occurrences(index: LetterIndex, needle: string, from: number, maxLine = Number.POSITIVE_INFINITY) {
  let at = index.letters.indexOf(needle, from);
  for (let tries = 0; at >= 0 && tries < MAX_TRIES; tries++) {
    const first = index.lineOf(at);
    if (first > maxLine) return;
    yield { at, range: [first, index.lineOf(at + needle.length - 1)] as Range };
    at = index.letters.indexOf(needle, at + 1);
  }
}

/**
 * Where `needle` stands in pieces, from letter `from` on: the longest prefix that occurs, then
 * the rest on the lines after it (each candidate place of the prefix tried in turn).
 */
function findPieces(index: LetterIndex, needle: string, from: number, depth = 0, maxLine?: number): Found | undefined {
  for (const hit of occurrences(index, needle, from, maxLine)) return { ranges: [hit.range], start: hit.at };
  if (depth + 1 >= MAX_PARTS) return undefined;
  let lo = 0;
  let hi = needle.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.letters.indexOf(needle.slice(0, mid), from) >= 0) lo = mid;
    else hi = mid - 1;
  }
  if (lo < MIN_PIECE || needle.length - lo < 1) return undefined;
  const prefix = needle.slice(0, lo);
  for (const hit of occurrences(index, prefix, from, maxLine)) {
    const rest = findPieces(
      index,
      needle.slice(lo),
      index.startOf(hit.range[1] + 1),
      depth + 1,
      hit.range[1] + MAX_GAP_LINES,
    );
    if (rest) return { ranges: [hit.range, ...rest.ranges], start: hit.at };
  }
  return undefined;
}

/**
 * A text in two pieces whose first piece is shorter than the longest prefix that occurs (that
 * prefix stands elsewhere, in a similar text): every split point is tried, longest first.
 */
function findTwoPieces(index: LetterIndex, needle: string, from: number): Found | undefined {
  let longest = 0;
  while (longest < needle.length && index.letters.indexOf(needle.slice(0, longest + 1), from) >= 0) longest++;
  for (let split = longest - 1; split >= MIN_PIECE; split--) {
    const tail = needle.slice(split);
    if (index.letters.indexOf(tail, from) < 0) continue;
    for (const hit of occurrences(index, needle.slice(0, split), from)) {
      const next = occurrences(index, tail, index.startOf(hit.range[1] + 1), hit.range[1] + MAX_GAP_LINES).next();
      if (!next.done) return { ranges: [hit.range, next.value.range], start: hit.at };
    }
  }
  return undefined;
}

/** Candidate places of a text: onward from the cursor first, then from the start of the document. */
function* candidates(index: LetterIndex, needle: string, cursor: number): Generator<Found> {
  for (const from of cursor > 0 ? [cursor, 0] : [0]) {
    let any = false;
    for (const hit of occurrences(index, needle, from)) {
      any = true;
      yield { ranges: [hit.range], start: hit.at };
    }
    if (!any) {
      const greedy = findPieces(index, needle, from);
      if (greedy) yield greedy;
      const two = findTwoPieces(index, needle, from);
      if (two) yield two;
    }
  }
}

/** Sorted, with touching or overlapping ranges merged. */
function merge(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function sourceOf(ranges: readonly Range[], displaced: string[] | undefined): Source {
  const merged = merge(ranges);
  const lines: Range = [merged[0]?.[0] ?? 1, merged[merged.length - 1]?.[1] ?? 1];
  return {
    lines,
    ...(merged.length > 1 ? { parts: merged } : {}),
    ...(displaced ? { displaced } : {}),
  };
}

/** The words of a text with its displaced words taken out (they stand elsewhere in the lines). */
function needleOf(text: string, displaced: readonly string[]): string {
  let out = lettersAndDigits(text);
  for (const word of displaced) {
    const w = lettersAndDigits(word);
    if (w) out = out.split(w).join('');
  }
  return out;
}

/** Widenings tried when the letters match but a punctuation mark stands on a neighbouring line. */
const WIDENINGS: readonly [number, number][] = [
  [0, 0],
  [0, 1],
  [-1, 0],
  [-1, 1],
  [0, 2],
];

/** The ranges widened by a line or two where a punctuation mark stands beside the letters. */
function widen(ranges: readonly Range[], [before, after]: [number, number], lineCount: number): Range[] {
  const merged = merge(ranges);
  return merged.map(
    ([from, to], i): Range => [
      i === 0 ? Math.max(1, from + before) : from,
      i === merged.length - 1 ? Math.min(lineCount, to + after) : to,
    ],
  );
}

const faithful = (lines: readonly string[], texts: Holder['texts'], source: Source) =>
  texts.every(({ path, text }) => checkText(lines, { path, text, source } satisfies SourcedText).length === 0);

/** Where one text stands (its ranges) such that the fidelity check passes for it alone. */
function locateText(
  text: string,
  holderDisplaced: string[] | undefined,
  index: LetterIndex,
  cursor: number,
): Found | undefined {
  // Only this text's displaced words: the others of its holder (a shared source) stand elsewhere.
  const own = holderDisplaced?.filter((w) => lettersAndDigits(text).includes(lettersAndDigits(w)));
  const displaced = own && own.length > 0 ? own : undefined;
  const needle = needleOf(text, displaced ?? []);
  if (needle.length === 0) return undefined;
  for (const found of candidates(index, needle, cursor)) {
    for (const widening of WIDENINGS) {
      const ranges = widen(found.ranges, widening, index.lines.length);
      if (faithful(index.lines, [{ path: '', text }], sourceOf(ranges, displaced)))
        return { ranges, start: found.start };
    }
  }
  return undefined;
}

/** Locates one holder's texts; the new source, or undefined when some text is not found. */
function locateHolder(holder: Holder, index: LetterIndex, cursor: { at: number }): Source | undefined {
  const displaced = holder.source.displaced;
  const ranges: Range[] = [];
  let first = Number.POSITIVE_INFINITY;
  for (const { text } of holder.texts) {
    // A further text of the same holder often stands within the lines already found for it.
    if (ranges.length > 0 && faithful(index.lines, [{ path: '', text }], sourceOf(ranges, displaced))) continue;
    const found = locateText(text, displaced, index, cursor.at);
    if (!found) return undefined;
    ranges.push(...found.ranges);
    first = Math.min(first, found.start);
  }
  // Texts sharing one source (a term and its definition) must all pass against the union.
  for (const widening of WIDENINGS) {
    const source = sourceOf(widen(ranges, widening, index.lines.length), displaced);
    if (faithful(index.lines, holder.texts, source)) {
      cursor.at = first;
      return source;
    }
  }
  return undefined;
}

/**
 * Every text of the edition located in `officialText`: sources rewritten (stale `parts`
 * dropped, found again where the text is in pieces), each card's own range the span of its
 * texts, and the edition's `sourceText` the official text. Labels of the card's layout (line
 * ranges of headings) are kept only when the text is the one they were drawn on. Texts not
 * found keep their old source and are listed.
 */
export function locateSources(edition: Edition, officialText: string): LocateResult {
  const located = structuredClone(edition);
  const sameText = officialText === edition.sourceText;
  const index = new LetterIndex(officialText.split('\n'));
  const cursor = { at: 0 };
  const unlocated: UnlocatedText[] = [];
  let count = 0;
  const run = (prefix: string, node: unknown): Range | undefined => {
    const holders: Holder[] = [];
    collectHolders(node, prefix, null, undefined, holders);
    let span: Range | undefined;
    for (const holder of holders) {
      if (holder.texts.length === 0) continue;
      const source = locateHolder(holder, index, cursor);
      if (!source) {
        unlocated.push(...holder.texts.map((t) => ({ path: t.path, itemId: holder.itemId, text: t.text })));
        continue;
      }
      // Replaced, not changed in place: two holders may share one source object.
      holder.node.source = source;
      count += holder.texts.length;
      span = span ? [Math.min(span[0], source.lines[0]), Math.max(span[1], source.lines[1])] : [...source.lines];
    }
    return span;
  };
  run('edition', located.meta);
  run('terms', located.terms);
  run('professions', located.professions);
  for (const card of located.cards) {
    // The card's own range is not a text's source: it is set from the texts found in the card.
    const { source: _own, ...rest } = card;
    const span = run(`cards.${card.id}`, rest);
    if (span) card.source = { lines: span };
    if (!sameText) card.labels = [];
  }
  located.sourceText = officialText;
  return { edition: located, located: count, unlocated };
}
