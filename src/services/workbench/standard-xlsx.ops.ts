/**
 * The methodologists' XLSX template: any edition or draft exported into it (slice D).
 */
import type { WorkbenchDeps } from './workbench-deps.js';

export function standardXlsxOperations(_deps: WorkbenchDeps) {
  return {};
}
