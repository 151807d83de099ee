/**
 * CSV in the ESCO/Tabiya style (one file per kind, stable ids and parent ids) and JSON-LD with SKOS (slice E).
 */
import type { WorkbenchDeps } from './workbench-deps.js';

export function standardCsvOperations(_deps: WorkbenchDeps) {
  return {};
}
