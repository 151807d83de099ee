/**
 * Practical scoring, evidence, decisions, appeals, a session's results and its item analysis
 * over HTTP, under an organisation. Evidence is uploaded as the raw file (any of the accepted
 * media types, or application/octet-stream) or as a browser form (multipart/form-data): either
 * way the bytes are bounded before they are read, and the operation decides the kind from them.
 */
import { EVIDENCE_MAX_BYTES, EVIDENCE_MEDIA_TYPES, multipartFile } from '../../domain/assessment/evidence-type.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

const ORG = '/v1/orgs/{orgId}';
const CANDIDATE = `${ORG}/candidates/{candidateId}`;
const SESSION = `${ORG}/assessment/sessions/{sessionId}`;
const tags = { scoring: ['Practical scoring'], decisions: ['Decisions'], analysis: ['Psychometrics'] };

/** A form's boundaries and part headers around the file: generous, still bounded. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const rawFile = { read: async (bytes: Uint8Array) => ({ name: null, bytes }) };
const formFile = {
  read: async (bytes: Uint8Array) => {
    const file = multipartFile(bytes);
    if (!file)
      throw new AppError('validation_failed', 'The form has no file part (send it as a field with a filename).', [
        { path: 'body', message: 'no file in the form' },
      ]);
    return file;
  },
};

export function decisionRoutes(ops: Operations, _publicUrl: string): HttpBinding[] {
  const { scoring, decisions } = ops;
  return [
    bind({ op: scoring.get, method: 'get', path: `${CANDIDATE}/scoring`, tags: tags.scoring }),
    bind({
      op: scoring.save,
      method: 'put',
      path: `${CANDIDATE}/scoring/{taskId}`,
      tags: tags.scoring,
      description:
        'Body: `{version, marks: {criterionId: "met" | "not-met" | null}, note}`. `version` is the task’s version from the sheet (0 before the first save); a newer one answers 409. Unmarked criteria count as not met in the results.',
    }),
    bind({ op: scoring.evidenceList, method: 'get', path: `${CANDIDATE}/evidence`, tags: tags.scoring }),
    bind({
      op: scoring.evidenceUpload,
      method: 'post',
      path: `${CANDIDATE}/evidence`,
      tags: tags.scoring,
      status: 201,
      description: `Body: the file itself (${EVIDENCE_MEDIA_TYPES.join(', ')} or application/octet-stream; \`fileName\` in the query names it), or a form (multipart/form-data) with one file field. At most 10 MB. The kind is read from the bytes: a file that is none of these is refused whatever its name or Content-Type says. Optional \`taskId\` ties it to a practical task.`,
      body: {
        field: 'file',
        maxBytes: EVIDENCE_MAX_BYTES + FORM_OVERHEAD_BYTES,
        formats: {
          'application/octet-stream': rawFile,
          ...Object.fromEntries(EVIDENCE_MEDIA_TYPES.map((type) => [type, rawFile])),
          'multipart/form-data': formFile,
        },
      },
    }),
    bind({
      op: scoring.evidenceDownload,
      method: 'get',
      path: `${CANDIDATE}/evidence/{evidenceId}`,
      tags: tags.scoring,
      files: [...EVIDENCE_MEDIA_TYPES],
      description: 'The file as uploaded, always as an attachment (never shown in the page), with its own media type.',
    }),
    bind({
      op: scoring.evidenceDelete,
      method: 'delete',
      path: `${CANDIDATE}/evidence/{evidenceId}`,
      tags: tags.scoring,
    }),
    bind({ op: decisions.get, method: 'get', path: `${CANDIDATE}/decision`, tags: tags.decisions, language: true }),
    bind({
      op: decisions.record,
      method: 'put',
      path: `${CANDIDATE}/decision`,
      tags: tags.decisions,
      language: true,
      description:
        'Body: `{version, outcome, reason?, commission?, decidedOn?}`. The commission defaults to the session’s; one member must be the chair. An outcome against the recommendation needs `reason`. 409 once a certificate was issued on the decision, or while an appeal is pending.',
    }),
    bind({
      op: decisions.appealLodge,
      method: 'post',
      path: `${CANDIDATE}/appeals`,
      tags: tags.decisions,
      status: 201,
      language: true,
    }),
    bind({
      op: decisions.appealResolve,
      method: 'put',
      path: `${CANDIDATE}/appeals/{appealId}`,
      tags: tags.decisions,
      language: true,
      description: 'Upheld: the decision is removed (the audit trail keeps it) and the commission records a new one.',
    }),
    bind({
      op: decisions.results,
      method: 'get',
      path: `${SESSION}/results`,
      tags: tags.decisions,
      language: true,
    }),
    bind({
      op: decisions.psychometrics,
      method: 'get',
      path: `${SESSION}/psychometrics`,
      tags: tags.analysis,
    }),
    bind({
      op: decisions.sendToReview,
      method: 'post',
      path: `${SESSION}/psychometrics/review`,
      tags: tags.analysis,
      description: 'Sends the flagged items (or the listed ones among them) back to draft; body `{itemIds?}`.',
    }),
  ];
}
