/**
 * The programme page's requests: read one programme, save its document whole (with the version it
 * was read at), read a card in the programme's edition (the registry's public card route), and
 * ask the suggestion engine which items of a card an outcome's text is about.
 */
import type { CardDetail } from './types';
import { apiUrl, fetchJson } from './client';
import type { components } from './schema';
import { api, call } from './session';

type Schemas = components['schemas'];

export type Programme = Schemas['Programme'];
export type ProgrammeContent = Programme['content'];
export type ProgrammeModule = ProgrammeContent['modules'][number];
export type ProgrammeOutcome = ProgrammeModule['outcomes'][number];
export type ProgrammeCriterion = ProgrammeOutcome['criteria'][number];
export type ProgrammeSuggestion = ProgrammeOutcome['suggestions'][number];
export type ProgrammeCardRef = ProgrammeContent['cards'][number];
export type SuggestedItem = Schemas['ProgrammeSuggestions']['suggestions'][number];

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

/** The most text the suggestion engine reads for one outcome. */
export const SUGGEST_TEXT_MAX = 2000;

/**
 * The items of a card an outcome is about, best first: its text, and its criteria after it (they
 * name the skills more often than the outcome does), cut to what the engine reads.
 */
export async function suggestLinks(
  orgId: string,
  card: ProgrammeCardRef,
  outcome: { text: string; criteria: readonly { text: string }[] },
): Promise<SuggestedItem[]> {
  const text = [outcome.text, ...outcome.criteria.map((c) => c.text)]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, SUGGEST_TEXT_MAX);
  const answer = await call(
    api.GET('/v1/orgs/{orgId}/programmes:suggest', {
      params: { path: { orgId }, query: { card: card.code, level: card.level, text } },
    }),
  );
  return answer.suggestions;
}
