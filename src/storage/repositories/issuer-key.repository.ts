/**
 * Each organisation's issuer keys. A key is never deleted: a retired one no longer signs, but
 * stays in the organisation's DID document so the certificates it signed still verify.
 */
import type { Executor } from './edition.repository.js';

export type IssuerKeyRow = {
  orgId: string;
  id: string;
  controller: string;
  verificationMethod: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
  createdAt: Date;
  retiredAt: Date | null;
};

type Raw = {
  org_id: string;
  id: string;
  controller: string;
  verification_method: string;
  public_key_multibase: string;
  secret_key_multibase: string;
  created_at: Date;
  retired_at: Date | null;
};

const toRow = (r: Raw): IssuerKeyRow => ({
  orgId: r.org_id,
  id: r.id,
  controller: r.controller,
  verificationMethod: r.verification_method,
  publicKeyMultibase: r.public_key_multibase,
  secretKeyMultibase: r.secret_key_multibase,
  createdAt: new Date(r.created_at),
  retiredAt: r.retired_at ? new Date(r.retired_at) : null,
});

/** Every key of the organisation, oldest first. */
export async function listIssuerKeys(ex: Executor, orgId: string): Promise<IssuerKeyRow[]> {
  const rows = await ex
    .selectFrom('issuer_key')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toRow);
}

export async function findCurrentIssuerKey(ex: Executor, orgId: string): Promise<IssuerKeyRow | undefined> {
  const row = await ex
    .selectFrom('issuer_key')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row && toRow(row);
}

export async function findIssuerKeyByMethod(ex: Executor, verificationMethod: string) {
  const row = await ex
    .selectFrom('issuer_key')
    .selectAll()
    .where('verification_method', '=', verificationMethod)
    .executeTakeFirst();
  return row && toRow(row);
}

export async function findIssuerKeysByController(ex: Executor, controller: string): Promise<IssuerKeyRow[]> {
  const rows = await ex.selectFrom('issuer_key').selectAll().where('controller', '=', controller).execute();
  return rows.map(toRow);
}

export async function findIssuerKey(ex: Executor, orgId: string, id: string) {
  const row = await ex
    .selectFrom('issuer_key')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toRow(row);
}

export async function insertIssuerKey(ex: Executor, key: Omit<IssuerKeyRow, 'retiredAt'>): Promise<void> {
  await ex
    .insertInto('issuer_key')
    .values({
      org_id: key.orgId,
      id: key.id,
      controller: key.controller,
      verification_method: key.verificationMethod,
      public_key_multibase: key.publicKeyMultibase,
      secret_key_multibase: key.secretKeyMultibase,
      created_at: key.createdAt,
    })
    .execute();
}

export async function retireIssuerKeys(ex: Executor, orgId: string, at: Date): Promise<number> {
  const result = await ex
    .updateTable('issuer_key')
    .set({ retired_at: at })
    .where('org_id', '=', orgId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
