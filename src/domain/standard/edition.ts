/**
 * An edition of a standard as one value: its metadata, terms, listed professions, cards and
 * the official text their `source.lines` point into.
 */
import type { Card, EditionMeta, Profession, Term } from './schemas.js';
import type { TranslationReviews } from './translations.js';

export type Edition = {
  meta: EditionMeta;
  terms: Term[];
  professions: Profession[];
  cards: Card[];
  sourceText: string;
  /**
   * The review state of each unofficial translation, per language and key
   * (src/domain/standard/translations.ts); absent when the edition has none.
   */
  translationReviews?: TranslationReviews;
};

export type CardKey = { code: string; level: number };

export const cardKey = (card: Card): CardKey => ({ code: card.code.value, level: card.level.value });
export const cardKeyString = (key: CardKey): string => `${key.code}/${key.level}`;
