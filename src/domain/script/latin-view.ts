/**
 * The Latin-script view of an edition: every official Kazakh text of the edition (title,
 * provisions, terms, professions, each card's items), transliterated by one table and keyed as
 * translations are (src/domain/standard/translations.ts), grouped by card. It is derived, never
 * stored, and never official: the answer says so and names the table. Pure.
 */
import type { Edition } from '../standard/edition.js';
import { translatableTexts } from '../standard/translations.js';
import { transliterate } from './transliterate.js';
import type { LatinAlphabet, TransliterationTable } from './transliteration-tables.js';

export type LatinText = { key: string; latin: string };

export type LatinCard = { id: string; code: string; level: number; name: string; texts: LatinText[] };

export type LatinView = {
  edition: string;
  transliteration: {
    alphabet: LatinAlphabet;
    table: TransliterationTable['id'];
    name: string;
    date: string;
    source: { title: string; urls: string[] };
    conventions: string[];
    official: false;
  };
  /** The edition's own texts, its terms and its list of professions. */
  texts: LatinText[];
  cards: LatinCard[];
};

const belongsTo = (itemId: string, cardId: string) => itemId === cardId || itemId.startsWith(`${cardId}.`);

export function latinView(
  edition: Pick<Edition, 'meta' | 'terms' | 'professions' | 'cards'>,
  table: TransliterationTable,
): LatinView {
  const texts = translatableTexts(edition).map((t) => ({
    itemId: t.itemId,
    text: { key: t.key, latin: transliterate(t.text.kk, table) },
  }));
  const cardIds = edition.cards.map((card) => card.id);
  const ofNoCard = texts.filter(({ itemId }) => !cardIds.some((id) => belongsTo(itemId, id)));
  return {
    edition: edition.meta.id,
    transliteration: {
      alphabet: table.alphabet,
      table: table.id,
      name: table.name,
      date: table.date,
      source: { title: table.source.title, urls: [...table.source.urls] },
      conventions: [...table.conventions],
      official: false,
    },
    texts: ofNoCard.map(({ text }) => text),
    cards: edition.cards.map((card) => ({
      id: card.id,
      code: card.code.value,
      level: card.level.value,
      name: transliterate(card.name.kk, table),
      texts: texts.filter(({ itemId }) => belongsTo(itemId, card.id)).map(({ text }) => text),
    })),
  };
}
