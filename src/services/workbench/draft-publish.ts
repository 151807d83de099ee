/**
 * Publishing an approved draft: the draft materialised with its order becomes a new edition,
 * written by the same writer `kasip load` uses, in the publish operation's transaction, together
 * with the base edition becoming `superseded` (still readable by id) and the draft marked
 * published. The impact on stored data is computed first, from the same transaction.
 */
import { type Actor, userIdOf } from '../../domain/access/actor.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Edition } from '../../domain/standard/edition.js';
import type { EditionMeta } from '../../domain/standard/schemas.js';
import type { PublishOrder } from '../../domain/workbench/draft.js';
import { materialiseDraft } from '../../domain/workbench/materialise.js';
import { listDraftItems, updateDraftStatus } from '../../storage/repositories/draft.repository.js';
import { type Executor, findEdition, supersedeEdition } from '../../storage/repositories/edition.repository.js';
import { type LoadReport, prepareEdition, writeEdition } from '../edition.service.js';
import { draftMeta, readEditionThrough, withDraftReviews } from './draft-core.js';
import { type DraftImpact, draftImpact } from './draft-impact.js';
import { draftForStep } from './draft-workflow.js';

/** `order-<number>-<year>`, in the characters an edition id may have ("№ 262" → `order-262-2026`). */
export function defaultEditionId(order: Pick<PublishOrder, 'number' | 'date'>): string {
  const slug = order.number
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `order-${slug || 'x'}-${order.date.slice(0, 4)}`;
}

/**
 * The new edition's metadata: the draft's, under its new id, in force, with the order given at
 * publishing (issuer and legal basis kept from the base edition, or the draft), superseding the
 * base edition.
 */
export function publishedMeta(
  draft: EditionMeta,
  base: EditionMeta | null,
  order: PublishOrder,
  editionId: string,
): EditionMeta {
  const { supersedes: _old, ...rest } = draft;
  const from = base?.order ?? draft.order;
  return {
    ...rest,
    id: editionId,
    status: 'in-force',
    order: { ...draft.order, issuer: from.issuer, legalBasis: from.legalBasis, ...order },
    ...(base ? { supersedes: base.id } : {}),
  };
}

export type Published = {
  editionId: string;
  supersededEditionId: string | null;
  report: LoadReport;
  items: { total: number; new: number; changed: number; removed: number };
  impact: DraftImpact;
  edition: Edition;
};

/**
 * Publishes the draft through `ex` (the operation's transaction): every query one after the
 * other, nothing through another handle.
 */
export async function publishDraft(
  ex: Executor,
  input: { draftId: string; revision: number; order: PublishOrder; editionId?: string | undefined },
  actor: Actor,
  now: Date,
): Promise<Published> {
  const row = await draftForStep(ex, input.draftId, 'publish', input.revision);
  const editionId = input.editionId ?? defaultEditionId(input.order);
  if (await findEdition(ex, editionId)) {
    throw new AppError(
      'conflict',
      `An edition "${editionId}" exists already; published editions are never replaced. Give the new edition another id.`,
      [{ path: 'editionId', message: 'Taken by a published edition.' }],
    );
  }
  const base = row.baseEditionId ? await readEditionThrough(ex, row.baseEditionId) : null;
  const items = await listDraftItems(ex, row.id);
  const meta = publishedMeta(draftMeta(row), base?.meta ?? null, input.order, editionId);
  // The translations are the items' texts; their review state comes from the draft's row.
  const { edition } = withDraftReviews(materialiseDraft(meta, row.officialText, items), row);
  const impact = await draftImpact(ex, row.baseEditionId, base, edition);

  // Refuses (422) an edition whose invariants fail, before anything is written.
  const report = await writeEdition(ex, prepareEdition(edition));
  if (base && row.baseEditionId) {
    await supersedeEdition(ex, row.baseEditionId, base.meta as unknown as Record<string, unknown>);
  }
  const published = await updateDraftStatus(
    ex,
    row.id,
    {
      status: 'published',
      revision: row.revision + 1,
      updatedAt: now,
      publishedBy: userIdOf(actor),
      publishedAt: now,
      publishedEditionId: editionId,
    },
    row.revision,
  );
  if (!published) throw new AppError('conflict', 'The draft changed while it was being published. Reload it.');

  const current = items.filter((i) => !i.deprecated);
  return {
    editionId,
    supersededEditionId: base ? (row.baseEditionId ?? null) : null,
    report,
    items: {
      total: current.length,
      new: current.filter((i) => i.baseHash === null).length,
      changed: impact.changedItems,
      removed: impact.removedItems,
    },
    impact,
    edition,
  };
}
