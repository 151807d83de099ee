/** Placeholder: filled in by this session's work on issue 12. */
import type { AssessmentDeps } from '../assessment/assessment-deps.js';

export function credentialOperations(_deps: AssessmentDeps) {
  return {};
}
