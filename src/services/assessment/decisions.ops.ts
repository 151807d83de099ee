/** Placeholder: filled in by this session's work on issue 12. */
import type { AssessmentDeps } from './assessment-deps.js';

export function decisionOperations(_deps: AssessmentDeps) {
  return {};
}
