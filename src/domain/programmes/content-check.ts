/**
 * A programme's links must point at skill or knowledge items of its own cards, in the editions it
 * names: an outcome linking an item of another card (or a made-up id) would count as coverage of
 * nothing and show up in no matrix. Each wrong id is named with where it sits in the document, so
 * the editor can mark the very field. Pure.
 */
import { cardEntries } from '../assessment/coverage.js';
import type { FieldError } from '../shared/errors.js';
import type { Card } from '../standard/schemas.js';
import type { ProgrammeContent } from './programme.js';

/** The skill and knowledge ids of the cards, with their official Kazakh text. */
export function itemsOfCards(cards: readonly Card[]): Map<string, { kind: 'skill' | 'knowledge'; kk: string }> {
  return new Map(cards.flatMap((c) => cardEntries(c).map((e) => [e.id, { kind: e.kind, kk: e.kk }] as const)));
}

/** Every link, exception and suggestion naming an id that is not an item of the cards. */
export function contentLinkErrors(content: ProgrammeContent, cards: readonly Card[]): FieldError[] {
  const known = itemsOfCards(cards);
  const errors: FieldError[] = [];
  const unknown = (path: string, id: string) =>
    errors.push({ path, message: `${id} is not a skill or knowledge item of the programme's cards` });
  content.modules.forEach((module, m) => {
    module.outcomes.forEach((outcome, o) => {
      const at = `content.modules.${m}.outcomes.${o}`;
      outcome.itemIds.forEach((id, i) => {
        if (!known.has(id)) unknown(`${at}.itemIds.${i}`, id);
      });
      outcome.suggestions.forEach((s, i) => {
        if (!known.has(s.itemId)) unknown(`${at}.suggestions.${i}.itemId`, s.itemId);
      });
    });
  });
  content.exceptions.forEach((e, i) => {
    if (!known.has(e.itemId)) unknown(`content.exceptions.${i}.itemId`, e.itemId);
  });
  return errors;
}

/** "module m1 (КМ 01), outcome m1-o2": where a field error sits, in words a person can find. */
export function describeErrorPath(content: ProgrammeContent, path: string): string {
  const match = /^content\.modules\.(\d+)\.outcomes\.(\d+)/.exec(path);
  if (!match) return path.startsWith('content.exceptions') ? 'the exceptions' : path;
  const module = content.modules[Number(match[1])];
  const outcome = module?.outcomes[Number(match[2])];
  return module && outcome ? `module ${module.id} (${module.code}), outcome ${outcome.id}` : path;
}
