/**
 * An edition as an IMS CASE 1.1 CFPackage: the CFDocument (the edition), one CFItem per item of
 * the edition (cards, their other names, qualification groups and requirements, labour
 * functions, tasks, skills, knowledge, related professions, qualification links, terms and the
 * listed professions), one CFItemType per kind, and the associations:
 *
 * - `isChildOf`: the tree (each item to its parent; cards, terms and professions to the
 *   document), with `sequenceNumber` the item's place among its parent's children;
 * - `isPartOf`: a card to the profession of the list it is a level of (`profession.cards`);
 * - `exactMatchOf`: a card's related-profession item to the card it names (the same profession
 *   at the same level);
 * - `isRelatedTo`: the career link itself, from the card to that card.
 *
 * `fullStatement` is the official Kazakh text; `humanCodingScheme` the Kasip item id (stable
 * across editions; the printed number goes to `listEnumeration`); `notes` the item's editorial
 * note. Everything else (translations, source lines, structured requirements, the order's
 * metadata, the official text) travels in `extensions.kasip`, so reading the package back gives
 * the same edition (src/importer/standard/case-package.ts). Pure and deterministic: the same
 * edition and `lastChange` give the same bytes.
 */
import {
  type CaseItemType,
  ADOPTION_STATUS,
  CASE_ITEM_TYPES,
  KASIP_EXTENSION,
  statementField,
} from '../../domain/workbench/case-vocabulary.js';
import type {
  AssociationType,
  CfItemType,
  CfPackage,
  CfPackageAssociation,
  CfPackageItem,
} from '../../domain/workbench/case-package-schema.js';
import type { Edition } from '../../domain/standard/edition.js';
import { ITEM_KINDS, type ItemKind, type ItemRecord, flattenEdition } from '../../domain/standard/item-tree.js';
import {
  cfDocumentIdentifier,
  cfEditionAssociationIdentifier,
  cfItemIdentifier,
  cfItemTypeIdentifier,
} from './case-identifiers.js';

export type CasePackageOptions = {
  /** Where the CASE endpoints are served: `https://kasip.kz/ims/case/v1p1`. */
  baseUrl: string;
  /** ISO date-time of the edition's last change: every object's `lastChangeDateTime`. */
  lastChange: string;
};

/** The document's pseudo-id among association ends. */
export const DOCUMENT_END = 'document';

type Json = Record<string, unknown>;

/** The CFItem's text fields taken out of the item's data, and what is left for the extension. */
export function splitItemData(record: Pick<ItemRecord, 'kind' | 'data'>): {
  fullStatement: string;
  listEnumeration?: string;
  notes?: string;
  fields: Json;
} {
  const fields: Json = structuredClone(record.data);
  delete fields.id;
  const field = statementField(record.kind);
  let fullStatement: string;
  if (field === undefined) {
    fullStatement = String(fields.kk);
    delete fields.kk;
  } else if (fields[field] && typeof fields[field] === 'object') {
    const holder = { ...(fields[field] as Json) };
    fullStatement = String(holder.kk);
    delete holder.kk;
    fields[field] = holder;
  } else {
    // A qualification group printed without a label: CASE still wants a statement.
    fullStatement = String(fields.group ?? record.kind);
  }
  const out: ReturnType<typeof splitItemData> = { fullStatement, fields };
  if (typeof fields.number === 'string') {
    out.listEnumeration = fields.number;
    delete fields.number;
  }
  if (typeof fields.note === 'string') {
    out.notes = fields.note;
    delete fields.note;
  }
  return out;
}

export function caseItemTypeOf(kind: ItemKind, opts: CasePackageOptions): CfItemType {
  const t: CaseItemType = CASE_ITEM_TYPES[kind];
  const identifier = cfItemTypeIdentifier(kind);
  return {
    identifier,
    uri: `${opts.baseUrl}/CFItemTypes/${identifier}`,
    title: t.title,
    description: `${t.kk} / ${t.ru} / ${t.title}`,
    hierarchyCode: t.hierarchyCode,
    typeCode: kind,
    lastChangeDateTime: opts.lastChange,
  };
}

