/**
 * Attestation under Order No. 210: each organisation's numbers, its commissions, the schedule
 * (due in 30, 60, 90 days, overdue), and one attestation through its stages — testing, interview,
 * the commission's decision, an appeal. The protocol and the calendar are rendered from these
 * answers by the HTTP layer (file formats live outside the services).
 */
import { z } from 'zod';
import { attestationPolicySchema } from '../../domain/hr/attestation-policy.js';
import {
  type AttestationState,
  StageError,
  appealSchema,
  cancel,
  decide,
  decisionSchema,
  interviewSchema,
  recordAppeal,
  recordInterview,
  recordTesting,
  testingSchema,
} from '../../domain/hr/attestation-stages.js';
import { isoDateSchema } from '../../domain/hr/staff-record.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  attestationsOf,
  findAttestation,
  findCommission,
  insertAttestation,
  insertCommission,
  listCommissions,
  updateCommission,
  writePolicy,
} from '../../storage/repositories/attestation.repository.js';
import { allStaff, findStaff } from '../../storage/repositories/staff.repository.js';
import { categoriesOf } from '../../storage/repositories/staff-category.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import { lastDecisions, missing, policyOf, staleVersion, todayOf, windowOf } from './hr-context.js';
import { applyStage, saveStage } from './attestation-step.js';
import { attestationSchema, langInput, versionSchema, windowSchema } from './schemas.js';
import { attestationView } from './views.js';

const commissionInput = z.object({
  name: z.string().trim().min(2).max(200),
  chair: z.string().trim().min(2).max(200),
  secretary: z.string().trim().min(2).max(200).nullable().default(null),
  members: z
    .array(z.string().trim().min(2).max(200))
    .min(2, 'a commission has at least two members besides the chair')
    .max(30),
});
const commissionSchema = commissionInput.extend({ id: z.string(), version: z.number() }).meta({ id: 'Commission' });

const attestationParam = orgParam.extend({ attestationId: uuidSchema });

/** One step of an attestation; `stage` says which. */
export const stepSchema = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('testing'), testing: testingSchema }),
  z.object({ stage: z.literal('interview'), interview: interviewSchema }),
  z.object({ stage: z.literal('decision'), decision: decisionSchema, commissionId: uuidSchema.optional() }),
  z.object({ stage: z.literal('appeal'), appeal: appealSchema }),
  z.object({ stage: z.literal('cancel') }),
]);

const scheduleEntry = z.object({
  staffId: z.string(),
  personnelNo: z.string(),
  fullName: z.string(),
  position: z.object({ title: z.string().optional(), cardCode: z.string(), level: z.number() }),
  category: z.string().nullable(),
  window: windowSchema,
  /** The attestation already scheduled and not yet decided, if any. */
  open: z.object({ id: z.string(), scheduledOn: z.string(), stage: z.string() }).nullable(),
});

