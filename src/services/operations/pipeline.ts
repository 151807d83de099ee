/**
 * The one pipeline every operation goes through, in this order: parse the input, authenticate,
 * authorise, open a transaction if it writes, run, append the audit events in that same
 * transaction, commit. Nothing else runs a use case, so no route or command can skip a step.
 */
import type { z } from 'zod';
import { type AccountsConfig, DEFAULT_ACCOUNTS } from '../../config.js';
import { ACTIONS } from '../../domain/access/actions.js';
import type { Actor } from '../../domain/access/actor.js';
import { decide } from '../../domain/access/policy.js';
import { AppError, type FieldError } from '../../domain/shared/errors.js';
import { englishIssueMap, message } from '../../domain/shared/messages/index.js';
import type { OpenDb } from '../../storage/db.js';
import { appendAuditEvent } from '../../storage/repositories/audit.repository.js';
import { type Credentials, authenticate } from './authenticate.js';
import { asDatabaseUnavailable } from './database-unavailable.js';
import type { AuditRecord, Operation, OperationContext } from './operation.js';

export type Call = { credentials?: Credentials; requestId?: string; clientIp?: string };

/** Fields whose values are personal data: kept out of the audit trail's before/after. */
const PERSONAL_FIELDS = new Set(['email', 'displayName', 'password', 'iin', 'phone', 'secret', 'token', 'link']);

export function redactPersonal(value: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (PERSONAL_FIELDS.has(key)) out[key] = '[personal]';
    else if (v && typeof v === 'object' && !Array.isArray(v)) out[key] = redactPersonal(v as Record<string, unknown>);
    else out[key] = v;
  }
  return out;
}

export function inputErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(input)', message: issue.message }));
}

/**
 * Text no database column can hold: U+0000, which PostgreSQL (and PGlite) refuse in text, and
 * an unpaired UTF-16 surrogate, which has no UTF-8 form (PGlite fails on it). Either fails the
 * whole statement, which would reach the client as a 500.
 */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where the input holds unstorable text, if anywhere. Refused here, once for every operation and
 * interface, rather than in each schema. The walk is iterative, as input may nest deeply; binary
 * input (an uploaded workbook) is bytes, not text, and is skipped.
 */
export function unstorableTextAt(input: unknown): string | null {
  // Each entry keeps its parent, so the path is spelled out only for the one place found, and
  // strings are checked where they are met: a 200,000-row batch is walked in tens of milliseconds.
  type Place = { value: object; key: string; parent: Place | null };
  const pathOf = (parent: Place | null, key: string) => {
    const keys = [key];
    for (let at = parent; at?.parent; at = at.parent) keys.unshift(at.key);
    return keys.filter(Boolean).join('.') || '(input)';
  };
  const unstorable = (text: string) => text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);
  if (typeof input === 'string') return unstorable(input) ? '(input)' : null;
  if (input === null || typeof input !== 'object') return null;
  const stack: Place[] = [{ value: input, key: '', parent: null }];
  while (stack.length > 0) {
    const place = stack.pop() as Place;
    if (ArrayBuffer.isView(place.value)) continue;
    const record = place.value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const child = record[key];
      if (typeof child === 'string') {
        if (unstorable(child)) return pathOf(place, key);
      } else if (child !== null && typeof child === 'object') {
        stack.push({ value: child, key, parent: place });
      }
    }
  }
  return null;
}

export type Pipeline = ReturnType<typeof createPipeline>;

