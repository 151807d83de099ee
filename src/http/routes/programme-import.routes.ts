/**
 * The curriculum import (an XLSX or DOCX upload read by the importer) and outcome suggestions.
 * CONTRACT SHELL: filled by the import slice.
 */
import type { Operations } from '../../services/operations/catalogue.js';
import type { HttpBinding } from '../operation-route.js';

export function programmeImportRoutes(_ops: Operations): HttpBinding[] {
  return [];
}
