/**
 * Creating a draft from a whole edition value: the one path every way of starting a draft takes
 * (from a published edition, empty, or imported from a file), so ids, base hashes and the audit
 * look the same whichever way it began. The import operations call it too.
 */
import type { Edition } from '../../domain/standard/edition.js';
import { flattenEdition } from '../../domain/standard/item-tree.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { insertDraftItems, insertDraftRow } from '../../storage/repositories/draft.repository.js';
import { draftItemHash } from './draft-core.js';
import type { DRAFT_ORIGINS } from './draft-schemas.js';

export type NewDraft = {
  edition: Edition;
  origin: (typeof DRAFT_ORIGINS)[number];
  /** The published edition it starts from (items keep their base hashes); null for a new standard. */
  baseEditionId: string | null;
  /** The official text the edition's sources cite, when there is one. */
  officialText: string | null;
  createdBy: string | null;
  now: Date;
};

/** Inserts the draft and its items (revision 1 each); answers the new draft's id. */
export async function insertDraft(ex: Executor, draft: NewDraft): Promise<string> {
  const id = crypto.randomUUID();
  const { meta } = draft.edition;
  await insertDraftRow(ex, {
    id,
    standardId: meta.standard.id,
    title: titleOf(meta.standard.title),
    baseEditionId: draft.baseEditionId,
    meta: meta as unknown as Record<string, unknown>,
    officialText: draft.officialText,
    origin: draft.origin,
    createdBy: draft.createdBy,
    now: draft.now,
    // The edition's translations are its items' texts; their review state travels on the row.
    translationReviews: draft.edition.translationReviews ?? null,
  });
  const items = flattenEdition(draft.edition).map((record) => ({
    id: record.id,
    kind: record.kind,
    parentId: record.parentId,
    cardId: record.cardId,
    position: record.position,
    data: record.data,
    deprecated: false,
    revision: 1,
    baseHash: draft.baseEditionId === null ? null : draftItemHash(record),
  }));
  await insertDraftItems(ex, id, items, draft.createdBy, draft.now);
  return id;
}

/** The standard's title without where it is printed, for lists. */
function titleOf(title: { kk: string; ru?: string | undefined; en?: string | undefined }) {
  const out: Record<string, string> = { kk: title.kk };
  if (title.ru) out.ru = title.ru;
  if (title.en) out.en = title.en;
  return out;
}
