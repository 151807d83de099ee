/**
 * What the workbench operations need besides the operation context: the use cases (to read the
 * base edition, run the diff and the checks, and tell the edition caches that publishing
 * changed something) and the accounts configuration.
 */
import type { AccountsConfig } from '../../config.js';
import type { UseCases } from '../index.js';

export type WorkbenchDeps = { useCases: UseCases; accounts: AccountsConfig };
