/**
 * The impact of publishing a draft: which items of the base edition it changes or removes (the
 * edition diff of base vs the materialised draft, the same diff the published editions will
 * show), then everything stored in any organisation that points at them. A methodologist sees
 * organisation names, programme and specification titles and certificate numbers: no person's
 * name, counts instead (stored categories).
 */
import type { z } from 'zod';
import { diffEditions } from '../../domain/editions/diff.js';
import type { CardKey, Edition } from '../../domain/standard/edition.js';
import { type ItemKind, flattenEdition } from '../../domain/standard/item-tree.js';
import * as impactRepo from '../../storage/repositories/edition-impact.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { programmesLinkingItems } from '../../storage/repositories/programme.repository.js';
import type { draftImpactSchema } from './draft-schemas.js';

export type DraftImpact = z.output<typeof draftImpactSchema>;
type Entry = DraftImpact['entries'][number];
type Change = 'changed' | 'removed';

export type AffectedItem = { itemId: string; change: Change; kind: ItemKind; card: CardKey | null };

/** Items whose change alters who qualifies for a card's categories. */
const QUALIFICATION_KINDS: readonly ItemKind[] = [
  'card',
  'qualificationGroup',
  'qualificationRule',
  'qualificationLink',
];

const cardKeyString = (k: CardKey) => `${k.code}/${k.level}`;

/**
 * The base edition's items the draft changes (reworded, moved, renumbered, their data…) or
 * removes (deprecated, with everything under them), each with its kind and card.
 */
export function affectedItems(base: Edition, draft: Edition): Map<string, AffectedItem> {
  const diff = diffEditions(base, draft);
  const records = new Map(flattenEdition(base).map((r) => [r.id, r]));
  const cards = new Map(base.cards.map((c) => [c.id, { code: c.code.value, level: c.level.value }]));
  const found = new Map<string, AffectedItem>();
  const note = (id: string, change: Change) => {
    const r = records.get(id);
    if (!r || found.get(id)?.change === 'removed') return;
    const card = cards.get(r.cardId ?? r.id) ?? null;
    found.set(id, { itemId: id, change, kind: r.kind, card });
  };
  for (const id of diff.alignment.removed) note(id, 'removed');
  for (const c of diff.changes) {
    if (c.kind === 'added' || c.kind === 'metadataChanged' || !c.from) continue;
    note(c.from.id, c.kind === 'removed' ? 'removed' : 'changed');
  }
  return found;
}

/** The item ids an assessment specification's blueprint (and its practical tasks) names. */
function specItemIds(content: unknown, tasks: unknown[]): string[] {
  const ids: string[] = [];
  const c = (content ?? {}) as { functions?: { labourFunctionId?: unknown; questionsPerTask?: unknown }[] };
  for (const f of Array.isArray(c.functions) ? c.functions : []) {
    if (typeof f.labourFunctionId === 'string') ids.push(f.labourFunctionId);
    if (f.questionsPerTask && typeof f.questionsPerTask === 'object') ids.push(...Object.keys(f.questionsPerTask));
  }
  for (const t of tasks) {
    const skills = (t as { skillIds?: unknown } | null)?.skillIds;
    if (Array.isArray(skills)) ids.push(...skills.filter((s): s is string => typeof s === 'string'));
  }
  return ids;
}

function practicalTaskIds(content: unknown): string[] {
  const ids = (content as { practicalTaskIds?: unknown } | null)?.practicalTaskIds;
  return Array.isArray(ids) ? ids.filter((s): s is string => typeof s === 'string') : [];
}

/**
 * Everything stored on `baseEditionId` that points at the affected items. Reads through `ex`
 * one query after another (inside publishing it is the transaction).
 */
