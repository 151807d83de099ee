/** The shapes the HR operations take and answer. */
import { z } from 'zod';
import { STAGES } from '../../domain/hr/attestation-stages.js';
import { staffRecordSchema } from '../../domain/hr/staff-record.js';
import { categories } from '../../domain/standard/schemas.js';
import { orgParam } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { langSchema } from '../analysis/schemas/common.js';

export const staffRecordOut = staffRecordSchema.meta({ id: 'StaffRecord' });

export const staffParam = orgParam.extend({ staffId: uuidSchema });
export const versionSchema = z.coerce
  .number({ error: 'version is the number the record was read at' })
  .int()
  .min(1)
  .meta({ description: 'The version you read (the ETag); a newer one answers 409', example: 1 });

export const langInput = { lang: langSchema.default('kk') };

export const categoryStatusSchema = z.enum(['assigned', 'not-met', 'no-requirements', 'no-card']);
export const stalenessSchema = z.enum([
  'current',
  'edition-changed',
  'rules-changed',
  'card-removed',
  'position-changed',
]);

export const storedCategorySchema = z
  .object({
    status: categoryStatusSchema,
    category: z.enum(categories).nullable(),
    asOf: z.string(),
    computedAt: z.string(),
    editionId: z.string(),
    staleness: stalenessSchema,
    /** The engine's answer in the asked language: which rule matched and what is missing. */
    summary: z.string(),
    result: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'StoredCategory' });

export const windowSchema = z
  .object({
    earliest: z.string(),
    due: z.string(),
    status: z.enum(['not-yet-eligible', 'on-leave', 'scheduled-later', 'due-soon', 'overdue']),
    daysUntilDue: z.number(),
    reasons: z.array(z.object({ rule: z.string(), date: z.string() })),
  })
  .meta({ id: 'AttestationWindow' });

export const staffSummarySchema = z
  .object({
    id: z.string(),
    personnelNo: z.string(),
    fullName: z.string(),
    position: z.object({ title: z.string().optional(), cardCode: z.string(), level: z.number(), since: z.string() }),
    category: storedCategorySchema.nullable(),
    attestation: windowSchema,
    linkedUser: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'StaffSummary' });

export const attestationSchema = z
  .object({
    id: z.string(),
    staffId: z.string(),
    commissionId: z.string().nullable(),
    protocolNo: z.string().nullable(),
    scheduledOn: z.string(),
    stage: z.enum(STAGES),
    testing: z.record(z.string(), z.unknown()).nullable(),
    interview: z.record(z.string(), z.unknown()).nullable(),
    decision: z.record(z.string(), z.unknown()).nullable(),
    appeal: z.record(z.string(), z.unknown()).nullable(),
    version: z.number(),
  })
  .meta({ id: 'Attestation' });

export const planItemSchema = z.object({
  id: z.string(),
  position: z.number(),
  title: z.string(),
  kind: z.enum(['course', 'mentoring', 'self-study', 'work-placement']),
  itemIds: z.array(z.string()),
  provider: z.string().nullable(),
  hours: z.number().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(['planned', 'in-progress', 'done', 'dropped']),
  completedOn: z.string().nullable(),
});

export const planSchema = z
  .object({
    id: z.string(),
    staffId: z.string(),
    title: z.string(),
    target: z.object({ code: z.string(), level: z.number() }),
    editionId: z.string(),
    basis: z.record(z.string(), z.unknown()),
    status: z.enum(['active', 'completed', 'cancelled']),
    version: z.number(),
    createdAt: z.string(),
    items: z.array(planItemSchema),
  })
  .meta({ id: 'DevelopmentPlan' });

export const staffDetailSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    record: staffRecordOut,
    version: z.number(),
    linkedUserId: z.string().nullable(),
    category: storedCategorySchema.nullable(),
    /** Years held in each category today, computed from the dated periods. */
    years: z.array(z.object({ category: z.enum(categories), years: z.number() })),
    attestation: windowSchema,
    attestations: z.array(attestationSchema),
    plans: z.array(planSchema),
    updatedAt: z.string(),
  })
  .meta({ id: 'StaffDetail' });