export function attestationOperations() {
  const policyGet = defineOperation({
    name: 'attestation.policy.get',
    summary: "The organisation's attestation numbers (Order No. 210 defaults until changed)",
    input: orgParam,
    output: attestationPolicySchema.meta({ id: 'AttestationPolicy' }),
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      return policyOf(ctx.db, input.orgId);
    },
  });

  const policySet = defineOperation({
    name: 'attestation.policy.set',
    summary: "Change the organisation's attestation numbers",
    input: orgParam.extend({ policy: attestationPolicySchema }),
    output: attestationPolicySchema,
    action: 'attestation.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'attestation.policy-changed',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const before = await policyOf(ctx.db, input.orgId);
      await writePolicy(ctx.db, input.orgId, input.policy, ctx.now);
      ctx.audit({
        targetKind: 'attestation-policy',
        targetId: input.orgId,
        orgId: input.orgId,
        before,
        after: input.policy,
      });
      return input.policy;
    },
  });

  const commissions = defineOperation({
    name: 'attestation.commissions.list',
    summary: "The organisation's attestation commissions",
    input: orgParam,
    output: z.object({ commissions: z.array(commissionSchema) }),
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      return { commissions: await listCommissions(ctx.db, input.orgId) };
    },
  });

  const commissionSave = defineOperation({
    name: 'attestation.commissions.save',
    summary: 'Create a commission, or change one (with the version you read)',
    input: orgParam.extend({
      commission: commissionInput.extend({ id: uuidSchema.optional(), version: versionSchema.optional() }),
    }),
    output: commissionSchema,
    action: 'attestation.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'attestation.commission-saved',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const { id, version, ...fields } = input.commission;
      let saved: Awaited<ReturnType<typeof insertCommission>> | undefined;
      if (id) {
        const before = await findCommission(ctx.db, input.orgId, id);
        if (!before) throw missing();
        if (version === undefined || before.version !== version) throw staleVersion(before.version);
        saved = await updateCommission(ctx.db, input.orgId, { id, ...fields }, version);
        if (!saved) throw staleVersion(undefined);
      } else {
        saved = await insertCommission(ctx.db, input.orgId, { id: crypto.randomUUID(), ...fields }, ctx.now);
      }
      ctx.audit({
        targetKind: 'commission',
        targetId: saved.id,
        orgId: input.orgId,
        after: { version: saved.version },
      });
      return { ...saved, secretary: saved.secretary };
    },
  });

  const schedule = defineOperation({
    name: 'attestation.schedule',
    summary: 'Who is due for attestation: overdue, and due within 30, 60 or 90 days',
    input: orgParam.extend({
      within: z.coerce
        .number()
        .int()
        .refine((d) => [30, 60, 90].includes(d), 'within is 30, 60 or 90')
        .default(90),
    }),
    output: z.object({
      today: z.string(),
      within: z.number(),
      counts: z.object({ overdue: z.number(), d30: z.number(), d60: z.number(), d90: z.number(), onLeave: z.number() }),
      overdue: z.array(scheduleEntry),
      due: z.array(scheduleEntry),
      onLeave: z.array(scheduleEntry),
    }),
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const today = todayOf(ctx.now);
      const [staff, policy, attestations, stored] = await Promise.all([
        allStaff(ctx.db, input.orgId),
        policyOf(ctx.db, input.orgId),
        attestationsOf(ctx.db, input.orgId),
        categoriesOf(ctx.db, input.orgId),
      ]);
      const last = lastDecisions(attestations);
      const category = new Map(stored.map((s) => [s.staffId, s.category]));
      const open = new Map(
        attestations
          .filter((a) => a.stage !== 'decided' && a.stage !== 'cancelled')
          .map((a) => [a.staffId, { id: a.id, scheduledOn: a.scheduledOn, stage: a.stage }]),
      );
      const entries = staff.map((row) => ({
        staffId: row.id,
        personnelNo: row.record.personnelNo,
        fullName: row.record.fullName,
        position: {
          title: row.record.position.title,
          cardCode: row.record.position.cardCode,
          level: row.record.position.level,
        },
        category: category.get(row.id) ?? null,
        window: windowOf(row, last.get(row.id), policy, today),
        open: open.get(row.id) ?? null,
      }));
      const active = entries.filter((e) => e.window.status !== 'on-leave');
      const within = (days: number) =>
        active.filter((e) => e.window.daysUntilDue >= 0 && e.window.daysUntilDue <= days);
      const byDue = (a: (typeof entries)[number], b: (typeof entries)[number]) =>
        a.window.daysUntilDue - b.window.daysUntilDue;
      return {
        today,
        within: input.within,
        counts: {
          overdue: active.filter((e) => e.window.status === 'overdue').length,
          d30: within(30).length,
          d60: within(60).length,
          d90: within(90).length,
          onLeave: entries.length - active.length,
        },
        overdue: active.filter((e) => e.window.status === 'overdue').sort(byDue),
        due: within(input.within).sort(byDue),
        onLeave: entries.filter((e) => e.window.status === 'on-leave'),
      };
    },
  });

  const create = defineOperation({
    name: 'attestation.create',
    summary: 'Schedule an attestation for a person',
    input: orgParam.extend({
      staffId: uuidSchema,
      scheduledOn: isoDateSchema,
      commissionId: uuidSchema.nullable().default(null),
      protocolNo: z.string().trim().min(1).max(40).nullable().default(null),
    }),
    output: attestationSchema,
    action: 'attestation.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'attestation.scheduled',
    run: async (input, ctx) => {
      const staff = await findStaff(ctx.db, input.orgId, input.staffId);
      if (!staff) throw missing();
      if (input.commissionId && !(await findCommission(ctx.db, input.orgId, input.commissionId)))
        throw new AppError('validation_failed', 'There is no such commission.', [
          { path: 'commissionId', message: 'unknown commission' },
        ]);
      const open = (await attestationsOf(ctx.db, input.orgId, [staff.id])).find(
        (a) => a.stage !== 'decided' && a.stage !== 'cancelled',
      );
      if (open)
        throw new AppError(
          'conflict',
          `An attestation scheduled for ${open.scheduledOn} is still open; finish or cancel it first.`,
        );
      const state: AttestationState = {
        stage: 'scheduled',
        scheduledOn: input.scheduledOn,
        testing: null,
        interview: null,
        decision: null,
        appeal: null,
      };
      const row = await insertAttestation(ctx.db, {
        orgId: input.orgId,
        id: crypto.randomUUID(),
        staffId: staff.id,
        commissionId: input.commissionId,
        protocolNo: input.protocolNo,
        state,
        at: ctx.now,
      });
      ctx.audit({
        targetKind: 'attestation',
        targetId: row.id,
        orgId: input.orgId,
        subjectUserId: staff.userId,
        after: { staffId: staff.id, scheduledOn: input.scheduledOn },
      });
      return attestationView(row);
    },
  });

  const record = defineOperation({
    name: 'attestation.record',
    summary: 'Record a stage: testing, interview, the commission’s decision, an appeal, or cancel',
    input: attestationParam.extend({ version: versionSchema, step: stepSchema, ...langInput }),
    output: attestationSchema,
    action: 'attestation.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'attestation.stage-recorded',
    run: async (input, ctx) => {
      const before = await findAttestation(ctx.db, input.orgId, input.attestationId);
      if (!before) throw missing();
      if (before.version !== input.version) throw staleVersion(before.version);
      const policy = await policyOf(ctx.db, input.orgId);
      const step = input.step;
      let commissionId: string | undefined;
      const next = await applyStage(
        async (): Promise<AttestationState> => {
          if (step.stage === 'testing') return recordTesting(before, step.testing, policy);
          if (step.stage === 'interview') return recordInterview(before, step.interview);
          if (step.stage === 'decision') {
            commissionId = step.commissionId ?? before.commissionId ?? undefined;
            if (!commissionId) throw new StageError('commission-required', 'commissionId');
            if (!(await findCommission(ctx.db, input.orgId, commissionId))) throw missing();
            return decide(before, step.decision, policy);
          }
          if (step.stage === 'appeal') return recordAppeal(before, step.appeal);
          return cancel(before);
        },
        'step',
        input.lang,
      );
      const row = await saveStage(
        ctx,
        before,
        { orgId: input.orgId, version: input.version, state: next, commissionId },
        {
          step: step.stage,
          ...(next.decision ? { outcome: next.decision.outcome, category: next.decision.category } : {}),
        },
      );
      return attestationView(row);
    },
  });

  return { policyGet, policySet, commissions, commissionSave, schedule, create, record };
}
