/** IMS CASE 1.1 over HTTP (slice C). */
import type { Operations } from '../../services/operations/catalogue.js';
import type { HttpBinding } from '../operation-route.js';

export function caseRoutes(_ops: Operations): HttpBinding[] {
  return [];
}
