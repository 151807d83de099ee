/**
 * Evidence an assessor attaches to a candidate's practical assessment: a photo or a document,
 * at most 10 MB, its kind read from its bytes (a file that is none of the accepted kinds is
 * refused whatever its name says), stored with its SHA-256, downloaded only by the people who
 * score, and deleted with an audit record.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { userIdOf } from '../../domain/access/actor.js';
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MEDIA_TYPES,
  evidenceFileName,
  sniffEvidenceType,
} from '../../domain/assessment/evidence-type.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  type EvidenceMeta,
  deleteEvidence,
  findEvidence,
  insertEvidence,
  listEvidence,
} from '../../storage/repositories/evidence.repository.js';
import { byOrg, orgParam } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { fileOutputSchema } from '../operations/file-output.js';
import { defineOperation } from '../operations/operation.js';
import type { AssessmentDeps } from './assessment-deps.js';
import { loadCandidate, missing, requireSessionAssessor, specTasks } from './scoring-context.js';

const candidateParam = orgParam.extend({ candidateId: uuidSchema });

export const evidenceSchema = z
  .object({
    id: z.string(),
    taskId: z.string().nullable(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string().meta({ description: 'SHA-256 of the bytes, hex' }),
    uploadedAt: z.string(),
  })
  .strict()
  .meta({ id: 'Evidence' });

export const evidenceView = (e: EvidenceMeta) => ({
  id: e.id,
  taskId: e.taskId,
  fileName: e.fileName,
  mediaType: e.mediaType,
  sizeBytes: e.sizeBytes,
  sha256: e.sha256,
  uploadedAt: e.uploadedAt.toISOString(),
});

/** The upload as the HTTP adapter reads it: the bytes, and the name a form gave (null for a raw body). */
export const uploadSchema = z
  .object({
    name: z.string().max(1000).nullable(),
    bytes: z.instanceof(Uint8Array).meta({ type: 'string', format: 'binary' } as never),
  })
  .strict();

export const EVIDENCE_ACCEPT = EVIDENCE_MEDIA_TYPES.join(', ');

export function evidenceOperations(_deps: AssessmentDeps) {
  const list = defineOperation({
    name: 'evidence.list',
    summary: 'The evidence files attached to a candidate (names, kinds, sizes, SHA-256)',
    input: candidateParam,
    output: z.object({ evidence: z.array(evidenceSchema) }).strict(),
    action: 'assessment.score',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await loadCandidate(ctx.db, input.orgId, input.candidateId);
      return { evidence: (await listEvidence(ctx.db, input.orgId, input.candidateId)).map(evidenceView) };
    },
  });

  const upload = defineOperation({
    name: 'evidence.upload',
    summary:
      'Attach a photo or document to a candidate’s practical assessment (10 MB at most, kind read from the bytes)',
    input: candidateParam.extend({
      taskId: uuidSchema.optional(),
      fileName: z.string().trim().max(200).optional(),
      file: uploadSchema,
    }),
    output: evidenceSchema,
    action: 'assessment.score',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.evidence-added',
    run: async (input, ctx) => {
      const candidate = await loadCandidate(ctx.db, input.orgId, input.candidateId);
      await requireSessionAssessor(ctx, candidate);
      const { bytes } = input.file;
      if (bytes.byteLength === 0) throw new AppError('validation_failed', 'The file is empty.');
      if (bytes.byteLength > EVIDENCE_MAX_BYTES)
        throw new AppError('validation_failed', 'An evidence file is 10 MB at most.');
      const type = sniffEvidenceType(bytes);
      if (!type)
        throw new AppError(
          'validation_failed',
          'This file is not a photo (JPEG, PNG, WebP, HEIC) or a document (PDF, DOCX) by its content, whatever its name says.',
          [{ path: 'file', message: 'not an accepted kind of file' }],
        );
      if (input.taskId && !(await specTasks(ctx.db, input.orgId, candidate.spec)).some((t) => t.id === input.taskId))
        throw new AppError('validation_failed', 'The specification has no such practical task.', [
          { path: 'taskId', message: 'not a task of this specification' },
        ]);
      const meta: EvidenceMeta = {
        id: crypto.randomUUID(),
        candidateId: candidate.id,
        taskId: input.taskId ?? null,
        fileName: evidenceFileName(input.file.name ?? input.fileName, type),
        mediaType: type,
        sizeBytes: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        uploadedBy: userIdOf(ctx.actor),
        uploadedAt: ctx.now,
      };
      await insertEvidence(ctx.db, { ...meta, orgId: input.orgId, bytes });
      ctx.audit({
        targetKind: 'assessment-evidence',
        targetId: meta.id,
        orgId: input.orgId,
        after: {
          candidateId: candidate.id,
          taskId: meta.taskId,
          mediaType: type,
          sizeBytes: meta.sizeBytes,
          sha256: meta.sha256,
        },
      });
      return evidenceView(meta);
    },
  });

  const download = defineOperation({
    name: 'evidence.download',
    summary: 'Download one evidence file, as uploaded',
    input: candidateParam.extend({ evidenceId: uuidSchema }),
    output: fileOutputSchema,
    action: 'assessment.score',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const found = await findEvidence(ctx.db, input.orgId, input.candidateId, input.evidenceId);
      if (!found) throw missing();
      return { file: { contentType: found.mediaType, filename: found.fileName, body: new Uint8Array(found.bytes) } };
    },
  });

  const remove = defineOperation({
    name: 'evidence.delete',
    summary: 'Delete one evidence file (audited with its hash)',
    input: candidateParam.extend({ evidenceId: uuidSchema }),
    output: z.object({ deleted: z.literal(true) }).strict(),
    action: 'assessment.score',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.evidence-deleted',
    run: async (input, ctx) => {
      const candidate = await loadCandidate(ctx.db, input.orgId, input.candidateId);
      await requireSessionAssessor(ctx, candidate);
      const found = (await listEvidence(ctx.db, input.orgId, input.candidateId)).find((e) => e.id === input.evidenceId);
      if (!found || !(await deleteEvidence(ctx.db, input.orgId, input.candidateId, input.evidenceId))) throw missing();
      ctx.audit({
        targetKind: 'assessment-evidence',
        targetId: found.id,
        orgId: input.orgId,
        before: { candidateId: candidate.id, taskId: found.taskId, mediaType: found.mediaType, sha256: found.sha256 },
      });
      return { deleted: true as const };
    },
  });

  return { evidenceList: list, evidenceUpload: upload, evidenceDownload: download, evidenceDelete: remove };
}
