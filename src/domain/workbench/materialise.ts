/**
 * A draft as an `Edition`: its current (not deprecated) items assembled into the edition tree,
 * so every check, the diff and publishing see exactly what the published edition would be.
 * While every text still matches the official text the draft started from, the edition cites
 * that text (`official`); once one does not (it was reworded or added, or there is no official
 * text), the edition cites a text compiled from its own data (`compiled`, see
 * compile-source.ts) and says how many texts did not match.
 */
import type { Edition } from '../standard/edition.js';
import { collectSourcedTexts, fidelityReport } from '../standard/fidelity.js';
import { assembleEdition } from '../standard/item-tree.js';
import type { EditionMeta } from '../standard/schemas.js';
import { compileSourceText } from './compile-source.js';
import type { DraftItem } from './draft.js';
import { PLACEHOLDER_SOURCE } from './imported-standard.js';

export type MaterialisedDraft = {
  edition: Edition;
  mode: 'official' | 'compiled';
  /** Texts that do not match the official text (all of them when there is none). */
  unmatchedTexts: number;
};

const isPlaceholder = (lines: unknown): boolean =>
  Array.isArray(lines) && lines[0] === PLACEHOLDER_SOURCE.lines[0] && lines[1] === PLACEHOLDER_SOURCE.lines[1];

/** Texts of items the draft added, still at the placeholder source: printed nowhere official. */
function placeholderTexts(items: readonly DraftItem[]): number {
  let n = 0;
  for (const item of items) {
    if (item.deprecated || item.baseHash !== null) continue;
    for (const text of collectSourcedTexts(item.data)) if (isPlaceholder(text.source.lines)) n += 1;
  }
  return n;
}

export function materialiseDraft(
  meta: EditionMeta,
  officialText: string | null,
  items: readonly DraftItem[],
): MaterialisedDraft {
  const current = items.filter((item) => !item.deprecated);
  const edition = assembleEdition(meta, officialText ?? '', current);
  if (officialText !== null) {
    const report = fidelityReport(edition);
    const unmatched = new Set(report.problems.map((p) => p.path)).size + placeholderTexts(current);
    if (unmatched === 0)
      return { edition: { ...edition, meta: withoutKind(meta) }, mode: 'official', unmatchedTexts: 0 };
    return { edition: compileSourceText(edition), mode: 'compiled', unmatchedTexts: unmatched };
  }
  const texts = collectSourcedTexts({
    meta,
    terms: edition.terms,
    professions: edition.professions,
    cards: edition.cards,
  });
  return { edition: compileSourceText(edition), mode: 'compiled', unmatchedTexts: texts.length };
}

/** An edition citing its official text carries no `sourceKind: compiled` from an earlier compile. */
function withoutKind(meta: EditionMeta): EditionMeta {
  if (meta.sourceKind !== 'compiled') return meta;
  const { sourceKind: _kind, ...rest } = meta;
  return rest;
}
