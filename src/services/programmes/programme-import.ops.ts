/**
 * Importing an existing curriculum (XLSX or DOCX tables, read by the importer) into a programme
 * document with suggested links, and suggestions for one outcome's text. CONTRACT SHELL: filled
 * by the import slice.
 */
import type { ProgrammeDeps } from './programme-deps.js';

export function programmeImportOperations(_deps: ProgrammeDeps) {
  return {};
}
