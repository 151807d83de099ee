/**
 * Stored category results: one current result per person, with the explanation, the edition
 * and a hash of the card's rules it was computed on (so a later edition can tell whether it
 * changes the answer).
 */
import type { Executor } from './edition.repository.js';

export type StoredCategory = {
  staffId: string;
  computedAt: Date;
  asOf: string;
  editionId: string;
  cardCode: string;
  cardLevel: number;
  rulesHash: string;
  /** `assigned`, `not-met`, `no-requirements` or `no-card`. */
  status: string;
  category: string | null;
  result: Record<string, unknown>;
};

type Raw = {
  staff_id: string;
  computed_at: Date;
  as_of: string;
  edition_id: string;
  card_code: string;
  card_level: number;
  rules_hash: string;
  status: string;
  category: string | null;
  result: Record<string, unknown>;
};

const toStored = (r: Raw): StoredCategory => ({
  staffId: r.staff_id,
  computedAt: new Date(r.computed_at),
  asOf: r.as_of,
  editionId: r.edition_id,
  cardCode: r.card_code,
  cardLevel: r.card_level,
  rulesHash: r.rules_hash,
  status: r.status,
  category: r.category,
  result: r.result,
});

const COLUMNS = [
  'staff_id',
  'computed_at',
  'as_of',
  'edition_id',
  'card_code',
  'card_level',
  'rules_hash',
  'status',
  'category',
  'result',
] as const;

export async function saveCategories(ex: Executor, orgId: string, results: readonly StoredCategory[]): Promise<void> {
  for (let i = 0; i < results.length; i += 500) {
    const chunk = results.slice(i, i + 500);
    await ex
      .insertInto('staff_category')
      .values(
        chunk.map((c) => ({
          org_id: orgId,
          staff_id: c.staffId,
          computed_at: c.computedAt,
          as_of: c.asOf,
          edition_id: c.editionId,
          card_code: c.cardCode,
          card_level: c.cardLevel,
          rules_hash: c.rulesHash,
          status: c.status,
          category: c.category,
          result: JSON.stringify(c.result),
        })),
      )
      .onConflict((oc) =>
        oc.columns(['org_id', 'staff_id']).doUpdateSet((eb) => ({
          computed_at: eb.ref('excluded.computed_at'),
          as_of: eb.ref('excluded.as_of'),
          edition_id: eb.ref('excluded.edition_id'),
          card_code: eb.ref('excluded.card_code'),
          card_level: eb.ref('excluded.card_level'),
          rules_hash: eb.ref('excluded.rules_hash'),
          status: eb.ref('excluded.status'),
          category: eb.ref('excluded.category'),
          result: eb.ref('excluded.result'),
        })),
      )
      .execute();
  }
}

export async function categoriesOf(
  ex: Executor,
  orgId: string,
  staffIds?: readonly string[],
): Promise<StoredCategory[]> {
  if (staffIds && staffIds.length === 0) return [];
  let q = ex.selectFrom('staff_category').select(COLUMNS).where('org_id', '=', orgId);
  if (staffIds) q = q.where('staff_id', 'in', staffIds);
  return (await q.execute()).map(toStored);
}
