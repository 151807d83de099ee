/**
 * Every operation Kasip has, in one list. The HTTP adapter binds each to a route, the CLI runs
 * some of them, and the tests build the authorisation matrix and the route inventory from this
 * list, so an operation added here without a route, a permission row or a test fails the build.
 */
import type { AccountsConfig } from '../../config.js';
import { adminOperations } from '../accounts/admin.js';
import { auditOperations } from '../accounts/audit.ops.js';
import { authOperations } from '../accounts/auth.ops.js';
import { orgOperations } from '../accounts/org.ops.js';
import { privacyOperations } from '../accounts/privacy.ops.js';
import type { UseCases } from '../index.js';
import type { Operation } from './operation.js';

export function createOperations({ accounts, useCases }: { accounts: AccountsConfig; useCases: UseCases }) {
  void useCases;
  return {
    auth: authOperations(accounts),
    orgs: orgOperations(accounts),
    // registry, editions, search (public reads): add their groups here
    // qualification, quality, career, diff: add their groups here
    // audit, privacy, admin: add their groups here
  };
}

export type Operations = ReturnType<typeof createOperations>;

/** The catalogue as a flat list, for the tests and the inventory. */
export function listOperations(ops: Operations): Operation[] {
  return Object.values(ops).flatMap((group) => Object.values(group) as Operation[]);
}
