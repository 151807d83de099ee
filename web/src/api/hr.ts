/**
 * The HR staff register for the web pages: the generated types under short names, and the one
 * request the typed client cannot make — a staff file uploaded raw with progress (XMLHttpRequest).
 */
import type { Lang } from '../i18n';
import type { components, paths } from './schema';
import { uploadWithProgress } from './upload';
import type { Problem } from './types';

type Schemas = components['schemas'];

export type StaffSummary = Schemas['StaffSummary'];
export type StaffDetail = Schemas['StaffDetail'];
export type StaffRecord = Schemas['StaffRecord'];
export type StoredCategory = Schemas['StoredCategory'];
export type AttestationWindow = Schemas['AttestationWindow'];
export type Attestation = Schemas['Attestation'];
export type DevelopmentPlan = Schemas['DevelopmentPlan'];
export type PlanItem = DevelopmentPlan['items'][number];
export type ImportPreview = Schemas['StaffImportPreview'];
export type StaffColumn = ImportPreview['missing'][number];
export type Commission = Schemas['Commission'];
export type AttestationPolicy = Schemas['AttestationPolicy'];
export type Schedule =
  paths['/v1/orgs/{orgId}/attestation-schedule']['get']['responses'][200]['content']['application/json'];
export type ScheduleEntry = Schedule['due'][number];
export type HrDashboard =
  paths['/v1/orgs/{orgId}/hr-dashboard']['get']['responses'][200]['content']['application/json'];
export type MyRecord = paths['/v1/me/staff']['get']['responses'][200]['content']['application/json']['records'][number];

export const STAFF_COLUMNS: readonly StaffColumn[] = [
  'personnelNo',
  'fullName',
  'iin',
  'birthDate',
  'email',
  'phone',
  'positionTitle',
  'cardCode',
  'level',
  'positionSince',
  'educationLevel',
  'educationField',
  'certificate',
  'institution',
  'graduationYear',
  'experience',
  'leave',
];

export const CATEGORIES = ['higher', 'first', 'second', 'none'] as const;
export const EDUCATION_LEVELS = ['basic-secondary', 'tvet', 'higher', 'postgraduate'] as const;
export const EDUCATION_FIELDS = [
  'social',
  'economic',
  'pedagogical',
  'medical',
  'psychological',
  'legal',
  'other',
] as const;
export const PLAN_ITEM_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Today as an ISO date in the browser's time zone. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A staff category is "stale" when the rules it was computed by are gone or changed. */
export const isStale = (c: StoredCategory | null | undefined) =>
  c?.staleness === 'rules-changed' || c?.staleness === 'card-removed';

/**
 * POST a CSV or XLSX staff file as it is (no form encoding) and read the preview; `onProgress`
 * gets the share of the file sent (0..1).
 */
export function uploadStaffFile(opts: {
  orgId: string;
  file: File;
  lang: Lang;
  csrfToken: string;
  mappingId?: string | undefined;
  onProgress: (share: number) => void;
}): Promise<ImportPreview> {
  const { orgId, file, lang, csrfToken, mappingId, onProgress } = opts;
  const query = new URLSearchParams({ lang, fileName: file.name });
  if (mappingId) query.set('mappingId', mappingId);
  const isXlsx = /\.xlsx$/i.test(file.name) || file.type === XLSX_TYPE;
  return uploadWithProgress<ImportPreview>({
    url: `/api/v1/orgs/${encodeURIComponent(orgId)}/staff-imports?${query}`,
    body: file,
    csrfToken,
    headers: { 'Content-Type': isXlsx ? XLSX_TYPE : 'text/csv' },
    onProgress,
  });
}

/** The field errors of a failed write, by path (`record.position.since`). */
export function fieldErrors(error: unknown): Record<string, string> {
  const problem = (error as { problem?: Problem | null } | null)?.problem;
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) out[e.path] = e.message;
  return out;
}
