/**
 * Every text of an edition as one flat list, each with where it stands (card, path, item id,
 * source lines) and its words, stems and shingles computed once. Rules read this instead of
 * walking the tree themselves; it is built once per edition value and shared by all rules.
 */
import { LANGS, type Lang } from '../shared/messages/index.js';
import { QUALITY_PLACE_MESSAGES } from '../shared/messages/quality-places.js';
import type { CardKey, Edition } from '../standard/edition.js';
import type { Card, NumberedText } from '../standard/schemas.js';
import { shingles, stemsOfWords, words } from './text.js';
import type { Evidence, Finding, FindingLocation, LineRange, Message, RelatedPlace, Severity } from './types.js';

export type TextKind =
  | 'cardTitle'
  | 'cardName'
  | 'otherName'
  | 'qualificationBasis'
  | 'groupLabel'
  | 'qualificationRule'
  | 'educationLevel'
  | 'labourFunction'
  | 'task'
  | 'skill'
  | 'knowledge'
  | 'personalCompetencies'
  | 'link'
  | 'qualificationLink'
  | 'workingConditions'
  | 'term'
  | 'definition'
  | 'profession'
  | 'provision'
  | 'label';

export type TextItem = {
  kind: TextKind;
  text: string;
  card: Card | null;
  key: CardKey | null;
  path: string;
  itemId?: string;
  source: LineRange | null;
  /** Labour function and task position (0-based) for items inside a function. */
  fn?: number;
  task?: number;
  /** The list the item belongs to (skills of one task…), for "twice in one list" and list-wide checks. */
  listId?: string;
  position?: number;
  /** As printed, else the position + 1. */
  number?: string;
  words: string[];
  /** The words joined by single spaces: equal for texts that differ only in case, punctuation or spacing. */
  flat: string;
  stems: string[];
  shingles: Set<string>;
};

export type Analysis = {
  edition: Edition;
  items: TextItem[];
  /** Items of each card, by card id. */
  byCard: Map<string, TextItem[]>;
  /** The source text, line by line (index 0 = line 1). */
  lines: string[];
};

const cache = new WeakMap<Edition, Analysis>();

