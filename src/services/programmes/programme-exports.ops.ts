/**
 * What the programme exports are made from (DOCX, XLSX of the matrix, PDF, Moodle competency
 * framework CSV, IMS CASE associations). CONTRACT SHELL: filled by the exports slice.
 */
import type { ProgrammeDeps } from './programme-deps.js';

export function programmeExportOperations(_deps: ProgrammeDeps) {
  return {};
}
