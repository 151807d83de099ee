/**
 * IMS CASE 1.1: the CFPackage export of an edition, the CASE REST endpoints (/ims/case/v1p1/…), and reading a CFPackage (slice C).
 */
import type { WorkbenchDeps } from './workbench-deps.js';

export function caseOperations(_deps: WorkbenchDeps) {
  return {};
}
