/**
 * A programme's history: every version is kept as a revision (who saved it, when, what changed),
 * and any revision's document can be read back, to compare or to restore by saving it again.
 */
import { z } from 'zod';
import { findRevision, listRevisions } from '../../storage/repositories/programme.repository.js';
import { byOrg } from '../accounts/org-scope.js';
import { defineOperation } from '../operations/operation.js';
import { loadProgramme, programmeMissing } from './programme-core.js';
import { programmeParam, programmeSchema, programmeVersionSchema, revisionSchema } from './programme-schemas.js';

export function programmeHistoryOperations() {
  const revisions = defineOperation({
    name: 'programmes.revisions',
    summary: "The programme's revisions, newest first: who saved each, when, and what changed",
    input: programmeParam,
    output: z.object({ revisions: z.array(revisionSchema) }),
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await loadProgramme(ctx.db, input.orgId, input.programmeId);
      return { revisions: await listRevisions(ctx.db, input.orgId, input.programmeId) };
    },
  });

  const revision = defineOperation({
    name: 'programmes.revision',
    summary: 'One revision of a programme, as it was saved (restore it by saving its document)',
    input: programmeParam.extend({ version: programmeVersionSchema }),
    output: programmeSchema,
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const programme = await loadProgramme(ctx.db, input.orgId, input.programmeId);
      const found = await findRevision(ctx.db, input.orgId, input.programmeId, input.version);
      if (!found) throw programmeMissing();
      // The programme as it stood at that version: its status and document then, saved at that time.
      return {
        id: programme.id,
        status: found.status,
        version: input.version,
        demo: programme.demo,
        createdAt: programme.createdAt,
        updatedAt: found.savedAt,
        // Only finalising writes a final revision, so its time is when the programme was marked final.
        finalisedAt: found.status === 'final' ? found.savedAt : null,
        content: found.content,
      };
    },
  });

  return { revisions, revision };
}