export function toCasePackage(edition: Edition, opts: CasePackageOptions): CfPackage {
  const { meta } = edition;
  const records = flattenEdition(edition);
  const documentId = cfDocumentIdentifier(meta.id);
  const documentTitle = meta.standard.title.kk;
  const ends = new Map<string, { title: string; identifier: string; uri: string }>();
  ends.set(DOCUMENT_END, {
    title: documentTitle,
    identifier: documentId,
    uri: `${opts.baseUrl}/CFDocuments/${documentId}`,
  });

  const items: CfPackageItem[] = records.map((record) => {
    const identifier = cfItemIdentifier(record.id);
    const uri = `${opts.baseUrl}/CFItems/${identifier}`;
    const { fullStatement, listEnumeration, notes, fields } = splitItemData(record);
    ends.set(record.id, { title: fullStatement, identifier, uri });
    const type = caseItemTypeOf(record.kind, opts);
    return {
      identifier,
      uri,
      fullStatement,
      humanCodingScheme: record.id,
      ...(listEnumeration !== undefined ? { listEnumeration } : {}),
      CFItemType: type.title,
      CFItemTypeURI: { title: type.title, identifier: type.identifier, uri: type.uri },
      language: 'kk',
      ...(notes !== undefined ? { notes } : {}),
      lastChangeDateTime: opts.lastChange,
      extensions: {
        [KASIP_EXTENSION]: { kind: record.kind, id: record.id, fields: fields as never },
      } as CfPackageItem['extensions'],
    };
  });

  const associations: CfPackageAssociation[] = [];
  const associate = (type: AssociationType, origin: string, destination: string, sequenceNumber?: number) => {
    const from = ends.get(origin);
    const to = ends.get(destination);
    if (!from || !to) return;
    const identifier = cfEditionAssociationIdentifier(meta.id, type, origin, destination);
    associations.push({
      identifier,
      associationType: type,
      uri: `${opts.baseUrl}/CFAssociations/${identifier}`,
      ...(sequenceNumber !== undefined ? { sequenceNumber } : {}),
      originNodeURI: from,
      destinationNodeURI: to,
      lastChangeDateTime: opts.lastChange,
    });
  };

  // The tree: sequence numbers count each parent's children in the edition's order.
  const seen = new Map<string, number>();
  for (const record of records) {
    const parent = record.parentId ?? DOCUMENT_END;
    const n = (seen.get(parent) ?? 0) + 1;
    seen.set(parent, n);
    associate('isChildOf', record.id, parent, n);
  }
  const cardIdOf = new Map(edition.cards.map((c) => [`${c.code.value}/${c.level.value}`, c.id]));
  for (const profession of edition.professions) {
    for (const key of profession.cards) {
      const cardId = cardIdOf.get(`${key.code}/${key.level}`);
      if (cardId) associate('isPartOf', cardId, profession.id);
    }
  }
  for (const card of edition.cards) {
    for (const link of card.links) {
      const target = link.card ? cardIdOf.get(`${link.card.code}/${link.card.level}`) : undefined;
      if (!target) continue;
      associate('exactMatchOf', link.id, target);
      associate('isRelatedTo', card.id, target);
    }
  }

  const kinds = new Set(records.map((r) => r.kind));
  return {
    CFDocument: {
      identifier: documentId,
      uri: `${opts.baseUrl}/CFDocuments/${documentId}`,
      creator: meta.order.issuer.kk,
      title: documentTitle,
      lastChangeDateTime: opts.lastChange,
      publisher: 'Kasip',
      subject: [documentTitle],
      language: 'kk',
      version: meta.id,
      adoptionStatus: ADOPTION_STATUS[meta.status],
      statusStartDate: meta.order.inForceFrom,
      caseVersion: '1.1',
      notes: `№ ${meta.order.number}, ${meta.order.date}; registration № ${meta.order.registration.number}, ${meta.order.registration.date}`,
      extensions: {
        [KASIP_EXTENSION]: { edition: meta, sourceText: edition.sourceText },
      } as CfPackage['CFDocument']['extensions'],
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: ITEM_KINDS.filter((k) => kinds.has(k)).map((k) => caseItemTypeOf(k, opts)) },
  };
}
