/**
 * What every way of recording an attestation stage shares, whether HR types the step in or it
 * is taken from an online test: the rules' refusal in the caller's language, and the stored
 * state written under the version read, with the audit event naming the person it is about.
 */
import type { AttestationState } from '../../domain/hr/attestation-stages.js';
import { StageError } from '../../domain/hr/attestation-stages.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/localize.js';
import { type AttestationRow, updateAttestation } from '../../storage/repositories/attestation.repository.js';
import { findStaff } from '../../storage/repositories/staff.repository.js';
import type { OperationContext } from '../operations/operation.js';
import { staleVersion } from './hr-context.js';
import { stageMessage } from './stage-messages.js';

/** Runs a stage rule; a refusal becomes a field error at `pathPrefix.<field>`, in `lang`. */
export async function applyStage<T>(rule: () => T | Promise<T>, pathPrefix: string, lang: Lang): Promise<T> {
  try {
    return await rule();
  } catch (error) {
    if (error instanceof StageError)
      throw new AppError('validation_failed', stageMessage(error.problem, lang), [
        { path: `${pathPrefix}.${error.path}`, message: stageMessage(error.problem, lang) },
      ]);
    throw error;
  }
}

/** Stores the next state if `version` is still current, and audits it (`after` adds to stage and version). */
export async function saveStage(
  ctx: OperationContext,
  before: AttestationRow,
  change: { orgId: string; version: number; state: AttestationState; commissionId?: string | undefined },
  after: Record<string, unknown>,
): Promise<AttestationRow> {
  const row = await updateAttestation(ctx.db, {
    orgId: change.orgId,
    id: before.id,
    expectedVersion: change.version,
    state: change.state,
    ...(change.commissionId ? { commissionId: change.commissionId } : {}),
    at: ctx.now,
  });
  if (!row) throw staleVersion(undefined);
  const staff = await findStaff(ctx.db, change.orgId, row.staffId);
  ctx.audit({
    targetKind: 'attestation',
    targetId: row.id,
    orgId: change.orgId,
    subjectUserId: staff?.userId ?? null,
    before: { stage: before.stage, version: before.version },
    after: { stage: row.stage, version: row.version, ...after },
  });
  return row;
}
