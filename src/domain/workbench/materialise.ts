/**
 * A draft as an `Edition`: its current (not deprecated) items assembled into the edition tree,
 * so every check, the diff and publishing see exactly what the published edition would be.
 * While every text still matches the official text the draft started from, the edition cites
 * that text (`official`); once one does not (it was reworded or added, or there is no official
 * text), the edition cites a text compiled from its own data (`compiled`, see
 * compile-source.ts) and says how many texts did not match.
 */
import { z } from 'zod';
import type { Edition } from '../standard/edition.js';
import { collectSourcedTexts, fidelityReport } from '../standard/fidelity.js';
import { assembleCards, assembleEdition, childListsOf } from '../standard/item-tree.js';
import type { EditionMeta } from '../standard/schemas.js';
import { ITEM_DATA } from '../standard/item-data.js';
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

export type DraftProblem = { path: string; message: string; itemId: string | null };

const zodPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * Why the draft's current items would not make a valid edition: each checked item against its
 * kind's schema (the path starts with the item id), then the assembled tree (a qualification
 * group left without rules…), with the path resolved to the item it is about.
 */
export function draftProblems(
  meta: EditionMeta,
  items: readonly DraftItem[],
  only?: ReadonlySet<string>,
): DraftProblem[] {
  const current = items.filter((item) => !item.deprecated);
  const problems: DraftProblem[] = [];
  for (const item of current) {
    if (only && !only.has(item.id)) continue;
    const parsed = ITEM_DATA[item.kind].safeParse(item.data);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      const rest = zodPath(issue.path);
      problems.push({ path: rest ? `${item.id}.${rest}` : item.id, message: issue.message, itemId: item.id });
    }
  }
  if (problems.length > 0) return problems;
  // Deprecated items count: deprecating a group's last rule leaves the group invalid.
  const touchedCards = only && new Set(items.filter((i) => only.has(i.id)).map((i) => i.cardId ?? i.id));
  // Card by card, so a problem of the assembled tree is known to be this card's.
  for (const card of current.filter((item) => item.kind === 'card' && item.parentId === null)) {
    if (touchedCards && !touchedCards.has(card.id)) continue;
    const records = current.filter((item) => item.id === card.id || item.cardId === card.id);
    try {
      assembleCards(records);
    } catch (error) {
      if (!(error instanceof z.ZodError)) throw error;
      for (const issue of error.issues) {
        const itemId = resolvePath(records, card, issue.path);
        problems.push({ path: `${itemId}: ${zodPath(issue.path)}`, message: issue.message, itemId });
      }
    }
  }
  if (problems.length > 0) return problems;
  try {
    assembleEdition(meta, '', current);
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    for (const issue of error.issues)
      problems.push({ path: zodPath(issue.path), message: issue.message, itemId: null });
  }
  return problems;
}

/**
 * The item a path in a card's assembled tree (`labourFunctions.0.tasks.1.name`) is about, found
 * by walking the same child lists `assembleEdition` builds: the deepest item the path reaches.
 */
function resolvePath(items: readonly DraftItem[], card: DraftItem, path: readonly PropertyKey[]): string {
  const children = (parent: DraftItem, field: string) => {
    const list = childListsOf(parent.kind).find((l) => l.field === field);
    if (!list) return undefined;
    return items
      .filter((i) => i.parentId === parent.id && i.kind === list.kind)
      .sort((a, b) => a.position - b.position);
  };
  let node = card;
  for (let i = 0; i < path.length; i++) {
    let field = String(path[i]);
    if (field === 'qualification' && path[i + 1] === 'groups') field = String(path[++i]);
    const list = children(node, field);
    const index = path[i + 1];
    if (!list || typeof index !== 'number' || !list[index]) break;
    node = list[index];
    i += 1;
  }
  return node.id;
}
