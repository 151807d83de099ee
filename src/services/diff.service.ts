/**
 * What changed between two loaded editions: the semantic diff of `domain/editions/diff.ts` over
 * the editions as stored, with every item's UUID, so a client can follow an item from one edition
 * to the other through the alignment. Both editions stay loaded side by side (loading never
 * deletes); a diff is computed on demand and kept while neither edition changes.
 */
import { type EditionDiff, diffEditions } from '../domain/editions/diff.js';
import { AppError } from '../domain/shared/errors.js';
import type { OpenDb } from '../storage/db.js';
import { itemUuid } from '../storage/identity.js';
import { findEdition } from '../storage/repositories/edition.repository.js';
import type { EditionService } from './edition.service.js';

const EDITION_ID = /^[0-9a-z][0-9a-z.-]*$/;
const MAX_CACHED = 10;

/** Checks an edition id the same way for the API and the CLI; `current` names the current edition. */
export function validateEditionId(id: string, path: string): string {
  if (id.length === 0 || id.length > 100 || !EDITION_ID.test(id)) {
    const message = 'an edition id is lower-case letters, digits, dots and hyphens';
    throw new AppError('validation_failed', `"${id}" is not an edition id.`, [{ path, message }]);
  }
  return id;
}

export function createDiffService(database: OpenDb, editions: EditionService) {
  const cache = new Map<string, { key: string; diff: EditionDiff }>();

  /** Changes with every load that changes an edition (see edition.service `touchEdition`). */
  async function versionOf(editionId: string): Promise<string> {
    const row = await findEdition(database.db, editionId);
    return `${row?.contentHash}:${row?.loadedAt.toISOString()}`;
  }

  async function resolve(id: string, path: string): Promise<string> {
    validateEditionId(id, path);
    return editions.resolveEditionId(id === 'current' ? undefined : id);
  }

  return {
    /** The changes from edition `fromId` to edition `toId` (either may be `current`). */
    async diff(fromId: string, toId: string): Promise<EditionDiff> {
      const from = await resolve(fromId, 'from');
      const to = await resolve(toId, 'to');
      const key = `${await versionOf(from)}|${await versionOf(to)}`;
      const cached = cache.get(`${from}|${to}`);
      if (cached && cached.key === key) return cached.diff;
      // One after the other: the embedded engine has a single connection.
      const before = await editions.read(from);
      const after = await editions.read(to);
      const diff = diffEditions(before, after, { uuidOf: itemUuid });
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
      cache.set(`${from}|${to}`, { key, diff });
      return diff;
    },
  };
}

export type DiffService = ReturnType<typeof createDiffService>;
