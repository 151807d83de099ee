/**
 * Importing a standard from a file (XLSX template, CASE CFPackage, CSV bundle, Kasip JSON) as a new draft, with its source document when given (slice D).
 */
import type { WorkbenchDeps } from './workbench-deps.js';

export function standardImportOperations(_deps: WorkbenchDeps) {
  return {};
}
