/**
 * A programme's documents: DOCX, XLSX of the matrix, PDF, Moodle competency framework CSV and
 * IMS CASE associations, rendered here from what the export operations answer.
 * CONTRACT SHELL: filled by the exports slice.
 */
import type { Operations } from '../../services/operations/catalogue.js';
import type { HttpBinding } from '../operation-route.js';

export function programmeExportRoutes(_ops: Operations, _publicUrl: string): HttpBinding[] {
  return [];
}
