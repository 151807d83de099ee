/**
 * Reads an IMS CASE 1.1 CFPackage (parsed JSON, or its text) into an edition. A package Kasip
 * wrote carries `extensions.kasip` on its document and items, and reads back into exactly the
 * edition it was written from. A package from another tool (OpenSALT, a ministry's CASE server)
 * has none: its tree (`isChildOf`, ordered by `sequenceNumber`), its statements and item types
 * are read, and every text gets a placeholder source; kinds whose structure CASE cannot say
 * (qualification requirements, listed professions…) need the extension. The CASE fields win over
 * the extension: a statement edited in another tool is the statement read.
 *
 * Nothing throws: every problem is an issue placed by JSON path (`CFItems[3].fullStatement`),
 * in Kazakh, Russian and English. Pure.
 */
import { z } from 'zod';
import { englishOnly } from '../../domain/shared/messages/import-standard.js';
import { messagesWith } from '../../domain/shared/messages/index.js';
import type { Edition } from '../../domain/standard/edition.js';
import { type ItemKind, type ItemRecord, assembleEdition } from '../../domain/standard/item-tree.js';
import { type EditionMeta, editionSchema, itemIdSchema } from '../../domain/standard/schemas.js';
import {
  CASE_ITEM_TYPES,
  KASIP_EXTENSION,
  kindOfLabel,
  statementField,
} from '../../domain/workbench/case-vocabulary.js';
import {
  type ImportIssue,
  type ImportMessage,
  type ImportedStandard,
  PLACEHOLDER_SOURCE,
} from '../../domain/workbench/imported-standard.js';

/** More items than any standard has: a bigger package is refused rather than read. */
export const MAX_CASE_ITEMS = 50_000;
export const MAX_CASE_ASSOCIATIONS = 200_000;

/** Where each kind may stand: its parent's kind, or the document. */
const PARENTS: Record<ItemKind, readonly (ItemKind | 'document')[]> = {
  card: ['document'],
  term: ['document'],
  profession: ['document'],
  otherName: ['card'],
  qualificationGroup: ['card'],
  qualificationRule: ['qualificationGroup'],
  labourFunction: ['card'],
  task: ['labourFunction'],
  skill: ['task', 'labourFunction'],
  knowledge: ['task', 'labourFunction'],
  link: ['card'],
  qualificationLink: ['card'],
};

/** Not blank; never trimmed: the official text is read exactly as written. */
const text = z.string().refine((s) => s.trim().length > 0, 'must not be empty');
const extensionSchema = z.object({
  kind: z.enum(Object.keys(CASE_ITEM_TYPES) as [ItemKind, ...ItemKind[]]),
  id: itemIdSchema,
  fields: z.record(z.string(), z.json()),
});
const itemSchema = z.object({
  identifier: text,
  fullStatement: text,
  humanCodingScheme: z.string().optional(),
  listEnumeration: z.string().optional(),
  notes: z.string().optional(),
  CFItemType: z.string().optional(),
  CFItemTypeURI: z.object({ identifier: z.string() }).optional(),
  extensions: z.object({ [KASIP_EXTENSION]: z.unknown().optional() }).optional(),
});
const endSchema = z.object({ identifier: text });
const associationSchema = z.object({
  associationType: z.string(),
  sequenceNumber: z.number().int().optional(),
  originNodeURI: endSchema,
  destinationNodeURI: endSchema,
});
const documentSchema = z.object({
  identifier: text,
  title: text,
  creator: z.string().optional(),
  lastChangeDateTime: z.string().optional(),
  extensions: z.object({ [KASIP_EXTENSION]: z.unknown().optional() }).optional(),
});
const documentExtension = z.object({ edition: editionSchema, sourceText: z.string().optional() });
const itemTypeSchema = z.object({
  identifier: z.string(),
  typeCode: z.string().optional(),
  title: z.string().optional(),
});

type Read = {
  index: number;
  identifier: string;
  kind: ItemKind;
  id: string;
  data: Record<string, unknown>;
  parent?: { identifier: string; sequence: number; order: number };
};

