/**
 * What a newer edition of the standard changed under a programme. The programme keeps the edition
 * each card was read from; this compares that edition's items with the current edition's items of
 * the same card BY ITEM ID (the workbench keeps ids stable across editions, issue 14): an outcome
 * linking an item whose official Kazakh text changed, or that is gone, is listed; so is an item the
 * current edition added that no outcome links yet. A card the current edition no longer has loses
 * all its items. Kept free of storage so the workbench's publish impact can reuse it. Pure.
 */
import { cardEntries } from '../assessment/coverage.js';
import type { Card } from '../standard/schemas.js';
import { type ProgrammeContent, outcomesOf } from './programme.js';

/** One of the programme's cards, as read at its edition and as the current edition has it. */
export type CardEditions = {
  code: string;
  level: number;
  editionId: string;
  /** The card in the edition the programme names; undefined when that edition is not stored. */
  before: Card | undefined;
  /** The card in the current edition; undefined when the current edition dropped it. */
  current: Card | undefined;
};

export type ImpactLink = {
  moduleId: string;
  outcomeId: string;
  itemId: string;
  change: 'changed' | 'removed';
  before: string;
  after: string | null;
};

export type ProgrammeImpact = {
  currentEditionId: string;
  upToDate: boolean;
  cards: { code: string; level: number; editionId: string; inCurrentEdition: boolean }[];
  links: ImpactLink[];
  added: { itemId: string; kind: 'skill' | 'knowledge'; kk: string }[];
};

const textsOf = (card: Card | undefined) =>
  new Map((card ? cardEntries(card) : []).map((e) => [e.id, { kind: e.kind, kk: e.kk }]));

export function programmeImpact(
  content: Pick<ProgrammeContent, 'modules'>,
  cards: readonly CardEditions[],
  currentEditionId: string,
): ProgrammeImpact {
  const links: ImpactLink[] = [];
  const added: ProgrammeImpact['added'] = [];
  const linked = new Set(outcomesOf(content).flatMap(({ outcome }) => outcome.itemIds));
  const outdated = cards.filter((c) => c.editionId !== currentEditionId || c.current === undefined);

  for (const card of outdated) {
    const before = textsOf(card.before);
    const after = textsOf(card.current);
    for (const { module, outcome } of outcomesOf(content))
      for (const itemId of outcome.itemIds) {
        const old = before.get(itemId);
        // A link to an item of another card (or one the old edition never had) is not this card's change.
        if (!old) continue;
        const now = after.get(itemId);
        if (!now)
          links.push({
            moduleId: module.id,
            outcomeId: outcome.id,
            itemId,
            change: 'removed',
            before: old.kk,
            after: null,
          });
        else if (now.kk !== old.kk)
          links.push({
            moduleId: module.id,
            outcomeId: outcome.id,
            itemId,
            change: 'changed',
            before: old.kk,
            after: now.kk,
          });
      }
    for (const [itemId, now] of after)
      if (!before.has(itemId) && !linked.has(itemId)) added.push({ itemId, kind: now.kind, kk: now.kk });
  }

  return {
    currentEditionId,
    upToDate: outdated.length === 0,
    cards: cards.map((c) => ({
      code: c.code,
      level: c.level,
      editionId: c.editionId,
      inCurrentEdition: c.current !== undefined,
    })),
    links,
    added,
  };
}

/**
 * The document moved to the current edition: every card names it, and links, suggestions and
 * exceptions naming an id the current cards do not have are dropped (and returned, so the designer
 * is told what went). Nothing else changes; the designer re-links by hand. Pure.
 */
export function rebaseContent(
  content: ProgrammeContent,
  currentCards: readonly Card[],
  currentEditionId: string,
): { content: ProgrammeContent; dropped: { outcomeId: string; itemId: string }[] } {
  const known = new Set(currentCards.flatMap((c) => cardEntries(c).map((e) => e.id)));
  const dropped: { outcomeId: string; itemId: string }[] = [];
  const modules = content.modules.map((m) => ({
    ...m,
    outcomes: m.outcomes.map((o) => {
      for (const itemId of o.itemIds) if (!known.has(itemId)) dropped.push({ outcomeId: o.id, itemId });
      return {
        ...o,
        itemIds: o.itemIds.filter((id) => known.has(id)),
        suggestions: o.suggestions.filter((s) => known.has(s.itemId)),
      };
    }),
  }));
  return {
    content: {
      ...content,
      cards: content.cards.map((c) => ({ ...c, editionId: currentEditionId })),
      modules,
      exceptions: content.exceptions.filter((e) => known.has(e.itemId)),
    },
    dropped,
  };
}
