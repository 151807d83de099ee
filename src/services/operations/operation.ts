/**
 * A use case declared once: its name, input and output schemas, the action it needs, whether
 * it writes, how its answer may be cached, and the audit event it records. The pipeline
 * (pipeline.ts) runs every operation the same way; HTTP routes and CLI commands only adapt it.
 */
import type { z } from 'zod';
import type { Actor } from '../../domain/access/actor.js';
import type { Action } from '../../domain/access/actions.js';
import type { Resource } from '../../domain/access/policy.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';

/** `public`: the same for everybody (CDN-cacheable, CORS *); `private`: personal or organisation data. */
export type CacheScope = 'public' | 'private' | 'none';

export type AuditRecord = {
  targetKind: string;
  targetId: string;
  orgId?: string | null | undefined;
  /** The user the event is about, so erasure can find and pseudonymise it. */
  subjectUserId?: string | null | undefined;
  before?: Record<string, unknown> | null | undefined;
  after?: Record<string, unknown> | null | undefined;
};

export type OperationContext = {
  actor: Actor;
  /** The transaction of a writing operation, the database otherwise. */
  db: Executor;
  requestId: string;
  /** The pipeline's clock for this call, so expiry and rate limits can be tested without waiting. */
  now: Date;
  /** Where the request came from (rate limits); never stored with personal data. */
  clientIp: string;
  /** A writing operation says what it changed; the pipeline appends it to the audit trail. */
  audit: (record: AuditRecord) => void;
  /**
   * Work that must wait until the write is committed and must not hold the transaction open
   * (sending a mail): it runs after the commit, before the answer leaves, and only if the write
   * committed. It may fill in the answer (whether the mail went out).
   */
  afterCommit: (task: () => Promise<void>) => void;
};

export type Operation<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  name: string;
  summary: string;
  input: I;
  output: O;
  action: Action;
  /** The organisation or owner the action is about, read from the parsed input. */
  resource?: (input: z.output<I>, ctx: Pick<OperationContext, 'db' | 'actor'>) => Promise<Resource> | Resource;
  writes: boolean;
  cache: CacheScope;
  /** The audit event name; every writing operation has one. */
  audit: string | null;
  run: (input: z.output<I>, ctx: OperationContext) => Promise<z.output<O>>;
};

export function defineOperation<I extends z.ZodType, O extends z.ZodType>(op: Operation<I, O>): Operation<I, O> {
  if (op.writes && !op.audit) throw new Error(`operation ${op.name} writes but records no audit event`);
  if (op.writes && op.cache === 'public') throw new Error(`operation ${op.name} writes but is publicly cacheable`);
  return op;
}