class Issues {
  list: ImportIssue[] = [];
  error(path: string, message: ImportMessage) {
    if (this.list.length < 200) this.list.push({ severity: 'error', place: { path }, message });
  }
  warning(path: string, message: ImportMessage) {
    if (this.list.length < 200) this.list.push({ severity: 'warning', place: { path }, message });
  }
  zod(path: string, error: z.ZodError) {
    for (const issue of error.issues.slice(0, 5)) {
      const at = [path, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('');
      this.error(at.replace(/\.\[/g, '['), messagesWith('import.case.invalidValue', { detail: issue.message }));
    }
  }
  get failed() {
    return this.list.some((i) => i.severity === 'error');
  }
}

/** A package as parsed JSON, or its text. */
export function readCasePackage(json: unknown): ImportedStandard {
  const issues = new Issues();
  let value = json;
  if (typeof value === 'string' || value instanceof Uint8Array) {
    try {
      value = JSON.parse(typeof value === 'string' ? value : new TextDecoder().decode(value));
    } catch {
      issues.error('', messagesWith('import.case.notJson', {}));
      return { edition: undefined, issues: issues.list };
    }
  }
  if (isObject(value) && isObject(value.CFPackage)) value = value.CFPackage;
  if (!isObject(value) || !isObject(value.CFDocument)) {
    issues.error('CFDocument', messagesWith('import.case.noDocument', {}));
    return { edition: undefined, issues: issues.list };
  }
  try {
    const edition = readPackage(value, issues);
    return { edition: issues.failed ? undefined : edition, issues: issues.list };
  } catch (error) {
    // A last guard: no input may turn into a 500.
    issues.error(
      '',
      messagesWith('import.case.unreadable', { error: englishOnly(` (${String(error).slice(0, 200)})`) }),
    );
    return { edition: undefined, issues: issues.list };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function arrayAt(pkg: Record<string, unknown>, key: string, max: number, issues: Issues): unknown[] {
  const list = pkg[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    issues.error(key, messagesWith('import.case.notList', { key }));
    return [];
  }
  if (list.length > max) {
    issues.error(key, messagesWith('import.case.tooMany', { key, count: String(list.length), max: String(max) }));
    return [];
  }
  return list;
}

function readPackage(pkg: Record<string, unknown>, issues: Issues): Edition | undefined {
  const doc = documentSchema.safeParse(pkg.CFDocument);
  if (!doc.success) {
    issues.zod('CFDocument', doc.error);
    return undefined;
  }
  const itemTypes = new Map<string, ItemKind>();
  const definitions = isObject(pkg.CFDefinitions) ? pkg.CFDefinitions : {};
  for (const t of arrayAt(definitions, 'CFItemTypes', 1000, issues)) {
    const parsed = itemTypeSchema.safeParse(t);
    const kind = parsed.success ? (kindOfLabel(parsed.data.typeCode) ?? kindOfLabel(parsed.data.title)) : undefined;
    if (parsed.success && kind) itemTypes.set(parsed.data.identifier, kind);
  }
  const items = readItems(arrayAt(pkg, 'CFItems', MAX_CASE_ITEMS, issues), itemTypes, issues);
  const documentId = doc.data.identifier;
  readTree(arrayAt(pkg, 'CFAssociations', MAX_CASE_ASSOCIATIONS, issues), items, documentId, issues);
  if (issues.failed) return undefined;

  const ext = documentExtension.safeParse(doc.data.extensions?.[KASIP_EXTENSION]);
  if (doc.data.extensions?.[KASIP_EXTENSION] !== undefined && !ext.success) {
    issues.zod(`CFDocument.extensions.${KASIP_EXTENSION}`, ext.error);
    return undefined;
  }
  const meta = ext.success ? ext.data.edition : foreignMeta(doc.data, issues);
  const sourceText = ext.success ? (ext.data.sourceText ?? '') : '';
  const records = toRecords(items);
  try {
    return assembleEdition(meta, sourceText, records);
  } catch (error) {
    reportAssembly(error, records, items, meta, sourceText, issues);
    return undefined;
  }
}

function readItems(list: unknown[], itemTypes: Map<string, ItemKind>, issues: Issues): Map<string, Read> {
  const items = new Map<string, Read>();
  const ids = new Set<string>();
  const readOne = (raw: unknown, index: number) => {
    const path = `CFItems[${index}]`;
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) return issues.zod(path, parsed.error);
    const item = parsed.data;
    if (items.has(item.identifier)) {
      return issues.error(`${path}.identifier`, messagesWith('import.case.identifierTwice', {}));
    }
    const rawExt = item.extensions?.[KASIP_EXTENSION];
    const ext = rawExt === undefined ? undefined : extensionSchema.safeParse(rawExt);
    if (ext && !ext.success) return issues.zod(`${path}.extensions.${KASIP_EXTENSION}`, ext.error);
    const kind =
      ext?.data.kind ??
      kindOfLabel(item.CFItemType) ??
      (item.CFItemTypeURI ? itemTypes.get(item.CFItemTypeURI.identifier) : undefined);
    if (!kind) {
      return issues.error(
        `${path}.CFItemType`,
        messagesWith('import.case.unknownType', {
          type: item.CFItemType ?? '',
          allowed: englishOnly(
            `: use one of ${Object.values(CASE_ITEM_TYPES)
              .map((t) => t.title)
              .join(', ')}`,
          ),
        }),
      );
    }
    const code = item.humanCodingScheme?.trim().toLowerCase();
    const id =
      ext?.data.id ??
      (code && itemIdSchema.safeParse(code).success && !ids.has(code)
        ? code
        : `case-${item.identifier.toLowerCase().replace(/[^0-9a-z]/g, '')}`);
    if (ids.has(id)) {
      return issues.error(`${path}.humanCodingScheme`, messagesWith('import.case.idTwice', { id }));
    }
    ids.add(id);
    const data = ext ? fromExtension(kind, id, item, ext.data.fields) : fromCaseOnly(kind, id, item, path, issues);
    if (data) items.set(item.identifier, { index, identifier: item.identifier, kind, id, data });
  };
  for (const [index, raw] of list.entries()) readOne(raw, index);
  return items;
}

/** The item's data: the extension's fields with the CFItem's statement, number and note put back. */
function fromExtension(
  kind: ItemKind,
  id: string,
  item: z.output<typeof itemSchema>,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const data: Record<string, unknown> = { id, ...structuredClone(fields) };
  const field = statementField(kind);
  if (field === undefined) data.kk = item.fullStatement;
  else if (isObject(data[field])) data[field] = { kk: item.fullStatement, ...(data[field] as object) };
  if (item.listEnumeration !== undefined) data.number = item.listEnumeration;
  if (item.notes !== undefined) data.note = item.notes;
  return data;
}

/** An item from another tool: what its CASE fields say, with placeholder sources. */
function fromCaseOnly(
  kind: ItemKind,
  id: string,
  item: z.output<typeof itemSchema>,
  path: string,
  issues: Issues,
): Record<string, unknown> | undefined {
  const source = structuredClone(PLACEHOLDER_SOURCE);
  const kk = item.fullStatement;
  const number = item.listEnumeration !== undefined ? { number: item.listEnumeration } : {};
  const note = item.notes !== undefined ? { note: item.notes } : {};
  switch (kind) {
    case 'skill':
    case 'knowledge':
    case 'otherName':
      return { id, ...number, kk, source, ...note };
    case 'qualificationLink':
      return { id, kk, source };
    case 'task':
      return { id, name: { kk, source }, ...note };
    case 'labourFunction':
      return { id, ...number, name: { kk, source }, ...note };
    case 'term':
      if (item.notes) return { id, ...number, term: { kk }, definition: { kk: item.notes }, source };
      break;
    case 'card': {
      const m = /(\d{4}-\d-\d{3})[./ ](\d)\b/.exec(item.humanCodingScheme ?? '');
      if (m?.[1] && m[2]) {
        return {
          id,
          title: { kk, source },
          code: { value: m[1], source },
          name: { kk, source },
          level: { value: Number(m[2]), source },
          qualification: {},
          educationLevel: { kk: '—', source, levels: ['tvet'] },
          labels: [],
          source: { lines: [1, 1] },
        };
      }
      issues.error(`${path}.humanCodingScheme`, messagesWith('import.case.cardCoding', {}));
      return undefined;
    }
    default:
      break;
  }
  const title = CASE_ITEM_TYPES[kind];
  issues.error(
    `${path}.extensions`,
    messagesWith(kind === 'term' ? 'import.case.termNeedsExtension' : 'import.case.needsExtension', {
      kind: { kk: title.kk, ru: title.ru, en: title.title },
    }),
  );
  return undefined;
}

/** Places each item under its parent by the `isChildOf` associations; other types are Kasip's own derivations. */
function readTree(list: unknown[], items: Map<string, Read>, documentId: string, issues: Issues): void {
  const readOne = (raw: unknown, order: number) => {
    const path = `CFAssociations[${order}]`;
    const parsed = associationSchema.safeParse(raw);
    if (!parsed.success) return issues.zod(path, parsed.error);
    const a = parsed.data;
    if (a.associationType !== 'isChildOf') return;
    const child = items.get(a.originNodeURI.identifier);
    const parentId = a.destinationNodeURI.identifier;
    if (!child) {
      return issues.warning(`${path}.originNodeURI`, messagesWith('import.case.associationFromMissing', {}));
    }
    if (parentId !== documentId && !items.has(parentId)) {
      return issues.error(`${path}.destinationNodeURI`, messagesWith('import.case.parentMissing', {}));
    }
    if (child.parent && child.parent.identifier !== parentId) {
      return issues.error(path, messagesWith('import.case.twoParents', {}));
    }
    child.parent = { identifier: parentId, sequence: a.sequenceNumber ?? Number.MAX_SAFE_INTEGER, order };
  };
  for (const [order, raw] of list.entries()) readOne(raw, order);
  for (const item of items.values()) {
    const path = `CFItems[${item.index}]`;
    const parentKind =
      item.parent === undefined || item.parent.identifier === documentId
        ? 'document'
        : items.get(item.parent.identifier)?.kind;
    if (item.parent === undefined && PARENTS[item.kind][0] !== 'document') {
      issues.error(path, messagesWith('import.case.noParent', {}));
    } else if (parentKind && !PARENTS[item.kind].includes(parentKind)) {
      const t = CASE_ITEM_TYPES[item.kind];
      issues.error(
        path,
        messagesWith('import.case.cannotStand', {
          kind: { kk: t.kk, ru: t.ru, en: t.title },
          parent: englishOnly(parentKind === 'document' ? 'the document' : `a "${CASE_ITEM_TYPES[parentKind].title}"`),
        }),
      );
    }
  }
  // The allowed kinds already forbid most cycles; a walk catches the rest (a task under a task…).
  for (const item of items.values()) {
    const seen = new Set<string>();
    let at: Read | undefined = item;
    while (at?.parent && at.parent.identifier !== documentId) {
      if (seen.has(at.identifier)) {
        issues.error(`CFItems[${item.index}]`, messagesWith('import.case.cycle', {}));
        break;
      }
      seen.add(at.identifier);
      at = items.get(at.parent.identifier);
    }
  }
}

function toRecords(items: Map<string, Read>): ItemRecord[] {
  const byParent = new Map<string, Read[]>();
  for (const item of items.values()) {
    const key = item.parent?.identifier ?? '';
    byParent.set(key, [...(byParent.get(key) ?? []), item]);
  }
  const records: ItemRecord[] = [];
  for (const [parentKey, children] of byParent) {
    children.sort(
      (a, b) =>
        (a.parent?.sequence ?? 0) - (b.parent?.sequence ?? 0) ||
        (a.parent?.order ?? a.index) - (b.parent?.order ?? b.index),
    );
    const positions = new Map<ItemKind, number>();
    const parent = items.get(parentKey);
    for (const child of children) {
      const position = positions.get(child.kind) ?? 0;
      positions.set(child.kind, position + 1);
      records.push({
        id: child.id,
        kind: child.kind,
        parentId: parent ? parent.id : null,
        cardId: null,
        position,
        text: null,
        source: null,
        data: child.data,
      });
    }
  }
  return records;
}

function foreignMeta(doc: z.output<typeof documentSchema>, issues: Issues): EditionMeta {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(doc.lastChangeDateTime ?? '')?.[0] ?? '2000-01-01';
  const id = `case-${doc.identifier
    .toLowerCase()
    .replace(/[^0-9a-z]/g, '')
    .slice(0, 12)}`;
  issues.warning('CFDocument', messagesWith('import.case.noExtension', {}));
  return {
    id,
    standard: { id: `${id}-standard`, title: { kk: doc.title, source: structuredClone(PLACEHOLDER_SOURCE) } },
    status: 'draft',
    order: {
      number: '',
      date,
      registration: { number: '', date },
      inForceFrom: date,
      issuer: { kk: doc.creator?.trim() || doc.title },
      legalBasis: { kk: '—' },
      source: structuredClone(PLACEHOLDER_SOURCE),
    },
    provisions: [],
    sourceFile: '',
  };
}

/** Which root item failed its schema, and where inside it. */
function reportAssembly(
  error: unknown,
  records: ItemRecord[],
  items: Map<string, Read>,
  meta: EditionMeta,
  sourceText: string,
  issues: Issues,
): void {
  const indexOf = new Map([...items.values()].map((i) => [i.id, i.index]));
  const childrenOf = new Map<string | null, ItemRecord[]>();
  for (const r of records) childrenOf.set(r.parentId, [...(childrenOf.get(r.parentId) ?? []), r]);
  const subtree = (root: ItemRecord): ItemRecord[] => [root, ...(childrenOf.get(root.id) ?? []).flatMap(subtree)];
  let found = false;
  for (const root of childrenOf.get(null) ?? []) {
    try {
      assembleEdition(meta, sourceText, subtree(root));
    } catch (inner) {
      found = true;
      const path = `CFItems[${indexOf.get(root.id) ?? 0}]`;
      if (inner instanceof z.ZodError) {
        const first = inner.issues[0];
        const where = first?.path.join('.') ?? '';
        issues.error(
          path,
          messagesWith('import.case.incomplete', { id: root.id, where, detail: first?.message ?? '' }),
        );
      } else
        issues.error(
          path,
          messagesWith('import.case.itemUnassembled', { error: englishOnly(String(inner).slice(0, 200)) }),
        );
    }
  }
  if (!found)
    issues.error(
      '',
      messagesWith('import.case.editionUnassembled', { error: englishOnly(String(error).slice(0, 200)) }),
    );
}
