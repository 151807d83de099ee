/**
 * What the programme operations are built from: the current edition's cards (shared with HR and
 * assessment), the cards of any stored edition (a programme keeps the edition it was built on, and
 * its impact compares that edition's items with the current one's), and the accounts settings.
 */
import type { AccountsConfig } from '../../config.js';
import { assembleCards } from '../../domain/standard/item-tree.js';
import { type Executor, listItems } from '../../storage/repositories/edition.repository.js';
import type { CardBook, Cards } from '../hr/hr-context.js';

/** The cards of one stored edition, or undefined when no such edition is stored. */
export type EditionCards = (db: Executor, editionId: string) => Promise<CardBook | undefined>;

export type ProgrammeDeps = { cards: Cards; editionCards: EditionCards; accounts: AccountsConfig };

/**
 * Cards per edition id, assembled once (an edition never changes under its id until it is
 * replaced, and the catalogue starts a new cache on every edition change). Read through the
 * caller's executor, for the reason `cardBook` gives.
 */
export function editionCardBooks(): EditionCards {
  const books = new Map<string, Promise<CardBook | undefined>>();
  return (db, editionId) => {
    let book = books.get(editionId);
    if (!book) {
      book = listItems(db, editionId).then((items) => {
        if (items.length === 0) return undefined;
        const cards = assembleCards(items);
        const byKey = new Map(cards.map((c) => [`${c.code.value}/${c.level.value}`, c]));
        return { editionId, find: (code: string, level: number) => byKey.get(`${code}/${level}`) };
      });
      books.set(editionId, book);
      book.catch(() => books.delete(editionId));
    }
    return book;
  };
}
