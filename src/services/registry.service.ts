/**
 * The registry's read side: cards (listed by the name shown, in the asked language's alphabetical
 * order, paginated by cursor), one card's whole tree, items with their context, terms, professions,
 * levels and the career graph. Everything is read from one edition: the one asked for, else the current one.
 */
import { anyScriptMatcher } from '../domain/search/any-script-match.js';
import { AppError } from '../domain/shared/errors.js';
import { type Lang, type displayOf, displayOfKey, withDisplay } from '../domain/shared/localize.js';
import { type TranslationReviews, keyOfItemText } from '../domain/standard/translations.js';
import { type CardKey, cardKeyString } from '../domain/standard/edition.js';
import { type ItemKind, assembleCards } from '../domain/standard/item-tree.js';
import type { Card, Profession, Term } from '../domain/standard/schemas.js';
import type { OpenDb } from '../storage/db.js';
import type { StoredItem } from '../storage/repositories/edition.repository.js';
import { listItems, readSourceText } from '../storage/repositories/edition.repository.js';
import * as registry from '../storage/repositories/registry.repository.js';
import type { EditionService } from './edition.service.js';
import { ITEM_DATA } from '../domain/standard/item-data.js';

const kazakhOrder = new Intl.Collator('kk');

export type CardFilter = {
  edition?: string | undefined;
  level?: number | undefined;
  code?: string | undefined;
  profession?: string | undefined;
  text?: string | undefined;
  limit: number;
  cursor?: string | undefined;
  lang: Lang;
};

export type CardSummary = {
  id: string;
  uuid: string;
  code: string;
  level: number;
  name: Card['name'] & { display: ReturnType<typeof displayOf> };
  profession: { id: string; name: ReturnType<typeof displayOf> } | null;
  counts: { labourFunctions: number; tasks: number; skills: number; knowledge: number };
};

type Cursor = { name: string; level: number; id: string };

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.name === 'string' && typeof c.level === 'number' && typeof c.id === 'string') return c;
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', 'The cursor is not one this API gave out; start again without it.', [
    { path: 'cursor', message: 'unknown cursor' },
  ]);
}

/** Each language's alphabet: Kazakh order in kk, Russian in ru, English in en. */
const ORDER: Record<Lang, Intl.Collator> = {
  kk: kazakhOrder,
  ru: new Intl.Collator('ru'),
  en: new Intl.Collator('en'),
};

/** Cards by the name the page shows (in its language's alphabet), then level and id; the cursor holds the same. */
const compareCards =
  (lang: Lang) =>
  (a: Cursor, b: Cursor): number =>
    ORDER[lang].compare(a.name, b.name) || a.level - b.level || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const cardPlace = (c: CardSummary): Cursor => ({ name: c.name.display.text, level: c.level, id: c.id });

const MAX_CACHED_CARDS = 300;

/** An item's own fields read back by its kind, with a `display` beside every text: `kind` tells which shape `data` has. */
function itemOfKind(kind: ItemKind, data: unknown, lang: Lang, reviews: TranslationReviews | null) {
  switch (kind) {
    case 'card': {
      const card = ITEM_DATA.card.parse(data);
      // Line ranges of labels are not texts: kept as the pairs they are.
      return { kind, data: { ...withDisplay(card, lang, reviews), labels: card.labels } };
    }
    case 'otherName':
      return { kind, data: withDisplay(ITEM_DATA.otherName.parse(data), lang, reviews) };
    case 'qualificationGroup':
      return { kind, data: withDisplay(ITEM_DATA.qualificationGroup.parse(data), lang, reviews) };
    case 'qualificationRule':
      return { kind, data: withDisplay(ITEM_DATA.qualificationRule.parse(data), lang, reviews) };
    case 'labourFunction':
      return { kind, data: withDisplay(ITEM_DATA.labourFunction.parse(data), lang, reviews) };
    case 'task':
      return { kind, data: withDisplay(ITEM_DATA.task.parse(data), lang, reviews) };
    case 'skill':
      return { kind, data: withDisplay(ITEM_DATA.skill.parse(data), lang, reviews) };
    case 'knowledge':
      return { kind, data: withDisplay(ITEM_DATA.knowledge.parse(data), lang, reviews) };
    case 'link':
      return { kind, data: withDisplay(ITEM_DATA.link.parse(data), lang, reviews) };
    case 'qualificationLink':
      return { kind, data: withDisplay(ITEM_DATA.qualificationLink.parse(data), lang, reviews) };
    case 'term':
      return { kind, data: withDisplay(ITEM_DATA.term.parse(data), lang, reviews) };
    case 'profession':
      return { kind, data: withDisplay(ITEM_DATA.profession.parse(data), lang, reviews) };
  }
}

