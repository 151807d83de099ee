/**
 * What the organisation operations share: the `orgId` parameter, the resource the policy decides
 * on, and the 404 for an organisation that does not exist (the same answer as for one the caller
 * may not see).
 */
import { z } from 'zod';
import { AppError } from '../../domain/shared/errors.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { findOrg } from '../../storage/repositories/organisation.repository.js';
import { orgRoleSchema, uuidSchema } from './schemas.js';

export const orgParam = z.object({ orgId: uuidSchema });
export const byOrg = (input: { orgId: string }) => ({ orgId: input.orgId });

/** An unknown organisation is reported like one the caller may not see: 404 either way. */
export async function requireOrg(db: Executor, orgId: string) {
  const org = await findOrg(db, orgId);
  if (!org) throw new AppError('not_found', 'There is nothing here, or it is not yours to see.');
  return org;
}

export const rolesSchema = z
  .array(orgRoleSchema)
  .min(1, 'at least one role')
  .transform((r) => [...new Set(r)]);
