/**
 * Where scoring and decisions get the online test's counts from: the sessions slice's
 * `theory-results.ts` (per candidate: right answers per labour function; per session: the item ×
 * candidate matrix). Passed to the operation factories as a parameter, so tests can give their
 * own counts and this file is the one place that knows where the counts come from.
 */
import type { TheoryCount } from '../../domain/assessment/function-results.js';
import type { ItemMatrix } from '../../domain/assessment/psychometrics.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { candidateTheory, sessionItemMatrix } from './theory-results.js';

export type TheorySource = {
  candidateTheory: (db: Executor, orgId: string, candidateId: string) => Promise<Map<string, TheoryCount> | null>;
  sessionItemMatrix: (db: Executor, orgId: string, sessionId: string) => Promise<ItemMatrix>;
};

/** The online test as the sessions slice stores it. */
export const sessionTheory: TheorySource = { candidateTheory, sessionItemMatrix };