export function createPipeline(
  database: OpenDb,
  opts: { accounts?: AccountsConfig; now?: () => Date; checkOutput?: boolean } = {},
) {
  const accounts = opts.accounts ?? DEFAULT_ACCOUNTS;
  const now = opts.now ?? (() => new Date());

  /**
   * Public reads are the same for everybody, so who asks is not looked up (and never slows them).
   * Public writes (signing in, accepting an invitation) carry their own authority, the password or
   * the link; a stale or foreign session cookie beside them must not block them, so they run as
   * the session's user when it is valid and as nobody otherwise.
   */
  async function actorFor(op: Pick<Operation, 'action' | 'writes'>, call: Call, at: Date): Promise<Actor> {
    const credentials = call.credentials ?? {};
    if (ACTIONS[op.action].kind !== 'anyone') {
      return authenticate(database.db, credentials, { writes: op.writes, config: accounts, now: at });
    }
    if (!op.writes) return { kind: 'anonymous' };
    return authenticate(database.db, credentials, { writes: false, config: accounts, now: at }).catch(
      (): Actor => ({ kind: 'anonymous' }),
    );
  }

  /** Runs the operation; a database that cannot be reached is `database_unavailable` (503, Retry-After). */
  async function execute<I extends z.ZodType, O extends z.ZodType>(
    op: Operation<I, O>,
    rawInput: unknown,
    call: Call = {},
  ): Promise<z.output<O>> {
    try {
      return await executeSteps(op, rawInput, call);
    } catch (error) {
      throw asDatabaseUnavailable(error);
    }
  }

  async function executeSteps<I extends z.ZodType, O extends z.ZodType>(
    op: Operation<I, O>,
    rawInput: unknown,
    call: Call,
  ): Promise<z.output<O>> {
    // Field errors in the catalogue's English (a schema's own message wins); the HTTP layer says
    // them again in the request's language (src/http/problem.ts).
    const parsed = op.input.safeParse(rawInput ?? {}, { error: englishIssueMap });
    if (!parsed.success) {
      throw new AppError('validation_failed', 'Some fields of the request are invalid.', inputErrors(parsed.error));
    }
    const unstorableAt = unstorableTextAt(parsed.data);
    if (unstorableAt !== null) {
      throw new AppError('validation_failed', 'Some fields of the request are invalid.', [
        { path: unstorableAt, message: message('en', 'validation.unstorableText') },
      ]);
    }
    const input = parsed.data as z.output<I>;
    const at = now();
    const actor = await actorFor(op, call, at);
    const resource = op.resource ? await op.resource(input, { db: database.db, actor }) : {};
    const decision = decide(actor, op.action, resource, op.writes);
    if (decision === 'unauthenticated') throw new AppError('unauthenticated', 'Sign in first.');
    if (decision === 'hidden') throw new AppError('not_found', 'There is nothing here, or it is not yours to see.');
    if (decision === 'forbidden') throw new AppError('forbidden', `Your roles do not allow ${op.name}.`);

    const records: AuditRecord[] = [];
    const afterCommit: (() => Promise<void>)[] = [];
    const base = {
      actor,
      now: at,
      requestId: call.requestId ?? crypto.randomUUID(),
      clientIp: call.clientIp ?? 'local',
      afterCommit: (task: () => Promise<void>) => void afterCommit.push(task),
    };
    let output: z.output<O>;
    if (!op.writes) {
      output = await op.run(input, { ...base, db: database.db, audit: () => {} });
    } else {
      output = await database.db.transaction().execute(async (trx) => {
        const ctx: OperationContext = { ...base, db: trx, audit: (r) => records.push(r) };
        const result = await op.run(input, ctx);
        if (records.length === 0) throw new Error(`operation ${op.name} wrote but said nothing for the audit trail`);
        for (const r of records) {
          await appendAuditEvent(trx, {
            actorKind: actor.kind,
            actorUserId: actor.kind === 'user' || actor.kind === 'token' ? actor.userId : null,
            actorTokenId: actor.kind === 'token' ? actor.tokenId : null,
            operation: op.name,
            event: op.audit ?? op.name,
            orgId: r.orgId ?? null,
            subjectUserId: r.subjectUserId ?? null,
            targetKind: r.targetKind,
            targetId: r.targetId,
            before: redactPersonal(r.before),
            after: redactPersonal(r.after),
            requestId: base.requestId,
          });
        }
        return result;
      });
    }
    for (const task of afterCommit) await task();
    if (opts.checkOutput) {
      const checked = op.output.safeParse(output);
      if (!checked.success) {
        throw new Error(
          `operation ${op.name} answered outside its output schema: ${JSON.stringify(checked.error.issues)}`,
        );
      }
    }
    return output;
  }

  return { execute, now };
}
