/**
 * What is stored, in any organisation, on an edition that a new one would change: categories
 * computed on a card, programmes on a card, assessment specifications, certificates and
 * development plans. The workbench shows it before publishing (issue 14). Only ids, counts,
 * programme titles and certificate numbers come back: never a person's name.
 */
import type { CardKey } from '../../domain/standard/edition.js';
import type { Executor } from './edition.repository.js';

const cardIn = (cards: readonly CardKey[]) => new Set(cards.map((c) => `${c.code}/${c.level}`));

export async function organisationNames(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ex
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Stored categories computed on the edition, counted per organisation and card. */
export async function categoriesOnCards(
  ex: Executor,
  editionId: string,
  cards: readonly CardKey[],
): Promise<{ orgId: string; card: CardKey; count: number }[]> {
  if (cards.length === 0) return [];
  const rows = await ex
    .selectFrom('staff_category')
    .select(['org_id', 'card_code', 'card_level', (eb) => eb.fn.countAll<string>().as('n')])
    .where('edition_id', '=', editionId)
    .where(
      'card_code',
      'in',
      cards.map((c) => c.code),
    )
    .groupBy(['org_id', 'card_code', 'card_level'])
    .orderBy('org_id')
    .orderBy('card_code')
    .orderBy('card_level')
    .execute();
  const wanted = cardIn(cards);
  return rows
    .filter((r) => wanted.has(`${r.card_code}/${r.card_level}`))
    .map((r) => ({ orgId: r.org_id, card: { code: r.card_code, level: r.card_level }, count: Number(r.n) }));
}

/** Programmes whose card is one of these on the edition. */
export async function programmesOnCards(
  ex: Executor,
  editionId: string,
  cards: readonly CardKey[],
): Promise<{ orgId: string; programmeId: string; card: CardKey }[]> {
  if (cards.length === 0) return [];
  const rows = await ex
    .selectFrom('programme_card')
    .select(['org_id', 'programme_id', 'card_code', 'card_level'])
    .where('edition_id', '=', editionId)
    .where(
      'card_code',
      'in',
      cards.map((c) => c.code),
    )
    .orderBy('org_id')
    .orderBy('programme_id')
    .execute();
  const wanted = cardIn(cards);
  return rows
    .filter((r) => wanted.has(`${r.card_code}/${r.card_level}`))
    .map((r) => ({ orgId: r.org_id, programmeId: r.programme_id, card: { code: r.card_code, level: r.card_level } }));
}

export async function programmeTitles(
  ex: Executor,
  keys: readonly { orgId: string; programmeId: string }[],
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await ex
    .selectFrom('programme')
    .select(['org_id', 'id', 'title'])
    .where(
      'id',
      'in',
      keys.map((k) => k.programmeId),
    )
    .execute();
  return new Map(rows.map((r) => [`${r.org_id}/${r.id}`, r.title]));
}

/** Assessment specifications written against the edition, with their content (item ids inside). */
export async function specificationsOnEdition(
  ex: Executor,
  editionId: string,
): Promise<{ orgId: string; id: string; card: CardKey; content: unknown }[]> {
  const rows = await ex
    .selectFrom('assessment_spec')
    .select(['org_id', 'id', 'card_code', 'card_level', 'content'])
    .where('edition_id', '=', editionId)
    .orderBy('org_id')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    orgId: r.org_id,
    id: r.id,
    card: { code: r.card_code, level: r.card_level },
    content: r.content,
  }));
}

/** Practical tasks' content by id, so a specification's tasks' skills count as its items. */
export async function practicalTaskContents(ex: Executor, orgId: string, ids: readonly string[]): Promise<unknown[]> {
  if (ids.length === 0) return [];
  const rows = await ex
    .selectFrom('practical_task')
    .select(['content'])
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.content);
}

/** Certificates issued on the edition for one of these cards (not revoked): number, no holder. */
export async function certificatesOnCards(
  ex: Executor,
  editionId: string,
  cards: readonly CardKey[],
): Promise<{ orgId: string; id: string; number: string; card: CardKey }[]> {
  if (cards.length === 0) return [];
  const rows = await ex
    .selectFrom('credential')
    .select(['org_id', 'id', 'number', 'card_code', 'card_level'])
    .where('edition_id', '=', editionId)
    .where('revoked_at', 'is', null)
    .where(
      'card_code',
      'in',
      cards.map((c) => c.code),
    )
    .orderBy('org_id')
    .orderBy('number')
    .execute();
  const wanted = cardIn(cards);
  return rows
    .filter((r) => wanted.has(`${r.card_code}/${r.card_level}`))
    .map((r) => ({ orgId: r.org_id, id: r.id, number: r.number, card: { code: r.card_code, level: r.card_level } }));
}

/**
 * Development plans drafted on the edition whose items name any of these item ids (the arrays
 * are compared here, not in SQL, so both engines run the same plain query).
 */
export async function plansLinkingItems(
  ex: Executor,
  editionId: string,
  itemIds: ReadonlySet<string>,
): Promise<{ orgId: string; planId: string; staffId: string; itemIds: string[] }[]> {
  if (itemIds.size === 0) return [];
  const rows = await ex
    .selectFrom('development_plan_item as i')
    .innerJoin('development_plan as p', (j) => j.onRef('p.org_id', '=', 'i.org_id').onRef('p.id', '=', 'i.plan_id'))
    .select(['p.org_id', 'p.id', 'p.staff_id', 'i.item_ids'])
    .where('p.edition_id', '=', editionId)
    .orderBy('p.org_id')
    .orderBy('p.id')
    .execute();
  const found = new Map<string, { orgId: string; planId: string; staffId: string; itemIds: string[] }>();
  for (const r of rows) {
    const hits = (r.item_ids ?? []).filter((id) => itemIds.has(id));
    if (hits.length === 0) continue;
    const key = `${r.org_id}/${r.id}`;
    const entry = found.get(key) ?? { orgId: r.org_id, planId: r.id, staffId: r.staff_id, itemIds: [] };
    for (const id of hits) if (!entry.itemIds.includes(id)) entry.itemIds.push(id);
    found.set(key, entry);
  }
  return [...found.values()];
}
