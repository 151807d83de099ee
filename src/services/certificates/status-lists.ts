/**
 * Revocation by Bitstring Status List: each certificate gets a place in one of its organisation's
 * lists (131,072 places, the size the specification asks for so one place says little about
 * whom it belongs to), drawn at random so a place says nothing of when or in what order a
 * certificate was issued (the specification's herd privacy); the list is served as a signed BitstringStatusListCredential made from
 * the credentials' revocations when it is asked for.
 */
import { randomInt } from 'node:crypto';
import * as statusList from '@digitalbazaar/vc-bitstring-status-list';
import { statusListUrl } from '../../domain/certificates/open-badge.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import {
  findCurrentIssuerKey,
  findIssuerKey,
  type IssuerKeyRow,
} from '../../storage/repositories/issuer-key.repository.js';
import {
  findOpenStatusList,
  findStatusList,
  insertStatusList,
  countTakenPlace,
  isStatusIndexTaken,
  revokedIndexes,
} from '../../storage/repositories/status-list.repository.js';
import { usesDidWeb } from '../../domain/certificates/issuer-did.js';
import { type JsonObject, documentLoader, signCredential } from './linked-data.js';

export const STATUS_LIST_SIZE = 131_072;

/**
 * A list takes new places until half full (findOpenStatusList), so each draw is free with
 * probability at least ½ and 40 draws all miss with probability under 2⁻⁴⁰: running out means
 * something is wrong (e.g. `next_index` no longer counts the places), not bad luck.
 */
const MAX_DRAWS = 40;

/**
 * A random free place of the list. Issuing holds the advisory lock and the list's row lock, so
 * the check cannot race another issue; the unique (status_list_id, status_index) constraint stays
 * the last guard. Checking first instead of catching the constraint's error keeps the
 * transaction usable on PostgreSQL, where a failed statement aborts it.
 */
export async function drawFreeIndex(
  isTaken: (index: number) => Promise<boolean>,
  size: number,
  draw: (size: number) => number = (n) => randomInt(n),
): Promise<number> {
  for (let attempt = 0; attempt < MAX_DRAWS; attempt++) {
    const index = draw(size);
    if (!(await isTaken(index))) return index;
  }
  throw new Error(
    `no free place in the status list after ${MAX_DRAWS} random draws; is it fuller than its count says?`,
  );
}

/**
 * A place for a new certificate signed by `key`. A `did:web` issuer keeps its DID through
 * rotations, so its lists are signed by whatever key is current; a `did:key` issuer's DID is
 * its key, so each key has lists of its own (a verifier requires the same issuer on both).
 */
export async function allocateStatus(db: Executor, orgId: string, key: IssuerKeyRow, publicUrl: string, now: Date) {
  const issuerKeyId = usesDidWeb(publicUrl) ? null : key.id;
  let list = await findOpenStatusList(db, orgId, issuerKeyId);
  if (!list) {
    const id = crypto.randomUUID();
    await insertStatusList(db, {
      orgId,
      id,
      purpose: 'revocation',
      size: STATUS_LIST_SIZE,
      issuerKeyId,
      createdAt: now,
    });
    list = await findOpenStatusList(db, orgId, issuerKeyId);
    if (!list) throw new Error('the new status list was not found');
  }
  const listId = list.id;
  const index = await drawFreeIndex((i) => isStatusIndexTaken(db, listId, i), list.size);
  await countTakenPlace(db, orgId, listId);
  return { listId, index, listUrl: statusListUrl(publicUrl, orgId, list.id) };
}

const contextsOnly = documentLoader(async () => null);

/** The signed list as it stands now, or null for a list that does not exist. */
export async function statusListCredential(
  db: Executor,
  publicUrl: string,
  orgId: string,
  listId: string,
  now: Date,
): Promise<JsonObject | null> {
  const list = await findStatusList(db, orgId, listId);
  if (!list) return null;
  const key = list.issuerKeyId
    ? await findIssuerKey(db, orgId, list.issuerKeyId)
    : await findCurrentIssuerKey(db, orgId);
  if (!key) throw new AppError('not_found', 'This status list has no key to sign it.');
  const bits = await statusList.createList({ length: list.size });
  for (const index of await revokedIndexes(db, orgId, listId)) bits.setStatus(index, true);
  const url = statusListUrl(publicUrl, orgId, listId);
  const unsigned = await statusList.createCredential({ id: url, list: bits, statusPurpose: list.purpose });
  return signCredential({ ...unsigned, issuer: key.controller }, key, now, contextsOnly);
}

/** `…/api/v1/orgs/{orgId}/status-lists/{listId}` of this Kasip, as ids; else null. */
export function statusListAddress(publicUrl: string, url: string): { orgId: string; listId: string } | null {
  const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
  const match = new RegExp(`^/api/v1/orgs/(${uuid})/status-lists/(${uuid})$`).exec(
    url.startsWith(publicUrl) ? url.slice(publicUrl.length) : '',
  );
  return match?.[1] && match[2] ? { orgId: match[1], listId: match[2] } : null;
}
