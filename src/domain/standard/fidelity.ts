/**
 * Fidelity: proves mechanically that the transcribed data says what the official text says.
 *
 * The official text comes from a PDF, so words are split across lines ("Әлеуметті / к"),
 * letters are spaced ("ж ә н е"), punctuation drifts and hyperlinked law names are moved to
 * the end of the line. A transcription may repair exactly that and nothing else. The check:
 * the letters and digits of a text, in order, occur in the letters and digits of its source
 * lines (words declared `displaced` are taken out of both sides first), and every punctuation
 * mark of the text occurs in those lines. A changed, added or dropped word fails it.
 */
import type { Source } from './schemas.js';

export type SourcedText = { path: string; text: string; source: Source };
export type FidelityFinding = { path: string; problem: string; text: string; lines: [number, number] };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;

/** Letters and digits only, in order: what survives every kind of PDF breakage. */
export function lettersAndDigits(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) if (LETTER_OR_DIGIT.test(ch)) out += ch;
  return out;
}

function punctuationCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.normalize('NFC')) {
    if (LETTER_OR_DIGIT.test(ch) || WHITESPACE.test(ch)) continue;
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

/** The source text a range (or its parts) points at; `lines` is the whole file, 0-based array. */
export function sourceExcerpt(lines: readonly string[], source: Source): string {
  const ranges = source.parts ?? [source.lines];
  return ranges.map(([from, to]) => lines.slice(from - 1, to).join('\n')).join('\n');
}

function withoutWords(text: string, words: readonly string[]): string {
  let out = text;
  for (const word of words) {
    const w = lettersAndDigits(word);
    if (w) out = out.split(w).join('');
  }
  return out;
}

/** Checks one text against the official lines; returns the problems found (none = faithful). */
export function checkText(lines: readonly string[], item: SourcedText): FidelityFinding[] {
  const { source } = item;
  const ranges = source.parts ?? [source.lines];
  const at = { path: item.path, text: item.text, lines: source.lines };
  const outOfRange = ranges.find(([, to]) => to > lines.length);
  if (outOfRange) return [{ ...at, problem: `line ${outOfRange[1]} is past the end of the text (${lines.length})` }];
  for (const [from, to] of ranges) {
    if (from < source.lines[0] || to > source.lines[1]) {
      return [{ ...at, problem: `part ${from}-${to} lies outside lines ${source.lines[0]}-${source.lines[1]}` }];
    }
  }
  const excerpt = sourceExcerpt(lines, source);
  const displaced = source.displaced ?? [];
  const findings: FidelityFinding[] = [];
  const excerptLetters = lettersAndDigits(excerpt);
  for (const word of displaced) {
    if (!excerptLetters.includes(lettersAndDigits(word))) {
      findings.push({ ...at, problem: `displaced word "${word}" is not in the source lines` });
    }
  }
  const needle = withoutWords(lettersAndDigits(item.text), displaced);
  const haystack = withoutWords(excerptLetters, displaced);
  if (needle.length === 0) findings.push({ ...at, problem: 'the text has no letters or digits' });
  else if (!haystack.includes(needle)) {
    findings.push({ ...at, problem: `the words do not occur in this order in lines ${describe(ranges)}` });
  }
  const available = punctuationCounts(excerpt);
  for (const [mark, count] of punctuationCounts(item.text)) {
    if ((available.get(mark) ?? 0) < count) {
      findings.push({ ...at, problem: `"${mark}" occurs ${count}× in the text but less often in the source lines` });
    }
  }
  return findings;
}

function describe(ranges: readonly (readonly [number, number])[]): string {
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');
}

/**
 * Collects every official text of a data tree: each `kk`, `value` and `where` string is
 * checked against the nearest enclosing `source`.
 */
export function collectSourcedTexts(node: unknown, path = '', inherited?: Source): SourcedText[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => collectSourcedTexts(child, `${path}[${i}]`, inherited));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const source = isSource(record.source) ? record.source : inherited;
  const out: SourcedText[] = [];
  for (const [key, value] of Object.entries(record)) {
    const childPath = path ? `${path}.${key}` : key;
    if (
      (key === 'kk' || key === 'value' || key === 'where') &&
      (typeof value === 'string' || typeof value === 'number')
    ) {
      if (source) out.push({ path: childPath, text: String(value), source });
    } else if (key !== 'source' && typeof value === 'object') {
      out.push(...collectSourcedTexts(value, childPath, source));
    }
  }
  return out;
}

function isSource(value: unknown): value is Source {
  return typeof value === 'object' && value !== null && Array.isArray((value as Source).lines);
}

/** Every line range that a tree's items cite (parts where given). */
export function citedRanges(node: unknown): [number, number][] {
  if (Array.isArray(node)) return node.flatMap(citedRanges);
  if (node === null || typeof node !== 'object') return [];
  const out: [number, number][] = [];
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'source' && isSource(value)) out.push(...((value.parts ?? [value.lines]) as [number, number][]));
    else if (typeof value === 'object') out.push(...citedRanges(value));
  }
  return out;
}

/**
 * Coverage: every non-blank line of `range` is cited by some item or marked as a label, so
 * nothing of the official text was silently left out.
 */
export function uncoveredLines(
  lines: readonly string[],
  range: readonly [number, number],
  covered: readonly (readonly [number, number])[],
): number[] {
  const missing: number[] = [];
  for (let n = range[0]; n <= range[1]; n++) {
    if ((lines[n - 1] ?? '').trim() === '') continue;
    if (!covered.some(([from, to]) => n >= from && n <= to)) missing.push(n);
  }
  return missing;
}

export type FidelityReport = {
  textsChecked: number;
  problems: FidelityFinding[];
  /** Per card: non-blank lines of its range that no item cites and no label covers. */
  uncovered: { cardId: string; lines: number[] }[];
};

/** The whole fidelity audit of an edition: every text against its lines, every card's coverage. */
export function fidelityReport(edition: {
  sourceText: string;
  meta: unknown;
  terms: unknown[];
  professions: unknown[];
  cards: { id: string; source: { lines: [number, number] }; labels: [number, number][] }[];
}): FidelityReport {
  const lines = edition.sourceText.split('\n');
  const problems: FidelityFinding[] = [];
  let textsChecked = 0;
  const audit = (prefix: string, node: unknown) => {
    for (const text of collectSourcedTexts(node, prefix)) {
      textsChecked++;
      problems.push(...checkText(lines, text));
    }
  };
  audit('edition', edition.meta);
  audit('terms', edition.terms);
  audit('professions', edition.professions);
  const uncovered: FidelityReport['uncovered'] = [];
  for (const card of edition.cards) {
    audit(`cards.${card.id}`, card);
    const covered = [...citedRanges({ ...card, source: undefined }), ...card.labels];
    const missing = uncoveredLines(lines, card.source.lines, covered);
    if (missing.length > 0) uncovered.push({ cardId: card.id, lines: missing });
  }
  return { textsChecked, problems, uncovered };
}
