/**
 * The semantic diff of two editions of a standard: what an amending order changed, item by item,
 * in the terms a methodologist uses: a skill added to a card, a knowledge item removed, a task
 * reworded (with a word-level diff), a skill moved to another task, a card's level or code
 * changed, a requirement's years changed, the order's number and date. Items are matched across
 * the editions by `alignEditions` (ids, then text, then position); the alignment is returned with
 * the diff so a client can follow every item from one edition to the other.
 *
 * Only official texts count (`kk`); the unofficial translations, source line numbers, printed
 * numbers and notes change with every edition and are not changes of the standard.
 */
import { type CardKey, type Edition, cardKeyString } from '../standard/edition.js';
import { type ItemKind, type ItemRecord, flattenEdition } from '../standard/item-tree.js';
import type { EditionMeta } from '../standard/schemas.js';
import { type AlignedPair, type Alignment, alignRecords, ownText } from './match.js';
import {
  type ItemChangeVerb,
  LANGS,
  type Texts,
  cardAddedOrRemovedSentence,
  cardWhere,
  codeChangedSentence,
  comparedSentence,
  countSentence,
  fieldChangedSentence,
  fieldName,
  fieldRewordedPhrase,
  itemVerbPhrase,
  levelChangedSentence,
  NOUNS,
} from '../shared/messages/diff-sentences.js';
import { type WordOp, wordDiff } from './word-diff.js';

