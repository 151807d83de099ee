/**
 * The programme page's requests: read one programme, save its document whole (with the version it
 * was read at), read a card in the programme's edition (the registry's public card route), and
 * ask the suggestion engine which items of a card an outcome's text is about.
 */
import type { CardDetail } from './types';
import { ApiError, apiUrl, fetchJson } from './client';
import type { components } from './schema';
import { api, call, SessionError } from './session';
import type { Problem } from './types';

type Schemas = components['schemas'];

export type Programme = Schemas['Programme'];
export type ProgrammeContent = Programme['content'];
export type ProgrammeModule = ProgrammeContent['modules'][number];
export type ProgrammeOutcome = ProgrammeModule['outcomes'][number];
export type ProgrammeCriterion = ProgrammeOutcome['criteria'][number];
export type ProgrammeSuggestion = ProgrammeOutcome['suggestions'][number];
export type ProgrammeCardRef = ProgrammeContent['cards'][number];
/**
 * One answer of the suggestion engine (`suggestionListSchema`, ProgrammeSuggestions in the API):
 * written out here because the schema reaches schema.d.ts only once its route is bound.
 */
export type SuggestedItem = { itemId: string; kind: 'skill' | 'knowledge'; kk: string; score: number };

export const MODULE_KINDS: readonly ProgrammeModule['kind'][] = [
  'general',
  'basic-professional',
  'professional',
  'practice',
];
export const ASSESSMENT_METHODS: readonly ProgrammeOutcome['method'][] = [
  'test',
  'oral',
  'written',
  'practical-task',
  'observation',
  'case-study',
  'project',
  'portfolio',
];

export const getProgramme = (orgId: string, programmeId: string) =>
  call(api.GET('/v1/orgs/{orgId}/programmes/{programmeId}', { params: { path: { orgId, programmeId } } }));

export const saveProgramme = (orgId: string, programmeId: string, version: number, content: ProgrammeContent) =>
  call(
    api.PUT('/v1/orgs/{orgId}/programmes/{programmeId}', {
      params: { path: { orgId, programmeId } },
      body: { version, content },
    }),
  );

/** A card as it reads in the given edition (public, so cached like every registry read). */
export const cardInEdition = (card: ProgrammeCardRef) =>
  fetchJson<CardDetail>(apiUrl(`/cards/${card.code}/${card.level}`, { edition: card.editionId }));

/**
 * The items of a card an outcome's text is about, best first. A private read through the
 * session's cookie, never cached: the answer depends on the text.
 */
export async function suggestLinks(orgId: string, card: ProgrammeCardRef, text: string): Promise<SuggestedItem[]> {
  const url = apiUrl(`/orgs/${encodeURIComponent(orgId)}/programmes:suggest`, {
    card: card.code,
    level: card.level,
    text,
  });
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json, application/problem+json' },
    });
  } catch (error) {
    throw new SessionError(0, null, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as Problem | null;
    throw new ApiError(response.status, problem, problem?.detail ?? problem?.title ?? response.statusText);
  }
  const body = (await response.json()) as { suggestions: SuggestedItem[] };
  return body.suggestions;
}
