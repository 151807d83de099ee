/**
 * The audit trail: append and read, nothing else. There is deliberately no update or delete
 * here, and the database refuses them too (migration 0003's trigger).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from './edition.repository.js';

export type AuditEventInsert = {
  actorKind: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  operation: string;
  event: string;
  orgId: string | null;
  subjectUserId: string | null;
  targetKind: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
};

export async function appendAuditEvent(ex: Executor, e: AuditEventInsert): Promise<string> {
  const id = randomUUID();
  await ex
    .insertInto('audit_event')
    .values({
      id,
      actor_kind: e.actorKind,
      actor_user_id: e.actorUserId,
      actor_token_id: e.actorTokenId,
      operation: e.operation,
      event: e.event,
      org_id: e.orgId,
      subject_user_id: e.subjectUserId,
      target_kind: e.targetKind,
      target_id: e.targetId,
      before: e.before === null ? null : JSON.stringify(e.before),
      after: e.after === null ? null : JSON.stringify(e.after),
      request_id: e.requestId,
    })
    .execute();
  return id;
}

export type AuditEventRow = {
  seq: string;
  id: string;
  at: Date;
  actorKind: string;
  actorUserId: string | null;
  actorLabel: string | null;
  actorTokenId: string | null;
  operation: string;
  event: string;
  orgId: string | null;
  subjectUserId: string | null;
  subjectLabel: string | null;
  targetKind: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
};

export type AuditFilter = {
  orgId?: string | undefined;
  /** From this moment on (inclusive). */
  from?: Date | undefined;
  /** Before this moment (exclusive). */
  to?: Date | undefined;
  operation?: string | undefined;
  event?: string | undefined;
  actorUserId?: string | undefined;
  subjectUserId?: string | undefined;
  /** Events by this user or about them (a person's own data export). */
  involvingUserId?: string | undefined;
};

/**
 * Events newest first, older than the `beforeSeq` cursor. People are named through their
 * account at read time, so an erased account shows its pseudonym (its display name; its email
 * is a placeholder) in every event that mentions it, and no old event keeps the real name.
 */
export async function listAuditEvents(
  ex: Executor,
  filter: AuditFilter & { beforeSeq?: string | undefined; limit: number },
): Promise<AuditEventRow[]> {
  const label = (alias: 'a' | 's') =>
    sql<
      string | null
    >`case when ${sql.ref(`${alias}.status`)} = 'erased' then ${sql.ref(`${alias}.display_name`)} else ${sql.ref(`${alias}.email`)} end`;
  let query = ex
    .selectFrom('audit_event as e')
    .leftJoin('user_account as a', 'a.id', 'e.actor_user_id')
    .leftJoin('user_account as s', 's.id', 'e.subject_user_id')
    .select([
      'e.seq',
      'e.id',
      'e.at',
      'e.actor_kind',
      'e.actor_user_id',
      'e.actor_token_id',
      label('a').as('actor_label'),
      'e.operation',
      'e.event',
      'e.org_id',
      'e.subject_user_id',
      label('s').as('subject_label'),
      'e.target_kind',
      'e.target_id',
      'e.before',
      'e.after',
      'e.request_id',
    ])
    .orderBy('e.seq', 'desc')
    .limit(filter.limit);
  if (filter.orgId) query = query.where('e.org_id', '=', filter.orgId);
  if (filter.from) query = query.where('e.at', '>=', filter.from);
  if (filter.to) query = query.where('e.at', '<', filter.to);
  if (filter.operation) query = query.where('e.operation', '=', filter.operation);
  if (filter.event) query = query.where('e.event', '=', filter.event);
  if (filter.actorUserId) query = query.where('e.actor_user_id', '=', filter.actorUserId);
  if (filter.subjectUserId) query = query.where('e.subject_user_id', '=', filter.subjectUserId);
  const involving = filter.involvingUserId;
  if (involving) {
    query = query.where((w) => w.or([w('e.actor_user_id', '=', involving), w('e.subject_user_id', '=', involving)]));
  }
  if (filter.beforeSeq) query = query.where('e.seq', '<', filter.beforeSeq);
  const rows = await query.execute();
  return rows.map((r) => ({
    seq: String(r.seq),
    id: r.id,
    at: new Date(r.at),
    actorKind: r.actor_kind,
    actorUserId: r.actor_user_id,
    actorLabel: r.actor_label,
    actorTokenId: r.actor_token_id,
    operation: r.operation,
    event: r.event,
    orgId: r.org_id,
    subjectUserId: r.subject_user_id,
    subjectLabel: r.subject_label,
    targetKind: r.target_kind,
    targetId: r.target_id,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
  }));
}