/** The analysis of an edition, built once per edition value (editions are not mutated while linted). */
export function analyse(edition: Edition): Analysis {
  const cached = cache.get(edition);
  if (cached) return cached;
  const lines = edition.sourceText.split('\n');
  const items: TextItem[] = [];
  const add = (item: Omit<TextItem, 'words' | 'flat' | 'stems' | 'shingles'>) => {
    const w = words(item.text);
    const s = stemsOfWords(w);
    items.push({ ...item, words: w, flat: w.join(' '), stems: s, shingles: shingles(s) });
  };

  edition.terms.forEach((term, i) => {
    const base = { card: null, key: null, itemId: term.id, source: term.source.lines, number: term.number };
    add({ ...base, kind: 'term', text: term.term.kk, path: `terms[${i}].term` });
    add({ ...base, kind: 'definition', text: term.definition.kk, path: `terms[${i}].definition` });
  });
  edition.professions.forEach((p, i) => {
    add({
      kind: 'profession',
      text: p.name.kk,
      card: null,
      key: null,
      path: `professions[${i}]`,
      itemId: p.id,
      source: p.source.lines,
      number: p.number,
    });
  });
  edition.meta.provisions.forEach((p, i) => {
    add({
      kind: 'provision',
      text: p.kk,
      card: null,
      key: null,
      path: `provisions[${i}]`,
      itemId: p.id,
      source: p.source.lines,
      number: p.number,
    });
  });

  for (const card of edition.cards) {
    const key = { code: card.code.value, level: card.level.value };
    const at = (path: string, text: { kk: string; source: { lines: LineRange } }, kind: TextKind, itemId = card.id) =>
      add({ kind, text: text.kk, card, key, path, itemId, source: text.source.lines });
    at('title', card.title, 'cardTitle');
    at('name', card.name, 'cardName');
    card.otherNames.forEach((n, i) => {
      add({
        kind: 'otherName',
        text: n.kk,
        card,
        key,
        path: `otherNames[${i}]`,
        itemId: n.id,
        source: n.source.lines,
        listId: `${card.id}.otherNames`,
        position: i,
        number: String(i + 1),
      });
    });
    if (card.qualification.basis) at('qualification.basis', card.qualification.basis, 'qualificationBasis');
    card.qualification.groups.forEach((g, gi) => {
      if (g.label) at(`qualification.groups[${gi}].label`, g.label, 'groupLabel', g.id);
      g.rules.forEach((r, ri) => {
        add({
          kind: 'qualificationRule',
          text: r.kk,
          card,
          key,
          path: `qualification.groups[${gi}].rules[${ri}]`,
          itemId: r.id,
          source: r.source.lines,
          listId: g.id,
          position: ri,
          number: String(ri + 1),
        });
      });
    });
    at('educationLevel', card.educationLevel, 'educationLevel');
    card.labourFunctions.forEach((fn, f) => {
      const fpath = `labourFunctions[${f}]`;
      add({
        kind: 'labourFunction',
        text: fn.name.kk,
        card,
        key,
        path: `${fpath}.name`,
        itemId: fn.id,
        source: fn.name.source.lines,
        fn: f,
        listId: `${card.id}.functions`,
        position: f,
        number: fn.number ?? String(f + 1),
      });
      const list = (kind: 'skill' | 'knowledge', entries: NumberedText[], path: string, listId: string, t?: number) => {
        entries.forEach((e, i) => {
          add({
            kind,
            text: e.kk,
            card,
            key,
            path: `${path}[${i}]`,
            itemId: e.id,
            source: e.source.lines,
            fn: f,
            ...(t === undefined ? {} : { task: t }),
            listId,
            position: i,
            number: e.number ?? String(i + 1),
          });
        });
      };
      list('skill', fn.skills ?? [], `${fpath}.skills`, `${fn.id}.skills`);
      list('knowledge', fn.knowledge ?? [], `${fpath}.knowledge`, `${fn.id}.knowledge`);
      fn.tasks.forEach((task, t) => {
        const tpath = `${fpath}.tasks[${t}]`;
        add({
          kind: 'task',
          text: task.name.kk,
          card,
          key,
          path: `${tpath}.name`,
          itemId: task.id,
          source: task.name.source.lines,
          fn: f,
          task: t,
          listId: `${fn.id}.tasks`,
          position: t,
          number: String(t + 1),
        });
        list('skill', task.skills, `${tpath}.skills`, `${task.id}.skills`, t);
        list('knowledge', task.knowledge, `${tpath}.knowledge`, `${task.id}.knowledge`, t);
      });
    });
    if (card.personalCompetencies) at('personalCompetencies', card.personalCompetencies, 'personalCompetencies');
    card.links.forEach((l, i) => {
      at(`links[${i}]`, l, 'link', l.id);
    });
    card.qualificationLink.forEach((l, i) => {
      at(`qualificationLink[${i}]`, l, 'qualificationLink', l.id);
    });
    if (card.workingConditions) at('workingConditions', card.workingConditions, 'workingConditions');
    // Printed labels and headers are text of the card too: hygiene rules read them line by line.
    card.labels.forEach(([from, to], i) => {
      for (let line = from; line <= to; line++) {
        const text = lines[line - 1]?.trim() ?? '';
        if (text) add({ kind: 'label', text, card, key, path: `labels[${i}]`, source: [line, line] });
      }
    });
  }

  const byCard = new Map<string, TextItem[]>();
  for (const item of items) {
    if (!item.card) continue;
    const list = byCard.get(item.card.id) ?? [];
    list.push(item);
    byCard.set(item.card.id, list);
  }
  const analysis = { edition, items, byCard, lines };
  cache.set(edition, analysis);
  return analysis;
}