export const CHANGE_KINDS = [
  'metadataChanged',
  'added',
  'removed',
  'reworded',
  'moved',
  'renumbered',
  'levelChanged',
  'codeChanged',
  'requirementChanged',
  'attributesChanged',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Where an item stands in one edition. */
export type ItemLocation = {
  id: string;
  /** Present when the caller supplied `uuidOf` (the service does). */
  uuid?: string;
  kind: ItemKind | 'edition';
  /** The card the item belongs to (for a card, itself); null for terms, professions and the edition. */
  card: CardKey | null;
  /** The item's place by position, 1-based: `f1.t2.s3`, `g1.q2`, `n1`, `term-3`; '' for a card itself. */
  path: string;
  /** The parent item (a skill's task or function…); null for cards, terms, professions. */
  parentId: string | null;
  /** Lines of the official text (1-based, inclusive) the item, or the changed field, is printed on. */
  lines: [number, number] | null;
  /** The item's official text (a card's or task's name, a skill's text…). */
  text: string | null;
};

/**
 * A datum as it was or became: a leaf of an item's data (see `leaves`), so a number or a text, a
 * list of them (education levels, a profession's levels), a list of a rule's education
 * alternatives or of a profession's cards; null when absent.
 */
export type FieldValue =
  | string
  | number
  | null
  | string[]
  | number[]
  | { minLevel: string; fields?: string[] | 'relevant'; certificate?: string }[]
  | CardKey[];

export type FieldChange = { field: string; from: FieldValue; to: FieldValue };

export type Change = {
  kind: ChangeKind;
  itemKind: ItemKind | 'edition';
  /** The item in the old edition (null when added). */
  from: ItemLocation | null;
  /** The item in the new edition (null when removed). */
  to: ItemLocation | null;
  /** The text or datum concerned: `text`, `name`, `definition`, `educationLevel`, `order.date`… */
  field?: string;
  /** Word-level diff of the official text (reworded, requirementChanged, metadataChanged of a text). */
  words?: WordOp[];
  /** Changed data: requirement category, years, education; a card's level or code; order fields. */
  fields?: FieldChange[];
  /** added/removed: how many items under it come or go with it. */
  descendants?: number;
  /** moved: whether the item went to another task (of the same function), another function or another card. */
  movedTo?: 'task' | 'function' | 'card';
  /** One line for people. */
  message: Texts;
};

export type EditionRef = {
  id: string;
  standardId: string;
  status: string;
  order: { number: string; date: string };
  supersedes: string | null;
};

export type EditionDiff = {
  from: EditionRef;
  to: EditionRef;
  /** Plain-language sentences, first the overall one. */
  summary: { kk: string[]; ru: string[]; en: string[] };
  counts: Record<ChangeKind, number>;
  changes: Change[];
  /** Which item is which across the editions (see match.ts); uuids when `uuidOf` was given. */
  alignment: {
    pairs: (AlignedPair & { oldUuid?: string; newUuid?: string })[];
    added: string[];
    removed: string[];
  };
};

export type DiffOptions = {
  /** The item's UUID in a standard (the service passes `itemUuid`). */
  uuidOf?: (standardId: string, itemId: string) => string;
};

type Json = Record<string, unknown>;
type Side = {
  edition: Edition;
  records: ItemRecord[];
  byId: Map<string, ItemRecord>;
  index: Map<string, number>;
  children: Map<string, ItemRecord[]>;
  cardKeys: Map<string, CardKey>;
  paths: Map<string, string>;
  uuid: (id: string) => string | undefined;
};

const PATH_LETTER: Record<ItemKind, string> = {
  card: '',
  otherName: 'n',
  qualificationGroup: 'g',
  qualificationRule: 'q',
  labourFunction: 'f',
  task: 't',
  skill: 's',
  knowledge: 'k',
  link: 'l',
  qualificationLink: 'ql',
  term: 'term-',
  profession: 'prof-',
};

/** Keys that are never changes of the standard. */
const IGNORED_KEYS = new Set(['id', 'source', 'ru', 'en', 'note', 'notes', 'number', 'labels', 'parts', 'displaced']);

function side(edition: Edition, uuidOf: DiffOptions['uuidOf']): Side {
  const records = flattenEdition(edition);
  const byId = new Map(records.map((r) => [r.id, r]));
  const index = new Map(records.map((r, i) => [r.id, i]));
  const children = new Map<string, ItemRecord[]>();
  for (const r of records) {
    if (r.parentId === null) continue;
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const cardKeys = new Map(edition.cards.map((c) => [c.id, { code: c.code.value, level: c.level.value }]));
  const paths = new Map<string, string>();
  const pathOf = (r: ItemRecord): string => {
    const known = paths.get(r.id);
    if (known !== undefined) return known;
    const own = r.kind === 'card' ? '' : `${PATH_LETTER[r.kind]}${r.position + 1}`;
    const parent = r.parentId === null ? undefined : byId.get(r.parentId);
    const parentPath = parent ? pathOf(parent) : '';
    const path = parentPath && own ? `${parentPath}.${own}` : parentPath || own;
    paths.set(r.id, path);
    return path;
  };
  for (const r of records) pathOf(r);
  const standardId = edition.meta.standard.id;
  return {
    edition,
    records,
    byId,
    index,
    children,
    cardKeys,
    paths,
    uuid: (id) => (uuidOf ? uuidOf(standardId, id) : undefined),
  };
}

function cardOf(s: Side, r: ItemRecord): CardKey | null {
  if (r.kind === 'card') return s.cardKeys.get(r.id) ?? null;
  return r.cardId === null ? null : (s.cardKeys.get(r.cardId) ?? null);
}

/** The lines an item stands on: its own, a card's whole range, or the span of what it holds. */
function linesOf(s: Side, r: ItemRecord): [number, number] | null {
  if (r.kind === 'card') return ((r.data as Json).source as { lines: [number, number] }).lines;
  if (r.source) return r.source;
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  for (const child of s.children.get(r.id) ?? []) {
    const lines = linesOf(s, child);
    if (!lines) continue;
    from = Math.min(from, lines[0]);
    to = Math.max(to, lines[1]);
  }
  return to === 0 ? null : [from, to];
}

function locate(s: Side, r: ItemRecord, fieldLines?: [number, number] | null): ItemLocation {
  const uuid = s.uuid(r.id);
  return {
    id: r.id,
    ...(uuid ? { uuid } : {}),
    kind: r.kind,
    card: cardOf(s, r),
    path: s.paths.get(r.id) ?? '',
    parentId: r.parentId,
    lines: fieldLines ?? linesOf(s, r),
    text: ownText(r) || null,
  };
}

/** Leaves of an item's own data: texts (`…kk`) and data (anything else not ignored); arrays are leaves. */
function leaves(data: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    out.set(prefix, data);
    return out;
  }
  for (const [key, value] of Object.entries(data as Json)) {
    if (IGNORED_KEYS.has(key)) continue;
    leaves(value, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

/** `kk` → `text`, `name.kk` → `name`; null for a datum that is not an official text. */
function textField(path: string): string | null {
  if (path === 'kk') return 'text';
  return path.endsWith('.kk') ? path.slice(0, -3) : null;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value as Json)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function fieldSourceLines(r: ItemRecord, field: string): [number, number] | null {
  let node: unknown = r.data;
  for (const key of field.split('.')) node = (node as Json | undefined)?.[key];
  const lines = (node as { source?: { lines?: [number, number] } } | undefined)?.source?.lines;
  return lines ?? null;
}

function shorten(text: string | null | undefined, max = 70): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join(', ');
  return canonical(value);
}

/** "function 1 › task 2 › skill 3" in each language. */
function placeText(s: Side, r: ItemRecord): Texts {
  const chain: ItemRecord[] = [];
  let current: ItemRecord | undefined = r;
  while (current && current.kind !== 'card') {
    chain.unshift(current);
    current = current.parentId === null ? undefined : s.byId.get(current.parentId);
  }
  const out: Texts = { kk: '', ru: '', en: '' };
  for (const lang of LANGS) out[lang] = chain.map((c) => NOUNS[c.kind].place[lang](c.position + 1)).join(' › ');
  return out;
}

/** "card 2635-3-001 level 5, function 1 › task 1 › skill 6" in each language. */
function whereText(s: Side, r: ItemRecord): Texts {
  const card = cardOf(s, r);
  const place = placeText(s, r);
  const cardText: Texts = card ? cardWhere(card) : { kk: '', ru: '', en: '' };
  const out: Texts = { kk: '', ru: '', en: '' };
  for (const lang of LANGS) out[lang] = [cardText[lang], place[lang]].filter(Boolean).join(', ');
  return out;
}

function message(head: Texts, where: Texts | null, detail: string | Texts): Texts {
  const out: Texts = { kk: '', ru: '', en: '' };
  for (const lang of LANGS) {
    const d = typeof detail === 'string' ? detail : detail[lang];
    out[lang] = `${head[lang]}${where?.[lang] ? ` — ${where[lang]}` : ''}${d ? `: ${d}` : ''}`;
  }
  return out;
}

function fieldsDetail(fields: FieldChange[]): Texts {
  const out: Texts = { kk: '', ru: '', en: '' };
  for (const lang of LANGS) {
    out[lang] = fields
      .map((f) => `${fieldName(f.field)[lang]} ${formatValue(f.from)} → ${formatValue(f.to)}`)
      .join('; ');
  }
  return out;
}

function editionRef(meta: EditionMeta): EditionRef {
  return {
    id: meta.id,
    standardId: meta.standard.id,
    status: meta.status,
    order: { number: meta.order.number, date: meta.order.date },
    supersedes: meta.supersedes ?? null,
  };
}

/** Order, status and provisions: the edition's own data. */
function metadataChanges(a: EditionMeta, b: EditionMeta): Change[] {
  const changes: Change[] = [];
  const loc = (meta: EditionMeta, field: string, lines: [number, number] | null, text: string | null) => ({
    id: meta.id,
    kind: 'edition' as const,
    card: null,
    path: field,
    parentId: null,
    lines,
    text,
  });
  const scalar: [string, (m: EditionMeta) => string | null, (m: EditionMeta) => [number, number] | null][] = [
    ['order.number', (m) => m.order.number, (m) => m.order.source.lines],
    ['order.date', (m) => m.order.date, (m) => m.order.source.lines],
    ['order.registration.number', (m) => m.order.registration.number, (m) => m.order.source.lines],
    ['order.registration.date', (m) => m.order.registration.date, (m) => m.order.source.lines],
    ['order.inForceFrom', (m) => m.order.inForceFrom, (m) => m.order.source.lines],
    ['status', (m) => m.status, () => null],
    ['supersedes', (m) => m.supersedes ?? null, () => null],
    ['standard.id', (m) => m.standard.id, () => null],
  ];
  for (const [field, get, lines] of scalar) {
    const from = get(a);
    const to = get(b);
    if (from === to) continue;
    const fields = [{ field, from, to }];
    changes.push({
      kind: 'metadataChanged',
      itemKind: 'edition',
      from: loc(a, field, lines(a), from),
      to: loc(b, field, lines(b), to),
      field,
      fields,
      message: metadataMessage(field, formatValue(from), formatValue(to)),
    });
  }
  const texts: [string, (m: EditionMeta) => string | undefined, (m: EditionMeta) => [number, number] | null][] = [
    ['standard.title', (m) => m.standard.title.kk, (m) => m.standard.title.source.lines],
    ['order.issuer', (m) => m.order.issuer.kk, (m) => m.order.source.lines],
    ['order.legalBasis', (m) => m.order.legalBasis.kk, (m) => m.order.source.lines],
  ];
  const provisionIds = [...new Set([...a.provisions, ...b.provisions].map((p) => p.id))];
  for (const id of provisionIds) {
    texts.push([
      `provisions.${id}`,
      (m) => m.provisions.find((p) => p.id === id)?.kk,
      (m) => m.provisions.find((p) => p.id === id)?.source.lines ?? null,
    ]);
  }
  for (const [field, get, lines] of texts) {
    const from = get(a);
    const to = get(b);
    if (from === to) continue;
    changes.push({
      kind: 'metadataChanged',
      itemKind: 'edition',
      from: loc(a, field, lines(a), from ?? null),
      to: loc(b, field, lines(b), to ?? null),
      field,
      words: wordDiff(from ?? '', to ?? ''),
      message: metadataMessage(field, `«${shorten(from) || '—'}»`, `«${shorten(to) || '—'}»`),
    });
  }
  return changes;
}

function metadataMessage(field: string, from: string, to: string): Texts {
  return fieldChangedSentence(fieldName(field), from, to);
}

/** A reworded text of an item: its own text, or a card's name, education level… */
function reworded(
  before: Side,
  after: Side,
  o: ItemRecord,
  n: ItemRecord,
  t: { field: string; from: string; to: string },
): Change {
  const own = t.field === 'text' || t.field === 'label' || (t.field === 'name' && n.kind !== 'card');
  const lines = (r: ItemRecord) => (own ? undefined : fieldSourceLines(r, t.field));
  const names = fieldName(t.field);
  const head: Texts = own ? itemVerbPhrase('reworded', n.kind) : fieldRewordedPhrase(n.kind, names);
  return {
    kind: 'reworded',
    itemKind: n.kind,
    from: locate(before, o, lines(o)),
    to: locate(after, n, lines(n)),
    field: t.field,
    words: wordDiff(t.from, t.to),
    message: message(head, whereText(after, n), `«${shorten(t.from, 50)}» → «${shorten(t.to, 50)}»`),
  };
}

/** Does an ancestor's new id explain the item's new id (`A.5.f1.t1.s3` → `A.6.f1.t1.s3`)? */
function idChangeInherited(oldId: string, n: ItemRecord, after: Side, newToOld: Map<string, string>): boolean {
  let parentId = n.parentId;
  while (parentId !== null) {
    const oldParent = newToOld.get(parentId);
    if (
      oldParent !== undefined &&
      oldParent !== parentId &&
      oldId.startsWith(`${oldParent}.`) &&
      n.id.startsWith(`${parentId}.`) &&
      oldId.slice(oldParent.length) === n.id.slice(parentId.length)
    ) {
      return true;
    }
    parentId = after.byId.get(parentId)?.parentId ?? null;
  }
  return false;
}

function countDescendants(s: Side, id: string, among: Set<string>): number {
  let n = 0;
  for (const child of s.children.get(id) ?? []) {
    if (among.has(child.id)) n += 1 + countDescendants(s, child.id, among);
  }
  return n;
}

/**
 * The changes from `oldEdition` to `newEdition`, with a summary in Kazakh, Russian and English
 * and the alignment of their items.
 */
export function diffEditions(oldEdition: Edition, newEdition: Edition, options: DiffOptions = {}): EditionDiff {
  const before = side(oldEdition, options.uuidOf);
  const after = side(newEdition, options.uuidOf);
  const alignment: Alignment = alignRecords(before.records, after.records);
  const oldToNew = new Map(alignment.pairs.map((p) => [p.oldId, p.newId]));
  const newToOld = new Map(alignment.pairs.map((p) => [p.newId, p.oldId]));
  const added = new Set(alignment.added);
  const removed = new Set(alignment.removed);

  // Each change gets a sort key: its place in the new edition (removed items beside their old parent's match).
  const keyed: { key: number; change: Change }[] = [];
  const push = (key: number, change: Change) => keyed.push({ key, change });
  const newIndex = (id: string) => after.index.get(id) ?? Number.MAX_SAFE_INTEGER;

  for (const id of alignment.added) {
    const n = after.byId.get(id);
    if (!n || (n.parentId !== null && added.has(n.parentId))) continue;
    const descendants = countDescendants(after, id, added);
    const to = locate(after, n);
    push(newIndex(id), {
      kind: 'added',
      itemKind: n.kind,
      from: null,
      to,
      ...(descendants > 0 ? { descendants } : {}),
      message: message(itemVerbPhrase('added', n.kind), whereText(after, n), `«${shorten(to.text)}»`),
    });
  }

  for (const id of alignment.removed) {
    const o = before.byId.get(id);
    if (!o || (o.parentId !== null && removed.has(o.parentId))) continue;
    const descendants = countDescendants(before, id, removed);
    const from = locate(before, o);
    // Beside its old previous sibling's match (else its old parent's), among the new edition's changes.
    const siblings = (
      o.parentId === null ? before.records.filter((r) => r.parentId === null) : (before.children.get(o.parentId) ?? [])
    )
      .filter((r) => r.kind === o.kind && r.position < o.position && oldToNew.has(r.id))
      .sort((x, y) => y.position - x.position);
    const anchor = oldToNew.get(siblings[0]?.id ?? '') ?? (o.parentId === null ? undefined : oldToNew.get(o.parentId));
    const key = anchor !== undefined ? newIndex(anchor) + 0.5 : Number.MAX_SAFE_INTEGER - 1;
    push(key, {
      kind: 'removed',
      itemKind: o.kind,
      from,
      to: null,
      ...(descendants > 0 ? { descendants } : {}),
      message: message(itemVerbPhrase('removed', o.kind), whereText(before, o), `«${shorten(from.text)}»`),
    });
  }

  for (const pair of alignment.pairs) {
    const o = before.byId.get(pair.oldId);
    const n = after.byId.get(pair.newId);
    if (!o || !n) continue;
    const key = newIndex(n.id);
    const where = whereText(after, n);

    // A card's code and level.
    let cardKeyChanged = false;
    if (n.kind === 'card') {
      const ko = cardOf(before, o);
      const kn = cardOf(after, n);
      if (ko && kn && ko.level !== kn.level) {
        cardKeyChanged = true;
        const fields = [{ field: 'level', from: ko.level, to: kn.level }];
        push(key, {
          kind: 'levelChanged',
          itemKind: 'card',
          from: locate(before, o, fieldSourceLines(o, 'level')),
          to: locate(after, n, fieldSourceLines(n, 'level')),
          field: 'level',
          fields,
          message: levelChangedSentence(ko, kn),
        });
      }
      if (ko && kn && ko.code !== kn.code) {
        cardKeyChanged = true;
        const fields = [{ field: 'code', from: ko.code, to: kn.code }];
        push(key, {
          kind: 'codeChanged',
          itemKind: 'card',
          from: locate(before, o, fieldSourceLines(o, 'code')),
          to: locate(after, n, fieldSourceLines(n, 'code')),
          field: 'code',
          fields,
          message: codeChangedSentence(ko, kn),
        });
      }
    }

    // Moved to another parent (another task, function or card).
    let moved = false;
    if (n.parentId !== null && o.parentId !== null && oldToNew.get(o.parentId) !== n.parentId) {
      moved = true;
      const whereBefore = whereText(before, o);
      const functionOf = (sd: Side, r: ItemRecord): string | null => {
        let current: ItemRecord | undefined = r.parentId === null ? undefined : sd.byId.get(r.parentId);
        while (current && current.kind !== 'labourFunction') {
          current = current.parentId === null ? undefined : sd.byId.get(current.parentId);
        }
        return current?.id ?? null;
      };
      const oldFunction = functionOf(before, o);
      const movedTo =
        o.cardId === null || n.cardId === null || oldToNew.get(o.cardId) !== n.cardId
          ? 'card'
          : (oldFunction === null ? null : (oldToNew.get(oldFunction) ?? null)) !== functionOf(after, n)
            ? 'function'
            : 'task';
      push(key, {
        kind: 'moved',
        itemKind: n.kind,
        from: locate(before, o),
        to: locate(after, n),
        movedTo,
        message: message(itemVerbPhrase('moved', n.kind), null, {
          kk: `${whereBefore.kk} → ${where.kk}`,
          ru: `${whereBefore.ru} → ${where.ru}`,
          en: `${whereBefore.en} → ${where.en}`,
        }),
      });
    }

    // A new id that neither a move nor a renamed card or parent explains.
    if (o.id !== n.id && !moved && !cardKeyChanged && !idChangeInherited(o.id, n, after, newToOld)) {
      push(key, {
        kind: 'renumbered',
        itemKind: n.kind,
        from: locate(before, o),
        to: locate(after, n),
        fields: [{ field: 'id', from: o.id, to: n.id }],
        message: message(itemVerbPhrase('renumbered', n.kind), where, `${o.id} → ${n.id}`),
      });
    }

    // Texts and data.
    const a = leaves(o.data);
    const b = leaves(n.data);
    const textChanges: { field: string; from: string; to: string }[] = [];
    const dataChanges: FieldChange[] = [];
    for (const path of new Set([...a.keys(), ...b.keys()])) {
      if (n.kind === 'card' && (path === 'code.value' || path === 'level.value')) continue;
      const va = a.get(path);
      const vb = b.get(path);
      if (canonical(va) === canonical(vb)) continue;
      const field = textField(path);
      if (field)
        textChanges.push({ field, from: typeof va === 'string' ? va : '', to: typeof vb === 'string' ? vb : '' });
      // The leaves of the standard's schemas are these values (see FieldValue).
      else dataChanges.push({ field: path, from: (va ?? null) as FieldValue, to: (vb ?? null) as FieldValue });
    }

    if (n.kind === 'qualificationRule' && dataChanges.length > 0) {
      const text = textChanges.find((t) => t.field === 'text');
      push(key, {
        kind: 'requirementChanged',
        itemKind: n.kind,
        from: locate(before, o),
        to: locate(after, n),
        fields: dataChanges,
        ...(text ? { field: 'text', words: wordDiff(text.from, text.to) } : {}),
        message: message(itemVerbPhrase('requirementChanged', n.kind), where, fieldsDetail(dataChanges)),
      });
      for (const t of textChanges.filter((x) => x.field !== 'text')) push(key, reworded(before, after, o, n, t));
    } else {
      for (const t of textChanges) push(key, reworded(before, after, o, n, t));
      if (dataChanges.length > 0) {
        push(key, {
          kind: 'attributesChanged',
          itemKind: n.kind,
          from: locate(before, o),
          to: locate(after, n),
          fields: dataChanges,
          message: message(itemVerbPhrase('attributesChanged', n.kind), where, fieldsDetail(dataChanges)),
        });
      }
    }
  }

  keyed.sort((x, y) => x.key - y.key || CHANGE_KINDS.indexOf(x.change.kind) - CHANGE_KINDS.indexOf(y.change.kind));
  const changes = [...metadataChanges(oldEdition.meta, newEdition.meta), ...keyed.map((k) => k.change)];
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of changes) counts[c.kind]++;

  const from = editionRef(oldEdition.meta);
  const to = editionRef(newEdition.meta);
  return {
    from,
    to,
    summary: summarize(from, to, changes),
    counts,
    changes,
    alignment: {
      pairs: alignment.pairs.map((p) => {
        const oldUuid = before.uuid(p.oldId);
        const newUuid = after.uuid(p.newId);
        return { ...p, ...(oldUuid ? { oldUuid } : {}), ...(newUuid ? { newUuid } : {}) };
      }),
      added: alignment.added,
      removed: alignment.removed,
    },
  };
}

/** The plain-language summary: one overall sentence, then the edition's changes, the cards', the items'. */
export function summarize(
  from: EditionRef,
  to: EditionRef,
  changes: readonly Change[],
): { kk: string[]; ru: string[]; en: string[] } {
  const out: { kk: string[]; ru: string[]; en: string[] } = { kk: [], ru: [], en: [] };
  const add = (t: Texts) => {
    for (const lang of LANGS) out[lang].push(t[lang]);
  };
  add(comparedSentence(from, to, changes.length));

  for (const c of changes) if (c.kind === 'metadataChanged') add(withStop(c.message));

  for (const c of changes) {
    if (c.itemKind !== 'card') continue;
    const card = c.to?.card ?? c.from?.card;
    if (!card) continue;
    if (c.kind === 'added' || c.kind === 'removed') {
      add(cardAddedOrRemovedSentence(c.kind, card, shorten(c.to?.text ?? c.from?.text)));
    } else if (c.kind !== 'renumbered') {
      add(withStop(c.message));
    }
  }

  const groups = new Map<
    string,
    {
      verb: ItemChangeVerb;
      kind: ItemKind;
      card: CardKey | null;
      fromCard: CardKey | null;
      movedTo: Change['movedTo'] | null;
      count: number;
    }
  >();
  for (const c of changes) {
    if (c.itemKind === 'card' || c.itemKind === 'edition') continue;
    if (c.kind === 'metadataChanged' || c.kind === 'levelChanged' || c.kind === 'codeChanged') continue;
    const card = (c.kind === 'removed' ? c.from?.card : c.to?.card) ?? null;
    const fromCard = c.kind === 'moved' && c.movedTo === 'card' ? (c.from?.card ?? null) : null;
    const movedTo = c.movedTo ?? null;
    const key = [c.kind, c.itemKind, card ? cardKeyString(card) : '', fromCard ? cardKeyString(fromCard) : '', movedTo]
      .map(String)
      .join('|');
    const group = groups.get(key) ?? { verb: c.kind, kind: c.itemKind, card, fromCard, movedTo, count: 0 };
    group.count++;
    groups.set(key, group);
  }
  for (const g of groups.values()) add(countSentence(g.verb, g.kind, g.count, g.card, g.fromCard, g.movedTo));
  return out;
}

function withStop(t: Texts): Texts {
  const stop = (s: string) => (/[.!?…»]$/.test(s) ? s : `${s}.`);
  return { kk: stop(t.kk), ru: stop(t.ru), en: stop(t.en) };
}
