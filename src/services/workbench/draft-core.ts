/**
 * What the draft operations share: finding a draft (404 otherwise), the hash that tells a
 * changed item from an unchanged one, reading a published edition through the operation's own
 * executor (inside a write the embedded engine's one connection is the transaction: reading
 * through the edition service's handle there would deadlock), and the draft materialised as an
 * edition, remembered per revision so listing drafts does not re-run the fidelity check.
 */
import { AppError } from '../../domain/shared/errors.js';
import type { Edition } from '../../domain/standard/edition.js';
import { assembleEdition } from '../../domain/standard/item-tree.js';
import { type EditionMeta, editionSchema } from '../../domain/standard/schemas.js';
import { reviewsOfEdition } from '../../domain/standard/translations.js';
import type { DraftItem } from '../../domain/workbench/draft.js';
import { PLACEHOLDER_SOURCE } from '../../domain/workbench/imported-standard.js';
import { hashedPart } from '../../domain/workbench/item-state.js';
import { type MaterialisedDraft, materialiseDraft } from '../../domain/workbench/materialise.js';
import { contentHash } from '../../storage/identity.js';
import { type DraftRow, findDraft } from '../../storage/repositories/draft.repository.js';
import {
  type Executor,
  findEdition,
  listEditions,
  listItems,
  readSourceText,
  readTranslationReviews,
} from '../../storage/repositories/edition.repository.js';
import { pickCurrentEdition } from '../edition.service.js';

export const draftItemHash = (item: Pick<DraftItem, 'kind' | 'parentId' | 'data'>): string =>
  contentHash(hashedPart(item));

export async function requireDraft(ex: Executor, id: string): Promise<DraftRow> {
  const row = await findDraft(ex, id);
  if (!row) throw new AppError('not_found', `There is no draft ${id}.`);
  return row;
}

/** The draft's edition metadata (stored as JSON), parsed. */
export const draftMeta = (row: DraftRow): EditionMeta => editionSchema.parse(row.meta);

const remembered = new Map<string, MaterialisedDraft>();
const REMEMBERED = 32;

/**
 * The draft as an edition. `remember` keeps the answer for this revision (reads only: inside an
 * edit the revision may yet roll back).
 */
export function materialiseRow(row: DraftRow, items: readonly DraftItem[], remember = true): MaterialisedDraft {
  const key = `${row.id}:${row.revision}:${row.updatedAt.getTime()}`;
  const known = remember ? remembered.get(key) : undefined;
  if (known) return known;
  const out = withDraftReviews(materialiseDraft(draftMeta(row), row.officialText, items), row);
  if (remember) {
    remembered.set(key, out);
    if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  }
  return out;
}

/**
 * The materialised draft with the review state of its translations (stored on the draft row,
 * kept up to date by edits: src/services/workbench/draft-edit.ts), limited to its texts.
 */
export function withDraftReviews(out: MaterialisedDraft, row: Pick<DraftRow, 'translationReviews'>): MaterialisedDraft {
  if (!row.translationReviews) return out;
  return {
    ...out,
    edition: { ...out.edition, translationReviews: reviewsOfEdition(out.edition, row.translationReviews) },
  };
}

/** The id of a published edition (`current`: the current one), or 404. */
export async function resolveEditionThrough(ex: Executor, id: string): Promise<string> {
  const rows = await listEditions(ex);
  const resolved = id === 'current' ? pickCurrentEdition(rows) : rows.find((r) => r.id === id)?.id;
  if (!resolved) {
    throw new AppError('not_found', id === 'current' ? 'No edition is loaded yet.' : `There is no edition "${id}".`);
  }
  return resolved;
}

/** A published edition read through `ex` (the operation's transaction or handle). */
export async function readEditionThrough(ex: Executor, id: string): Promise<Edition> {
  const row = await findEdition(ex, id);
  const sourceText = await readSourceText(ex, id);
  if (!row || sourceText === undefined) throw new AppError('not_found', `There is no edition "${id}".`);
  const edition = assembleEdition(editionSchema.parse(row.meta), sourceText, await listItems(ex, id));
  const reviews = await readTranslationReviews(ex, id);
  return reviews ? { ...edition, translationReviews: reviews } : edition;
}

/** A new standard's first draft: its id and title, an order still to be filled in, no cards. */
export function emptyEdition(
  standardId: string,
  title: { kk: string; ru?: string | undefined; en?: string | undefined },
  now: Date,
): Edition {
  const today = now.toISOString().slice(0, 10);
  const placeholder = () => structuredClone(PLACEHOLDER_SOURCE);
  const meta = editionSchema.parse({
    id: `${standardId}-draft`,
    standard: { id: standardId, title: { ...title, source: placeholder() } },
    status: 'draft',
    order: {
      number: '—',
      date: today,
      registration: { number: '—', date: today },
      inForceFrom: today,
      issuer: { kk: '—' },
      legalBasis: { kk: '—' },
      source: placeholder(),
    },
    provisions: [],
    sourceFile: 'kasip-compiled.txt',
    sourceKind: 'compiled',
  });
  return { meta, terms: [], professions: [], cards: [], sourceText: '' };
}