/** Texts whose words are the standard's content (labels excluded). */
export const CONTENT_KINDS: ReadonlySet<TextKind> = new Set<TextKind>([
  'cardTitle',
  'cardName',
  'otherName',
  'qualificationBasis',
  'groupLabel',
  'qualificationRule',
  'educationLevel',
  'labourFunction',
  'task',
  'skill',
  'knowledge',
  'personalCompetencies',
  'link',
  'qualificationLink',
  'workingConditions',
  'term',
  'definition',
  'profession',
  'provision',
]);

// ---------------------------------------------------------------------------------------------
// Describing places in three languages

type PlaceKey = keyof typeof QUALITY_PLACE_MESSAGES;

/** A `quality.place.*` text in every language; a parameter may be a text in each language. */
function place(key: PlaceKey, params: Record<string, string | Message> = {}): Message {
  const texts = QUALITY_PLACE_MESSAGES[key];
  const fill = (lang: Lang) =>
    texts[lang].replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'string' ? value : value[lang];
    });
  return Object.fromEntries(LANGS.map((lang) => [lang, fill(lang)])) as Message;
}

export const kindName = (kind: TextKind): Message => place(`quality.place.kind.${kind}`);

export function cardName(key: CardKey): Message {
  return place('quality.place.card', { code: key.code, level: String(key.level) });
}

/** "on card X": the card in the locative (kk), prepositional (ru) case. */
export function cardIn(key: CardKey): Message {
  return place('quality.place.cardIn', { code: key.code, level: String(key.level) });
}

/**
 * A short name for an item inside its card, ready to start a sentence after `cap`:
 * "5-дағды (1-еңбек функциясы, 2-міндет)" / "навык 5 (трудовая функция 1, задача 2)" /
 * "skill 5 (labour function 1, task 2)"; unnumbered parts get an article in English
 * ("the education level"). `withCard` adds the card.
 */
export function itemName(item: TextItem, withCard = false): Message {
  const kind = kindName(item.kind);
  const fnNumber = item.fn === undefined ? undefined : String(item.fn + 1);
  const n = item.kind === 'labourFunction' ? fnNumber : item.number;
  const head: Message = n
    ? item.kind === 'definition'
      ? place('quality.place.definitionN', { n })
      : place('quality.place.numbered', { n, kind })
    : place('quality.place.unnumbered', { kind });
  const context: Message[] = [];
  if (withCard && item.key) context.push(cardName(item.key));
  if (item.kind !== 'labourFunction' && fnNumber) context.push(place('quality.place.labourFunctionN', { n: fnNumber }));
  if (item.kind !== 'task' && item.task !== undefined) {
    context.push(place('quality.place.taskN', { n: String(item.task + 1) }));
  }
  if (context.length === 0) return head;
  const joined = Object.fromEntries(LANGS.map((lang) => [lang, context.map((c) => c[lang]).join(', ')])) as Message;
  return place('quality.place.withContext', { head, context: joined });
}

export function locationOf(item: TextItem): FindingLocation {
  return { card: item.key, path: item.path, ...(item.itemId ? { itemId: item.itemId } : {}) };
}

export function placeOf(item: TextItem, withText = true): RelatedPlace {
  return {
    ...locationOf(item),
    ...(withText ? { text: item.text } : {}),
    source: item.source ? { lines: item.source } : null,
  };
}

/** A finding about one text item. */
export function findingAt(
  rule: string,
  severity: Severity,
  item: TextItem,
  message: Message,
  evidence: Evidence = { text: item.text },
): Finding {
  return {
    rule,
    severity,
    message,
    location: locationOf(item),
    source: item.source ? { lines: item.source } : null,
    evidence,
  };
}

/** Makes "a", "b" → "«a»" in each language's quotes. */
export const q = (s: string): string => `«${s}»`;
