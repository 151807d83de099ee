/**
 * Creating a draft from a whole edition value: the one path every way of starting a draft takes
 * (from a published edition, empty, or imported from a file), so ids, base hashes and the audit
 * look the same whichever way it began. Slice A1 builds it; the import operation calls it.
 */
import type { Edition } from '../../domain/standard/edition.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
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

/** Inserts the draft and its items; answers the new draft's id. */
export async function insertDraft(_ex: Executor, _draft: NewDraft): Promise<string> {
  throw new Error('insertDraft: slice A1 builds it');
}
