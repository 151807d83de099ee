/** Standards in and out as files: import as a draft (slice D), the XLSX template (slice D), CSV and JSON-LD (slice E). */
import type { Operations } from '../../services/operations/catalogue.js';
import type { HttpBinding } from '../operation-route.js';

export function standardFileRoutes(_ops: Operations): HttpBinding[] {
  return [];
}