export function createRegistryService(database: OpenDb, editions: EditionService) {
  const { db } = database;
  const cardCache = new Map<string, ReturnType<typeof buildCard>>();
  const sourceCache = new Map<string, string[]>();
  /**
   * Every card of an edition as domain data, by edition id: a batch of two rows must not read
   * and assemble all the edition's items again. At most a few editions are loaded, so one entry
   * each is small enough to keep.
   */
  const allCardsCache = new Map<string, Promise<Card[]>>();
  // The source lines and all the cards are keyed by edition id alone, and a replaced edition keeps
  // its id; cards are keyed by revision, but dropping them frees the old revision's memory at once.
  editions.onChange((event) => {
    if (event) {
      sourceCache.delete(event.id);
      allCardsCache.delete(event.id);
    } else {
      sourceCache.clear();
      allCardsCache.clear();
    }
    cardCache.clear();
  });

  async function sourceLines(editionId: string): Promise<string[]> {
    const cached = sourceCache.get(editionId);
    if (cached) return cached;
    const text = (await readSourceText(db, editionId)) ?? '';
    const lines = text.split('\n');
    sourceCache.set(editionId, lines);
    return lines;
  }

  const reviewsOf = (editionId: string) => editions.translationReviews(editionId);

  async function professionsOf(editionId: string): Promise<Profession[]> {
    return (await registry.itemsOfKind(db, editionId, 'profession')).map((r) => r.data as unknown as Profession);
  }

  function professionOfCard(professions: Profession[], key: CardKey): Profession | undefined {
    return professions.find((p) => p.cards.some((c) => c.code === key.code && c.level === key.level));
  }

  async function summaries(editionId: string, lang: Lang): Promise<CardSummary[]> {
    const [cards, counts, professions, reviews] = await Promise.all([
      registry.itemsOfKind(db, editionId, 'card'),
      registry.countsByCard(db, editionId),
      professionsOf(editionId),
      reviewsOf(editionId),
    ]);
    return cards.map((row) => {
      const data = row.data as unknown as Card;
      const key = { code: data.code.value, level: data.level.value };
      const profession = professionOfCard(professions, key);
      const n = counts.get(row.id) ?? {};
      return {
        id: row.id,
        uuid: row.uuid,
        code: key.code,
        level: key.level,
        name: { ...data.name, display: displayOfKey(data.name, lang, reviews, `${row.id}#name`) },
        profession: profession
          ? { id: profession.id, name: displayOfKey(profession.name, lang, reviews, `${profession.id}#name`) }
          : null,
        counts: {
          labourFunctions: n.labourFunction ?? 0,
          tasks: n.task ?? 0,
          skills: n.skill ?? 0,
          knowledge: n.knowledge ?? 0,
        },
      };
    });
  }

  async function cardItems(editionId: string, key: CardKey): Promise<{ row: StoredItem; items: StoredItem[] }> {
    const row = await registry.cardRow(db, editionId, key.code, key.level);
    if (!row) throw new AppError('not_found', `There is no card ${cardKeyString(key)} in edition ${editionId}.`);
    return { row, items: await registry.cardTree(db, editionId, row.id) };
  }

  async function buildCard(editionId: string, key: CardKey, lang: Lang) {
    const opts = { lang };
    const { items } = await cardItems(editionId, key);
    const [card] = assembleCards(items);
    if (!card) throw new AppError('not_found', `There is no card ${cardKeyString(key)}.`);
    const uuids = Object.fromEntries(items.map((i) => [i.id, i.uuid]));
    const all = await summaries(editionId, opts.lang);
    const professions = await professionsOf(editionId);
    const profession = professionOfCard(professions, key);
    const reviews = await reviewsOf(editionId);
    return {
      edition: editionId,
      uuid: uuids[card.id] ?? null,
      profession: profession
        ? {
            id: profession.id,
            name: withDisplay(profession.name, opts.lang, reviews, { owner: profession.id, trail: ['name'] }),
          }
        : null,
      otherLevels: all
        .filter((c) => c.code === key.code && c.level !== key.level)
        .map((c) => ({ code: c.code, level: c.level, name: c.name.display })),
      // Line ranges of labels are not texts: kept as the pairs they are.
      card: { ...withDisplay(card, opts.lang, reviews), labels: card.labels },
      uuids,
    };
  }

  return {
    /** One card as domain data (no display fields), for the engines that compute on cards. */
    async card(key: CardKey, edition?: string): Promise<{ edition: string; card: Card }> {
      const editionId = await editions.resolveEditionId(edition);
      const { items } = await cardItems(editionId, key);
      const [card] = assembleCards(items);
      if (!card) throw new AppError('not_found', `There is no card ${cardKeyString(key)}.`);
      return { edition: editionId, card };
    },

    /**
     * Every card of an edition as domain data, read in one query the first time and kept until
     * the edition changes (callers must not modify them).
     */
    async allCards(edition?: string): Promise<{ edition: string; cards: Card[] }> {
      const editionId = await editions.resolveEditionId(edition);
      let cards = allCardsCache.get(editionId);
      if (!cards) {
        const read = listItems(db, editionId).then(assembleCards);
        cards = read;
        allCardsCache.set(editionId, read);
        // A failed read is not kept (unless a newer read has taken its place meanwhile).
        read.catch(() => {
          if (allCardsCache.get(editionId) === read) allCardsCache.delete(editionId);
        });
      }
      return { edition: editionId, cards: await cards };
    },

    async listCards(filter: CardFilter) {
      const editionId = await editions.resolveEditionId(filter.edition);
      const all = await summaries(editionId, filter.lang);
      // The same folding as search: any script, Kazakh letters or not (docs/search.md, "Any script").
      const matchesText = filter.text?.trim() ? anyScriptMatcher(filter.text) : null;
      const matching = all
        .filter((c) => filter.level === undefined || c.level === filter.level)
        .filter((c) => !filter.code || c.code === filter.code)
        .filter((c) => !filter.profession || c.profession?.id === filter.profession)
        .filter((c) => !matchesText || matchesText([c.name.kk, c.name.ru, c.name.en, c.code]))
        .sort((a, b) => compareCards(filter.lang)(cardPlace(a), cardPlace(b)));
      const after = filter.cursor ? decodeCursor(filter.cursor) : undefined;
      const start = after ? matching.findIndex((c) => compareCards(filter.lang)(cardPlace(c), after) > 0) : 0;
      const page = start < 0 ? [] : matching.slice(start, start + filter.limit);
      const last = page.at(-1);
      const more = start >= 0 && start + filter.limit < matching.length;
      return {
        edition: editionId,
        total: matching.length,
        cards: page,
        nextCursor: more && last ? encodeCursor(cardPlace(last)) : null,
      };
    },

    /** One card, whole, for display. Cached per edition revision: a card is read far more often than loaded. */
    async getCard(key: CardKey, opts: { edition?: string | undefined; lang: Lang }) {
      const editionId = await editions.resolveEditionId(opts.edition);
      const cacheKey = `${await editions.revision(editionId)}|${cardKeyString(key)}|${opts.lang}`;
      const hit = cardCache.get(cacheKey);
      if (hit) return hit;
      const built = buildCard(editionId, key, opts.lang);
      if (cardCache.size >= MAX_CACHED_CARDS) cardCache.delete(cardCache.keys().next().value as string);
      cardCache.set(cacheKey, built);
      built.catch(() => cardCache.delete(cacheKey));
      return built;
    },

    async getItem(id: string, opts: { edition?: string | undefined; lang: Lang }) {
      const editionId = await editions.resolveEditionId(opts.edition);
      const item = await registry.findItem(db, editionId, id);
      if (!item) throw new AppError('not_found', `There is no item "${id}" in edition ${editionId}.`);
      const ancestors: StoredItem[] = [];
      let parentId = item.parentId;
      while (parentId) {
        const parent = await registry.findItem(db, editionId, parentId);
        if (!parent) break;
        ancestors.unshift(parent);
        parentId = parent.parentId;
      }
      const cardRow = ancestors.find((a) => a.kind === 'card') ?? (item.kind === 'card' ? item : undefined);
      const same = await registry.sameText(db, editionId, item);
      const lines = await sourceLines(editionId);
      const excerpt = item.source ? lines.slice(item.source[0] - 1, item.source[1]).join('\n') : null;
      const reviews = await reviewsOf(editionId);
      return {
        edition: editionId,
        id: item.id,
        uuid: item.uuid,
        ...itemOfKind(item.kind, item.data, opts.lang, reviews),
        text: item.text
          ? { ...item.text, display: displayOfKey(item.text, opts.lang, reviews, keyOfItemText(item)) }
          : null,
        card: cardRow?.card
          ? {
              ...cardRow.card,
              name: displayOfKey((cardRow.data as unknown as Card).name, opts.lang, reviews, `${cardRow.id}#name`),
            }
          : null,
        path: ancestors.map((a) => ({
          id: a.id,
          kind: a.kind,
          text: a.text ? displayOfKey(a.text, opts.lang, reviews, keyOfItemText(a)) : null,
        })),
        source: item.source ? { lines: item.source, text: excerpt } : null,
        sameTextIn: same.map((s) => ({ id: s.id, kind: s.kind, card: s.card })),
      };
    },

    async terms(opts: { edition?: string | undefined; lang: Lang }) {
      const editionId = await editions.resolveEditionId(opts.edition);
      const rows = await registry.itemsOfKind(db, editionId, 'term');
      const reviews = await reviewsOf(editionId);
      return {
        edition: editionId,
        terms: rows.map((r) => ({ uuid: r.uuid, ...withDisplay(r.data as unknown as Term, opts.lang, reviews) })),
      };
    },

    async professions(opts: { edition?: string | undefined; lang: Lang }) {
      const editionId = await editions.resolveEditionId(opts.edition);
      const rows = await registry.itemsOfKind(db, editionId, 'profession');
      const reviews = await reviewsOf(editionId);
      return {
        edition: editionId,
        professions: rows.map((r) => {
          const p = r.data as unknown as Profession;
          return { uuid: r.uuid, ...withDisplay(p, opts.lang, reviews), hasCard: p.cards.length > 0 };
        }),
      };
    },

    async levels(opts: { edition?: string | undefined; lang: Lang }) {
      const editionId = await editions.resolveEditionId(opts.edition);
      const cards = await summaries(editionId, opts.lang);
      return {
        edition: editionId,
        levels: [1, 2, 3, 4, 5, 6, 7, 8].map((level) => ({
          level,
          cards: cards
            .filter((c) => c.level === level)
            .sort((a, b) => ORDER[opts.lang].compare(a.name.display.text, b.name.display.text))
            .map((c) => ({ code: c.code, level: c.level, name: c.name.display })),
        })),
      };
    },

    /** Nodes are cards; edges are the links the standard states, plus the same profession's next level. */
    async careerGraph(opts: { edition?: string | undefined; lang: Lang }) {
      const editionId = await editions.resolveEditionId(opts.edition);
      const cards = await summaries(editionId, opts.lang);
      const links = await registry.itemsOfKind(db, editionId, 'link');
      const reviews = await reviewsOf(editionId);
      const byId = new Map(cards.map((c) => [c.id, c]));
      const key = (c: { code: string; level: number }) => cardKeyString(c);
      const keys = new Set(cards.map(key));
      const edges: { from: string; to: string; kind: 'stated' | 'next-level'; linkId?: string }[] = [];
      const unresolved: { from: string; linkId: string; level: number; name: ReturnType<typeof displayOf> }[] = [];
      for (const link of links) {
        const data = link.data as { level: number; kk: string; ru?: string; en?: string; card?: CardKey };
        const from = link.cardId ? byId.get(link.cardId) : undefined;
        if (!from) continue;
        if (data.card && keys.has(key(data.card)))
          edges.push({ from: key(from), to: key(data.card), kind: 'stated', linkId: link.id });
        else
          unresolved.push({
            from: key(from),
            linkId: link.id,
            level: data.level,
            name: displayOfKey(data, opts.lang, reviews, link.id),
          });
      }
      for (const card of cards) {
        const next = cards
          .filter((c) => c.code === card.code && c.level > card.level)
          .sort((a, b) => a.level - b.level)[0];
        if (next && !edges.some((e) => e.from === key(card) && e.to === key(next))) {
          edges.push({ from: key(card), to: key(next), kind: 'next-level' });
        }
      }
      return {
        edition: editionId,
        nodes: cards.map((c) => ({ id: key(c), code: c.code, level: c.level, name: c.name.display })),
        edges,
        unresolved,
      };
    },
  };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
