import { coverageReport } from '../../domain/programmes/coverage.js';
import { finaliseProblems, finaliseRefusal } from '../../domain/programmes/finalise.js';
import type { Programme, ProgrammeStatus } from '../../domain/programmes/programme.js';
import { AppError } from '../../domain/shared/errors.js';
import { byOrg } from '../accounts/org-scope.js';
import { type OperationContext, defineOperation } from '../operations/operation.js';
import { cardsOfContent, checkVersion, loadProgramme, programmeView, writeVersion } from './programme-core.js';
import type { ProgrammeDeps } from './programme-deps.js';
import { programmeParam, programmeSchema, programmeVersionSchema } from './programme-schemas.js';

const statusInput = programmeParam.extend({ version: programmeVersionSchema });

/** Moves the programme to `status` as a new version, audited with the status before and after. */
async function moveTo(
  ctx: OperationContext,
  stored: Programme,
  status: ProgrammeStatus,
  finalisedAt: Date | null | 'keep',
  summary: string[],
) {
  const next = await writeVersion(ctx, stored, {
    status,
    content: stored.content,
    finalisedAt,
    summary,
    before: { status: stored.status },
    after: { status },
  });
  return programmeView(next);
}

export function programmeStatusOperations(deps: ProgrammeDeps) {
  const finalise = defineOperation({
    name: 'programmes.finalise',
    summary: 'Mark a programme final; refused (422) while a required item is uncovered without a written exception',
    input: statusInput,
    output: programmeSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.finalised',
    run: async (input, ctx) => {
      const stored = await loadProgramme(ctx.db, input.orgId, input.programmeId);
      checkVersion(stored, input.version);
      if (stored.status !== 'draft')
        throw new AppError('conflict', `This programme is ${stored.status}; only a draft can be marked final.`);
      const { cards, errors } = await cardsOfContent(deps, ctx.db, stored.content);
      if (errors.length > 0)
        throw new AppError(
          'unprocessable',
          `The programme cannot be marked final: ${errors.map((e) => e.message).join('; ')}.`,
          errors,
        );
      const problems = finaliseProblems(coverageReport(stored.content, cards));
      if (problems.length > 0)
        throw new AppError(
          'unprocessable',
          finaliseRefusal(problems),
          problems.map(({ path, message }) => ({ path, message })),
        );
      return moveTo(ctx, stored, 'final', ctx.now, ['finalised']);
    },
  });

  const reopen = defineOperation({
    name: 'programmes.reopen',
    summary: 'Return a final or archived programme to draft, so it can be changed',
    input: statusInput,
    output: programmeSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.reopened',
    run: async (input, ctx) => {
      const stored = await loadProgramme(ctx.db, input.orgId, input.programmeId);
      checkVersion(stored, input.version);
      if (stored.status === 'draft') throw new AppError('conflict', 'This programme is already a draft.');
      return moveTo(ctx, stored, 'draft', null, [`reopened (was ${stored.status})`]);
    },
  });

  const archive = defineOperation({
    name: 'programmes.archive',
    summary: 'Archive a programme: it leaves the default list and can be reopened; nothing is deleted',
    input: statusInput,
    output: programmeSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.archived',
    run: async (input, ctx) => {
      const stored = await loadProgramme(ctx.db, input.orgId, input.programmeId);
      checkVersion(stored, input.version);
      if (stored.status === 'archived') throw new AppError('conflict', 'This programme is already archived.');
      // An archived final programme keeps the date it was handed in.
      return moveTo(ctx, stored, 'archived', 'keep', ['archived']);
    },
  });

  return { finalise, reopen, archive };
}
