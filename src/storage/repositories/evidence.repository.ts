/**
 * Evidence files an assessor attaches to a candidate (a photo of the work, a document): stored
 * with their SHA-256 so anyone can check a copy against what was uploaded. The list never reads
 * the bytes; only the download does.
 */
import type { Executor } from './edition.repository.js';

export type EvidenceMeta = {
  id: string;
  candidateId: string;
  taskId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: Date;
};

const META = [
  'id',
  'candidate_id',
  'task_id',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'uploaded_by',
  'uploaded_at',
] as const;

type MetaRaw = {
  id: string;
  candidate_id: string;
  task_id: string | null;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: Date | string;
};

const toMeta = (r: MetaRaw): EvidenceMeta => ({
  id: r.id,
  candidateId: r.candidate_id,
  taskId: r.task_id,
  fileName: r.file_name,
  mediaType: r.media_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  uploadedBy: r.uploaded_by,
  uploadedAt: new Date(r.uploaded_at),
});

export async function insertEvidence(
  db: Executor,
  e: EvidenceMeta & { orgId: string; bytes: Uint8Array },
): Promise<void> {
  await db
    .insertInto('assessment_evidence')
    .values({
      org_id: e.orgId,
      id: e.id,
      candidate_id: e.candidateId,
      task_id: e.taskId,
      file_name: e.fileName,
      media_type: e.mediaType,
      size_bytes: e.sizeBytes,
      sha256: e.sha256,
      bytes: e.bytes,
      uploaded_by: e.uploadedBy,
      uploaded_at: e.uploadedAt,
    })
    .execute();
}

export async function listEvidence(db: Executor, orgId: string, candidateId: string): Promise<EvidenceMeta[]> {
  const rows = await db
    .selectFrom('assessment_evidence')
    .select(META)
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map(toMeta);
}

export async function findEvidence(
  db: Executor,
  orgId: string,
  candidateId: string,
  id: string,
): Promise<(EvidenceMeta & { bytes: Uint8Array }) | undefined> {
  const row = await db
    .selectFrom('assessment_evidence')
    .select([...META, 'bytes'])
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { ...toMeta(row), bytes: new Uint8Array(row.bytes) } : undefined;
}

export async function deleteEvidence(db: Executor, orgId: string, candidateId: string, id: string): Promise<boolean> {
  const out = await db
    .deleteFrom('assessment_evidence')
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(out.numDeletedRows) === 1;
}
