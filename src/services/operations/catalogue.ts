/**
 * Every operation Kasip has, in one list. The HTTP adapter binds each to a route, the CLI runs
 * some of them, and the tests build the authorisation matrix and the route inventory from this
 * list, so an operation added here without a route, a permission row or a test fails the build.
 */
import type { AccountsConfig } from '../../config.js';
import { authOperations } from '../accounts/auth.ops.js';
import { orgOperations } from '../accounts/org.ops.js';
import type { Operation } from './operation.js';

export function createOperations(config: AccountsConfig) {
  return {
    auth: authOperations(config),
    orgs: orgOperations(config),
  };
}

export type Operations = ReturnType<typeof createOperations>;

/** The catalogue as a flat list, for the tests and the inventory. */
export function listOperations(ops: Operations): Operation[] {
  return Object.values(ops).flatMap((group) => Object.values(group) as Operation[]);
}
