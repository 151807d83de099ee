/**
 * A compiled source text for an edition that has no official text to cite: a new standard
 * imported without its document, or a draft whose wording no longer matches the official text
 * it started from. Every official-language text of the edition is written out, in reading
 * order, one after the other, and every `source` is pointed at the lines it was written to, so
 * the fidelity check, the "show in source" link and everything else built on source lines work
 * unchanged. The text says on its first lines that Kasip compiled it from the data and that it
 * is not the official publication, and the edition's metadata says `sourceKind: compiled`.
 */
import type { Edition } from '../standard/edition.js';

export const COMPILED_SOURCE_FILE = 'kasip-compiled.txt';

/** The notice the compiled text starts with, in the three languages (one line each). */
export const COMPILED_NOTICE = [
  'Бұл мәтінді Kasip деректерден құрастырған; ол ресми жарияланым емес.',
  'Этот текст составлен Kasip по данным; это не официальная публикация.',
  'This text was compiled by Kasip from the data; it is not the official publication.',
] as const;

type Json = Record<string, unknown>;

const TEXT_KEYS = new Set(['kk', 'value', 'where']);

function hasSource(node: Json): boolean {
  const source = node.source as { lines?: unknown } | undefined;
  return typeof source === 'object' && source !== null && Array.isArray(source.lines);
}

/**
 * Rewrites an edition so that its sources cite a text compiled from the edition itself.
 * Pure: returns a new edition, the input is untouched.
 */
export function compileSourceText(edition: Edition): Edition {
  const lines: string[] = [...COMPILED_NOTICE, ''];

  const emit = (text: string): void => {
    for (const line of text.split('\n')) lines.push(line);
  };

  // Walks a tree in key order: every text a `source` governs is written out, and the node's
  // source then spans the lines written inside it (its children's included).
  const walk = (node: unknown, insideSource: boolean): unknown => {
    if (Array.isArray(node)) return node.map((child) => walk(child, insideSource));
    if (node === null || typeof node !== 'object') return node;
    const record = node as Json;
    const own = hasSource(record);
    const start = lines.length + 1;
    const out: Json = {};
    for (const [key, value] of Object.entries(record)) {
      if (key === 'source') continue;
      if (TEXT_KEYS.has(key) && (typeof value === 'string' || typeof value === 'number') && (own || insideSource)) {
        const number = key === 'kk' && typeof record.number === 'string' ? `${record.number}. ` : '';
        emit(`${number}${value}`);
        out[key] = value;
      } else out[key] = walk(value, own || insideSource);
    }
    if (own) {
      // A source with nothing to cite (a card whose texts all sit in children that were empty)
      // still needs a line of its own.
      if (lines.length < start) emit(String(record.id ?? '—'));
      const cited: Json = { lines: [start, lines.length] };
      // Restore the key order the schemas write: `source` where it was.
      const ordered: Json = {};
      for (const key of Object.keys(record)) ordered[key] = key === 'source' ? cited : out[key];
      if ('labels' in ordered) ordered.labels = [];
      return ordered;
    }
    return out;
  };

  const meta = walk(edition.meta, false) as Edition['meta'];
  const terms = walk(edition.terms, false) as Edition['terms'];
  const professions = walk(edition.professions, false) as Edition['professions'];
  const cards = walk(edition.cards, false) as Edition['cards'];
  return {
    meta: { ...meta, sourceFile: COMPILED_SOURCE_FILE, sourceKind: 'compiled' },
    terms,
    professions,
    cards,
    sourceText: lines.join('\n'),
  };
}
