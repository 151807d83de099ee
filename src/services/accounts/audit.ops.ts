/**
 * Reading the audit trail: an organisation's events for its org-admins, every event for
 * platform admins, as pages (newest first) or as a CSV/JSON file. Reads are not audited, and
 * nothing here can change an event: the repository has no update and the database refuses one.
 */
import { z } from 'zod';
import { stringifyCsv } from '../../domain/shared/csv.js';
import { AppError } from '../../domain/shared/errors.js';
import { type AuditEventRow, type AuditFilter, listAuditEvents } from '../../storage/repositories/audit.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { type FileOutput, fileOutputSchema } from '../operations/file-output.js';
import { defineOperation } from '../operations/operation.js';
import { requireOrg } from './org-scope.js';
import { auditEventSchema, iso, uuidSchema } from './schemas.js';

export const AUDIT_PAGE = { default: 50, max: 500 } as const;
/** An export is built in memory; past this many events the caller narrows it by date. */
export const AUDIT_EXPORT_MAX = 100_000;
const EXPORT_BATCH = 1_000;

const DAY_MS = 86_400_000;

/**
 * A moment as an ISO date-time with offset, or a calendar date (UTC). A date alone as `to`
 * covers that whole day, which is what someone typing "to 2026-03-31" means.
 */
const moment = (edge: 'from' | 'to') =>
  z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], {
      error: `${edge} is a date (2026-03-31) or a date-time with offset (2026-03-31T09:00:00+05:00)`,
    })
    .transform((v) => {
      const at = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
      return edge === 'to' && v.length === 10 ? new Date(at.getTime() + DAY_MS) : at;
    })
    .optional();

const name = z.string().trim().min(1).max(100).optional();

/** The filters both lists and both exports take (query parameters over HTTP). */
const filterShape = {
  from: moment('from'),
  to: moment('to'),
  operation: name,
  event: name,
  actorUserId: uuidSchema.optional(),
  subjectUserId: uuidSchema.optional(),
};
const pageShape = {
  /** The `nextCursor` of the previous page. */
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, 'this is not a cursor from a previous page')
    .optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1, `limit is from 1 to ${AUDIT_PAGE.max}`)
    .max(AUDIT_PAGE.max, `limit is from 1 to ${AUDIT_PAGE.max}`)
    .default(AUDIT_PAGE.default),
};
const exportShape = { format: z.enum(['csv', 'json'], { error: 'format is csv or json' }) };
const orgShape = { orgId: uuidSchema };
const anyOrgShape = { orgId: uuidSchema.optional() };

const pageSchema = z.object({ events: z.array(auditEventSchema), nextCursor: z.string().nullable() });

export function auditEventOut(e: AuditEventRow): z.infer<typeof auditEventSchema> {
  return {
    id: e.id,
    at: iso(e.at),
    actor: { kind: e.actorKind, userId: e.actorUserId, label: e.actorLabel },
    operation: e.operation,
    event: e.event,
    orgId: e.orgId,
    target: { kind: e.targetKind, id: e.targetId },
    subject: { userId: e.subjectUserId, label: e.subjectLabel },
    before: e.before,
    after: e.after,
    requestId: e.requestId,
  };
}

/** Only the filter's fields: the inputs also carry a cursor, a limit or a format. */
const filterOf = (i: AuditFilter): AuditFilter => ({
  orgId: i.orgId,
  from: i.from,
  to: i.to,
  operation: i.operation,
  event: i.event,
  actorUserId: i.actorUserId,
  subjectUserId: i.subjectUserId,
});

async function page(db: Executor, filter: AuditFilter, cursor: string | undefined, limit: number) {
  // One more than asked says whether there is a next page without counting.
  const rows = await listAuditEvents(db, { ...filter, beforeSeq: cursor, limit: limit + 1 });
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { events: shown.map(auditEventOut), nextCursor: rows.length > limit && last ? last.seq : null };
}

