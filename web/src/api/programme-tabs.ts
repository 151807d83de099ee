/**
 * The programme page's coverage, history and impact tabs and its header actions: the generated
 * types under short names, and one function per request (typed by ./schema.d.ts through `api`,
 * so a path or body that differs from the server's OpenAPI document fails to compile).
 */
import type { components, paths } from './schema';
import { api, call } from './session';

type Schemas = components['schemas'];

export type Programme = Schemas['Programme'];
export type ProgrammeContent = Programme['content'];
export type ProgrammeModule = ProgrammeContent['modules'][number];
export type Coverage = Schemas['ProgrammeCoverage'];
export type CoverageRow = Coverage['rows'][number];
export type CoverageStatus = CoverageRow['status'];
export type Revision = Schemas['ProgrammeRevision'];
export type Impact = Schemas['ProgrammeImpact'];
export type Rebased =
  paths['/v1/orgs/{orgId}/programmes/{programmeId}/rebase']['post']['responses'][200]['content']['application/json'];

export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['covered', 'theory-only', 'uncovered', 'excepted'];

const where = (orgId: string, programmeId: string) => ({ params: { path: { orgId, programmeId } } });

export const getCoverage = (orgId: string, programmeId: string) =>
  call(api.GET('/v1/orgs/{orgId}/programmes/{programmeId}/coverage', where(orgId, programmeId)));

export const getRevisions = (orgId: string, programmeId: string) =>
  call(api.GET('/v1/orgs/{orgId}/programmes/{programmeId}/revisions', where(orgId, programmeId)));

export const getRevision = (orgId: string, programmeId: string, version: number) =>
  call(
    api.GET('/v1/orgs/{orgId}/programmes/{programmeId}/revisions/{version}', {
      params: { path: { orgId, programmeId, version } },
    }),
  );

export const getImpact = (orgId: string, programmeId: string) =>
  call(api.GET('/v1/orgs/{orgId}/programmes/{programmeId}/impact', where(orgId, programmeId)));

export type StatusAction = 'finalise' | 'reopen' | 'archive';

/** Finalise, reopen or archive the programme as read at its version. */
export function changeStatus(orgId: string, programme: Programme, action: StatusAction): Promise<Programme> {
  const body = { version: programme.version };
  const path = where(orgId, programme.id);
  if (action === 'finalise')
    return call(api.POST('/v1/orgs/{orgId}/programmes/{programmeId}/finalise', { ...path, body }));
  if (action === 'reopen') return call(api.POST('/v1/orgs/{orgId}/programmes/{programmeId}/reopen', { ...path, body }));
  return call(api.POST('/v1/orgs/{orgId}/programmes/{programmeId}/archive', { ...path, body }));
}

export const rebaseProgramme = (orgId: string, programme: Programme) =>
  call(
    api.POST('/v1/orgs/{orgId}/programmes/{programmeId}/rebase', {
      ...where(orgId, programme.id),
      body: { version: programme.version },
    }),
  );

/** The document with an exception for `itemId` added (its reason trimmed) or, with `reason` null, removed. */
export function withException(content: ProgrammeContent, itemId: string, reason: string | null): ProgrammeContent {
  const others = (content.exceptions ?? []).filter((e) => e.itemId !== itemId);
  return { ...content, exceptions: reason === null ? others : [...others, { itemId, reason: reason.trim() }] };
}

/** The base of the export files of slice C (links, not requests: the browser downloads them with the cookie). */
export const exportBase = (orgId: string, programmeId: string) =>
  `/api/v1/orgs/${encodeURIComponent(orgId)}/programmes/${encodeURIComponent(programmeId)}`;
