/**
 * The methodologists' workbench: the generated types under short names and the typed calls the
 * drafts list, the new-draft forms, the import and the item editor make. The import is the one
 * request the typed client cannot make (a file with its upload progress).
 */
import type { Lang } from '../i18n';
import type { components, paths } from './schema';
import { api, call } from './session';
import { uploadWithProgress } from './upload';

type Schemas = components['schemas'];

export type Draft = Schemas['Draft'];
export type DraftItem = Schemas['DraftItem'];
export type DraftStatus = Draft['status'];
export type ItemKind = DraftItem['kind'];
export type ItemFields = DraftItem['fields'];
export type ItemState = DraftItem['state'];
export type DraftList = paths['/v1/drafts']['get']['responses'][200]['content']['application/json'];
export type DraftItems = paths['/v1/drafts/{draftId}/items']['get']['responses'][200]['content']['application/json'];
export type DraftEdit =
  paths['/v1/drafts/{draftId}/edits']['post']['requestBody']['content']['application/json']['edits'][number];
export type DraftEditResult = Schemas['DraftEditResult'];
export type Localized = { kk: string; ru?: string; en?: string };

/** In the order the filter lists them; a Record, so a status the API adds fails to compile here. */
const STATUS_SET: Record<DraftStatus, true> = {
  draft: true,
  'in-review': true,
  approved: true,
  published: true,
  withdrawn: true,
};
export const DRAFT_STATUSES = Object.keys(STATUS_SET) as DraftStatus[];

export const DRAFTS_PAGE_SIZE = 20;

export function listDrafts(filter: { status: DraftStatus | ''; page: number }): Promise<DraftList> {
  return call(
    api.GET('/v1/drafts', {
      params: { query: { status: filter.status || undefined, page: filter.page, pageSize: DRAFTS_PAGE_SIZE } },
    }),
  );
}

/** A draft of the current published edition. */
export function createDraftFromCurrent(): Promise<Draft> {
  return call(api.POST('/v1/drafts', { body: { from: 'edition', edition: 'current' } }));
}

/** An empty draft for a new standard. */
export function createEmptyDraft(standardId: string, title: Localized): Promise<Draft> {
  return call(api.POST('/v1/drafts', { body: { from: 'empty', standardId, title } }));
}

export function getDraft(draftId: string): Promise<Draft> {
  return call(api.GET('/v1/drafts/{draftId}', { params: { path: { draftId } } }));
}

/** One card's items (its id), or the terms and professions (`none`); without `card`, every item. */
export function getDraftItems(draftId: string, card?: string): Promise<DraftItems> {
  return call(api.GET('/v1/drafts/{draftId}/items', { params: { path: { draftId }, query: { card } } }));
}

/** A batch of edits, applied whole or not at all; a 409 names the item another session changed. */
export function editDraft(draftId: string, edits: DraftEdit[]): Promise<DraftEditResult> {
  return call(api.POST('/v1/drafts/{draftId}/edits', { params: { path: { draftId } }, body: { edits } }));
}

/** 201 of `drafts:import`: the new draft and the warnings that did not stop it (a refusal is a 422 whose `errors` place each problem). */
export type ImportAnswer = paths['/v1/drafts:import']['post']['responses'][201]['content']['application/json'];
/**
 * A problem the import noted: its place, the same place in one string (`Карта 1!D12`,
 * `skills.csv:12`), and the message in the request's language. A 422's `errors` carry only the
 * one-line place (as `path`) and the message, read into this shape by `issuesOfProblem`.
 */
export type ImportIssue = Omit<ImportAnswer['warnings'][number], 'where'> & { where?: string };
export type SourceAnswer =
  paths['/v1/drafts/{draftId}/source']['post']['responses'][200]['content']['application/json'];

export const IMPORT_FORMATS = ['.xlsx', '.json', '.jsonld', '.zip'] as const;
export const IMPORT_ACCEPT = '.xlsx,.json,.zip,application/json,application/zip';
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** The type the import reads a file as, by its extension (the server also sniffs the bytes). */
export function importContentType(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (lower.endsWith('.zip')) return 'application/zip';
  if (lower.endsWith('.json') || lower.endsWith('.jsonld')) return 'application/json';
  return 'application/octet-stream';
}

/**
 * POST a standard's file (the XLSX template, a CASE package, a zip of CSVs or Kasip JSON) as the
 * request body to `drafts:import`; the server answers 201 with the draft, or 422 with every
 * problem placed by sheet, row and column in the page's language (`?lang=`).
 */
export function uploadStandard(opts: {
  file: File;
  uiLang: Lang;
  csrfToken: string;
  onProgress: (share: number) => void;
}): Promise<ImportAnswer> {
  const { file, uiLang, csrfToken, onProgress } = opts;
  return uploadWithProgress<ImportAnswer>({
    url: `/api/v1/drafts:import?lang=${uiLang}`,
    body: file,
    csrfToken,
    headers: { 'Content-Type': importContentType(file.name), 'Accept-Language': uiLang },
    onProgress,
  });
}

/** The official text of the standard (.txt) for a draft, so its texts cite it. */
export function uploadOfficialText(opts: {
  draftId: string;
  /** The draft revision the page read (a newer one answers 409). */
  revision: number;
  file: File;
  uiLang: Lang;
  csrfToken: string;
  onProgress: (share: number) => void;
}): Promise<SourceAnswer> {
  const { draftId, revision, file, uiLang, csrfToken, onProgress } = opts;
  return uploadWithProgress<SourceAnswer>({
    url: `/api/v1/drafts/${encodeURIComponent(draftId)}/source?revision=${revision}&lang=${uiLang}`,
    body: file,
    csrfToken,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Accept-Language': uiLang },
    onProgress,
  });
}