/** Every event matching the filter, newest first, read in batches; refuses more than AUDIT_EXPORT_MAX. */
export async function collectAuditEvents(db: Executor, filter: AuditFilter): Promise<AuditEventRow[]> {
  const all: AuditEventRow[] = [];
  let beforeSeq: string | undefined;
  for (;;) {
    const rows = await listAuditEvents(db, { ...filter, beforeSeq, limit: EXPORT_BATCH });
    all.push(...rows);
    if (all.length > AUDIT_EXPORT_MAX) {
      const message = `more than ${AUDIT_EXPORT_MAX} events match; narrow the export with from and to`;
      throw new AppError('validation_failed', message, [{ path: 'from', message }]);
    }
    if (rows.length < EXPORT_BATCH) return all;
    beforeSeq = rows.at(-1)?.seq;
  }
}

const CSV_HEADER = [
  'id',
  'at',
  'actorKind',
  'actorUserId',
  'actor',
  'actorTokenId',
  'operation',
  'event',
  'orgId',
  'targetKind',
  'targetId',
  'subjectUserId',
  'subject',
  'before',
  'after',
  'requestId',
];

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula; an email such as
 * "+cmd@…" is valid, so text cells get a leading apostrophe (OWASP's CSV-injection advice).
 */
const inert = (v: string | null) => (v && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
const json = (v: Record<string, unknown> | null) => (v ? JSON.stringify(v) : null);

function auditFile(rows: AuditEventRow[], format: 'csv' | 'json', scope: string, now: Date): FileOutput {
  const filename = `kasip-audit-${scope}-${iso(now).slice(0, 10)}.${format}`;
  if (format === 'json') {
    const body = `${JSON.stringify(rows.map(auditEventOut), null, 2)}\n`;
    return { file: { contentType: 'application/json; charset=utf-8', filename, body } };
  }
  const table = rows.map((e) => [
    e.id,
    iso(e.at),
    e.actorKind,
    e.actorUserId,
    inert(e.actorLabel),
    e.actorTokenId,
    e.operation,
    e.event,
    e.orgId,
    e.targetKind,
    inert(e.targetId),
    e.subjectUserId,
    inert(e.subjectLabel),
    json(e.before),
    json(e.after),
    e.requestId,
  ]);
  return { file: { contentType: 'text/csv; charset=utf-8', filename, body: stringifyCsv([CSV_HEADER, ...table]) } };
}

export function auditOperations() {
  const orgList = defineOperation({
    name: 'audit.org.list',
    summary: "An organisation's audit trail, newest first",
    input: z.object({ ...orgShape, ...filterShape, ...pageShape }),
    output: pageSchema,
    action: 'audit.read.org',
    resource: (input) => ({ orgId: input.orgId }),
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      return page(ctx.db, filterOf(input), input.cursor, input.limit);
    },
  });

  const allList = defineOperation({
    name: 'audit.all.list',
    summary: 'Every audit event (platform admins), newest first',
    input: z.object({ ...anyOrgShape, ...filterShape, ...pageShape }),
    output: pageSchema,
    action: 'audit.read.all',
    writes: false,
    cache: 'private',
    audit: null,
    run: (input, ctx) => page(ctx.db, filterOf(input), input.cursor, input.limit),
  });

  const orgExport = defineOperation({
    name: 'audit.org.export',
    summary: "An organisation's audit trail as a CSV or JSON file",
    input: z.object({ ...orgShape, ...filterShape, ...exportShape }),
    output: fileOutputSchema,
    action: 'audit.read.org',
    resource: (input) => ({ orgId: input.orgId }),
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      return auditFile(await collectAuditEvents(ctx.db, filterOf(input)), input.format, input.orgId, ctx.now);
    },
  });

  const allExport = defineOperation({
    name: 'audit.all.export',
    summary: 'Every audit event (platform admins) as a CSV or JSON file',
    input: z.object({ ...anyOrgShape, ...filterShape, ...exportShape }),
    output: fileOutputSchema,
    action: 'audit.read.all',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) =>
      auditFile(await collectAuditEvents(ctx.db, filterOf(input)), input.format, input.orgId ?? 'all', ctx.now),
  });

  return { orgList, allList, orgExport, allExport };
}
