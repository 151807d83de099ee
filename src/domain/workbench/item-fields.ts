/**
 * An item's editable parts as the workbench shows them — its main text and its structured
 * fields (`itemFieldsSchema`) — read from and written into the item's stored `data` (the
 * item's own fields in the edition's schema, `item-tree.ts`). Sources stay where they were:
 * the editor changes wording and values, never where a text is printed; a text that no longer
 * matches its source makes the draft cite a compiled text (materialise.ts).
 */
import type { ItemKind } from '../standard/item-tree.js';
import { PLACEHOLDER_SOURCE } from './imported-standard.js';
import type { ItemFields } from './draft.js';

type Json = Record<string, unknown>;
type Text = { kk: string; ru?: string | undefined; en?: string | undefined };
type FieldName = keyof ItemFields;

/** Which fields each kind has; any other field in an edit is refused, naming it. */
export const FIELDS_BY_KIND: Record<ItemKind, readonly FieldName[]> = {
  card: ['code', 'level', 'title', 'educationLevel', 'personalCompetencies', 'workingConditions', 'qualificationBasis'],
  otherName: ['code'],
  qualificationGroup: ['group'],
  qualificationRule: ['category', 'education', 'experience', 'note'],
  labourFunction: ['number', 'note'],
  task: ['note'],
  skill: ['number', 'note'],
  knowledge: ['number', 'note'],
  link: ['level', 'card', 'note'],
  qualificationLink: [],
  term: ['number', 'definition'],
  profession: ['number', 'levels', 'cards', 'note'],
};

/** Fields a new item of the kind cannot do without (the edition's schema requires them). */
export const REQUIRED_FIELDS: Partial<Record<ItemKind, readonly FieldName[]>> = {
  card: ['code', 'level', 'educationLevel'],
  qualificationGroup: ['group'],
  qualificationRule: ['education'],
  link: ['level'],
  term: ['definition'],
  profession: ['levels'],
};

/** The fields of `fields` that the kind does not have. */
export function foreignFields(kind: ItemKind, fields: ItemFields): string[] {
  const allowed = new Set<string>(FIELDS_BY_KIND[kind]);
  return Object.keys(fields).filter((name) => !allowed.has(name));
}

const withoutSource = (value: unknown): unknown => {
  if (!value || typeof value !== 'object') return value;
  const { source: _source, ...rest } = value as Json;
  return rest;
};

const sourceOf = (holder: unknown): unknown =>
  (holder as { source?: unknown } | undefined)?.source ?? structuredClone(PLACEHOLDER_SOURCE);

/** A localized text with only the languages it has (no `undefined` keys for jsonb to drop). */
function localized(text: Text): Json {
  const out: Json = { kk: text.kk };
  if (text.ru !== undefined) out.ru = text.ru;
  if (text.en !== undefined) out.en = text.en;
  return out;
}

/** Where each field lives in an item's data: read and write (null or undefined removes it). */
type Slot = { read: (data: Json) => unknown; write: (data: Json, value: unknown) => void };

const plain = (key: string): Slot => ({
  read: (data) => data[key],
  write: (data, value) => {
    if (value === null || value === undefined) delete data[key];
    else data[key] = value;
  },
});

/** A sourced text inside the data (`{kk, ru?, en?, source}`): the source is kept, or a placeholder. */
const sourced = (get: (data: Json) => Json, key: string): Slot => ({
  read: (data) => withoutSource(get(data)[key]),
  write: (data, value) => {
    const holder = get(data);
    if (value === null || value === undefined) delete holder[key];
    else holder[key] = { ...(value as Json), source: sourceOf(holder[key]) };
  },
});

/** `{ value, source }` of a card's code and level. */
const valued = (key: string): Slot => ({
  read: (data) => (data[key] as { value?: unknown } | undefined)?.value,
  write: (data, value) => {
    data[key] = { value, source: sourceOf(data[key]) };
  },
});

const own = (data: Json) => data;
const qualification = (data: Json) => {
  if (!data.qualification || typeof data.qualification !== 'object') data.qualification = {};
  return data.qualification as Json;
};

function slotOf(kind: ItemKind, field: FieldName): Slot {
  if (kind === 'card') {
    switch (field) {
      case 'code':
      case 'level':
        return valued(field);
      case 'qualificationBasis':
        return sourced(qualification, 'basis');
      default:
        return sourced(own, field);
    }
  }
  if (kind === 'term' && field === 'definition') return plain('definition');
  return plain(field);
}

/** The structured fields of an item, read from its data. */
export function fieldsOf(kind: ItemKind, data: Json): ItemFields {
  const out: Json = {};
  for (const field of FIELDS_BY_KIND[kind]) {
    const value = slotOf(kind, field).read(data);
    if (value !== undefined) out[field] = structuredClone(value);
  }
  return out as ItemFields;
}

/** Writes fields into a copy of the data (a null removes an optional field). */
export function withFields(kind: ItemKind, data: Json, fields: ItemFields): Json {
  const next = structuredClone(data);
  for (const [field, value] of Object.entries(fields)) slotOf(kind, field as FieldName).write(next, value);
  return next;
}

/** Writes the item's main text into a copy of the data, keeping where it is printed. */
export function withMainText(kind: ItemKind, data: Json, text: Text): Json {
  const next = structuredClone(data);
  switch (kind) {
    case 'card':
    case 'labourFunction':
    case 'task':
      next.name = { ...localized(text), source: sourceOf(next.name) };
      break;
    case 'qualificationGroup':
      next.label = { ...localized(text), source: sourceOf(next.label) };
      break;
    case 'profession':
      next.name = localized(text);
      break;
    case 'term':
      next.term = localized(text);
      break;
    default:
      delete next.ru;
      delete next.en;
      Object.assign(next, localized(text));
  }
  return next;
}

/**
 * The data of a new item: its id, its main text, the fields given, and the placeholder source
 * (a new text is printed nowhere yet) wherever the edition's schema asks for one.
 */
export function newItemData(kind: ItemKind, id: string, text: Text, fields: ItemFields): Json {
  const placeholder = () => structuredClone(PLACEHOLDER_SOURCE);
  let base: Json;
  switch (kind) {
    case 'card':
      base = {
        id,
        title: { ...localized(text), source: placeholder() },
        qualification: {},
        labels: [],
        source: placeholder(),
      };
      break;
    case 'qualificationGroup':
      base = { id };
      break;
    case 'labourFunction':
    case 'task':
      base = { id };
      break;
    case 'term':
      base = { id, source: placeholder() };
      break;
    case 'profession':
      base = { id, kk: text.kk, source: placeholder(), cards: [] };
      break;
    default:
      base = { id, source: placeholder() };
  }
  return withFields(kind, withMainText(kind, base, text), fields);
}