export async function storedImpact(
  ex: Executor,
  baseEditionId: string,
  affected: Map<string, AffectedItem>,
): Promise<Entry[]> {
  const itemsOf = (ids: Iterable<string>) =>
    [...new Set(ids)].flatMap((id) => {
      const a = affected.get(id);
      return a ? [{ itemId: id, change: a.change }] : [];
    });
  const byCard = new Map<string, AffectedItem[]>();
  for (const a of affected.values()) {
    if (!a.card) continue;
    const key = cardKeyString(a.card);
    byCard.set(key, [...(byCard.get(key) ?? []), a]);
  }
  const cardOf = (key: string): CardKey => {
    const [code = '', level = '0'] = key.split('/');
    return { code, level: Number(level) };
  };
  const ruleCards = [...byCard]
    .filter(([, list]) => list.some((a) => QUALIFICATION_KINDS.includes(a.kind)))
    .map(([k]) => cardOf(k));
  const shrunkCards = [...byCard]
    .filter(([, list]) => list.some((a) => a.change === 'removed'))
    .map(([k]) => cardOf(k));
  const anyCards = [...byCard.keys()].map(cardOf);
  const cardItems = (card: CardKey) => itemsOf((byCard.get(cardKeyString(card)) ?? []).map((a) => a.itemId));

  const entries: Omit<Entry, 'orgName'>[] = [];

  for (const c of await impactRepo.categoriesOnCards(ex, baseEditionId, ruleCards)) {
    entries.push({
      kind: 'stored-category',
      orgId: c.orgId,
      targetId: `${c.card.code}/${c.card.level}`,
      label: `${c.count} stored categor${c.count === 1 ? 'y' : 'ies'} on card ${c.card.code} (level ${c.card.level})`,
      name: null,
      card: c.card,
      count: c.count,
      items: cardItems(c.card).filter((i) => QUALIFICATION_KINDS.includes(affected.get(i.itemId)?.kind ?? 'task')),
      href: `/orgs/${c.orgId}/staff`,
    });
  }

  const programmes = new Map<string, { orgId: string; programmeId: string; itemIds: string[] }>();
  for (const p of await programmesLinkingItems(ex, [...affected.keys()]))
    programmes.set(`${p.orgId}/${p.programmeId}`, p);
  for (const p of await impactRepo.programmesOnCards(ex, baseEditionId, shrunkCards)) {
    const key = `${p.orgId}/${p.programmeId}`;
    const removed = cardItems(p.card)
      .filter((i) => i.change === 'removed')
      .map((i) => i.itemId);
    const entry = programmes.get(key) ?? { orgId: p.orgId, programmeId: p.programmeId, itemIds: [] };
    entry.itemIds = [...new Set([...entry.itemIds, ...removed])];
    programmes.set(key, entry);
  }
  const titles = await impactRepo.programmeTitles(ex, [...programmes.values()]);
  for (const [key, p] of programmes) {
    entries.push({
      kind: 'programme',
      orgId: p.orgId,
      targetId: p.programmeId,
      label: titles.get(key) ?? p.programmeId,
      name: titles.get(key) ?? null,
      card: null,
      count: null,
      items: itemsOf(p.itemIds),
      href: `/orgs/${p.orgId}/programmes/${p.programmeId}`,
    });
  }

  for (const s of await impactRepo.specificationsOnEdition(ex, baseEditionId)) {
    const tasks = await impactRepo.practicalTaskContents(ex, s.orgId, practicalTaskIds(s.content));
    const items = itemsOf(specItemIds(s.content, tasks));
    if (items.length === 0) continue;
    const title = (s.content as { title?: unknown } | null)?.title;
    entries.push({
      kind: 'assessment-spec',
      orgId: s.orgId,
      targetId: s.id,
      label: typeof title === 'string' ? title : `Specification for card ${s.card.code} (level ${s.card.level})`,
      name: typeof title === 'string' ? title : null,
      card: s.card,
      count: null,
      items,
      href: `/orgs/${s.orgId}/assessment/specs/${s.id}`,
    });
  }

  for (const c of await impactRepo.certificatesOnCards(ex, baseEditionId, anyCards)) {
    entries.push({
      kind: 'certificate',
      orgId: c.orgId,
      targetId: c.id,
      label: `Certificate ${c.number} on card ${c.card.code} (level ${c.card.level})`,
      name: c.number,
      card: c.card,
      count: null,
      items: cardItems(c.card),
      href: `/orgs/${c.orgId}/assessment/certificates`,
    });
  }

  for (const p of await impactRepo.plansLinkingItems(ex, baseEditionId, new Set(affected.keys()))) {
    entries.push({
      kind: 'development-plan',
      orgId: p.orgId,
      targetId: p.planId,
      label: `Development plan naming ${p.itemIds.length} changed item(s)`,
      name: null,
      card: null,
      count: p.itemIds.length,
      items: itemsOf(p.itemIds),
      href: `/orgs/${p.orgId}/staff/${p.staffId}`,
    });
  }

  const names = await impactRepo.organisationNames(
    ex,
    entries.map((e) => e.orgId),
  );
  return entries.map((e) => ({ ...e, orgName: names.get(e.orgId) ?? e.orgId }));
}

/** The whole impact answer: counts of affected items and what points at them. */
export async function draftImpact(
  ex: Executor,
  baseEditionId: string | null,
  base: Edition | null,
  draft: Edition,
): Promise<DraftImpact> {
  if (baseEditionId === null || base === null)
    return { baseEditionId: null, changedItems: 0, removedItems: 0, entries: [] };
  const affected = affectedItems(base, draft);
  const list = [...affected.values()];
  return {
    baseEditionId,
    changedItems: list.filter((a) => a.change === 'changed').length,
    removedItems: list.filter((a) => a.change === 'removed').length,
    entries: await storedImpact(ex, baseEditionId, affected),
  };
}
