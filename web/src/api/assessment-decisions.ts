/**
 * Practical scoring, evidence, decisions, appeals, a session's results and its item analysis
 * for the web pages: the generated types under short names and the calls, all through the typed
 * client (the evidence upload too: the file goes as the raw body, the server reads its kind
 * from the bytes).
 */
import type { Lang } from '../i18n';
import type { components } from './schema';
import { api, call } from './session';

type Schemas = components['schemas'];
export type ScoringSheet = Schemas['ScoringSheet'];
export type SheetTask = ScoringSheet['tasks'][number];
export type Mark = NonNullable<SheetTask['criteria'][number]['mark']>;
export type Evidence = Schemas['Evidence'];
export type CandidateDecision = Schemas['CandidateDecision'];
export type FunctionResult = CandidateDecision['functionResults'][number];
export type CommissionMember = CandidateDecision['sessionCommission'][number];
export type Outcome = CandidateDecision['recommendation'];
export type SessionResults = Schemas['SessionResults'];
export type Psychometrics = Schemas['SessionPsychometrics'];
export type ItemStatistics = Psychometrics['items'][number];

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** What the file picker offers; the server decides by the bytes whatever the picker allowed. */
export const EVIDENCE_ACCEPT = 'image/*,application/pdf,.docx';

const candidatePath = (orgId: string, candidateId: string) => ({ path: { orgId, candidateId } });

export const getSheet = (orgId: string, candidateId: string) =>
  call(api.GET('/v1/orgs/{orgId}/candidates/{candidateId}/scoring', { params: candidatePath(orgId, candidateId) }));

export const saveMarks = (
  orgId: string,
  candidateId: string,
  taskId: string,
  body: { version: number; marks: Record<string, Mark | null>; note: string | null },
) =>
  call(
    api.PUT('/v1/orgs/{orgId}/candidates/{candidateId}/scoring/{taskId}', {
      params: { path: { orgId, candidateId, taskId } },
      body,
    }),
  );

export const uploadEvidence = (orgId: string, candidateId: string, file: File, taskId: string | null) =>
  call(
    api.POST('/v1/orgs/{orgId}/candidates/{candidateId}/evidence', {
      params: {
        path: { orgId, candidateId },
        query: { fileName: file.name.slice(0, 200), ...(taskId ? { taskId } : {}) },
      },
      // The bytes as they are: no form encoding, no JSON. Octet-stream, since the server sniffs.
      body: file as never,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': 'application/octet-stream' },
    }),
  );

export const evidenceUrl = (orgId: string, candidateId: string, evidenceId: string) =>
  `/api/v1/orgs/${encodeURIComponent(orgId)}/candidates/${encodeURIComponent(candidateId)}/evidence/${encodeURIComponent(evidenceId)}`;

export const deleteEvidence = (orgId: string, candidateId: string, evidenceId: string) =>
  call(
    api.DELETE('/v1/orgs/{orgId}/candidates/{candidateId}/evidence/{evidenceId}', {
      params: { path: { orgId, candidateId, evidenceId } },
    }),
  );

export const getDecision = (orgId: string, candidateId: string, lang: Lang) =>
  call(
    api.GET('/v1/orgs/{orgId}/candidates/{candidateId}/decision', {
      params: { ...candidatePath(orgId, candidateId), query: { lang } },
    }),
  );

export const recordDecision = (
  orgId: string,
  candidateId: string,
  lang: Lang,
  body: {
    version: number;
    outcome: Outcome;
    reason: string | null;
    commission: CommissionMember[];
    decidedOn: string;
  },
) =>
  call(
    api.PUT('/v1/orgs/{orgId}/candidates/{candidateId}/decision', {
      params: { ...candidatePath(orgId, candidateId), query: { lang } },
      body,
    }),
  );

export const lodgeAppeal = (orgId: string, candidateId: string, lang: Lang, grounds: string) =>
  call(
    api.POST('/v1/orgs/{orgId}/candidates/{candidateId}/appeals', {
      params: { ...candidatePath(orgId, candidateId), query: { lang } },
      body: { grounds },
    }),
  );

export const resolveAppeal = (
  orgId: string,
  candidateId: string,
  appealId: string,
  lang: Lang,
  outcome: 'upheld' | 'rejected',
) =>
  call(
    api.PUT('/v1/orgs/{orgId}/candidates/{candidateId}/appeals/{appealId}', {
      params: { path: { orgId, candidateId, appealId }, query: { lang } },
      body: { outcome },
    }),
  );

export const sessionResults = (orgId: string, sessionId: string, lang: Lang) =>
  call(
    api.GET('/v1/orgs/{orgId}/assessment/sessions/{sessionId}/results', {
      params: { path: { orgId, sessionId }, query: { lang } },
    }),
  );

export const psychometrics = (orgId: string, sessionId: string) =>
  call(
    api.GET('/v1/orgs/{orgId}/assessment/sessions/{sessionId}/psychometrics', {
      params: { path: { orgId, sessionId } },
    }),
  );

export const sendFlaggedToReview = (orgId: string, sessionId: string) =>
  call(
    api.POST('/v1/orgs/{orgId}/assessment/sessions/{sessionId}/psychometrics/review', {
      params: { path: { orgId, sessionId } },
      body: {},
    }),
  );
