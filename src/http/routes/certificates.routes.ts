/** Placeholder: filled in by this session's work on issue 12. */
import type { Operations } from '../../services/operations/catalogue.js';
import type { HttpBinding } from '../operation-route.js';

export function certificateRoutes(_ops: Operations, _publicUrl: string): HttpBinding[] {
  return [];
}
