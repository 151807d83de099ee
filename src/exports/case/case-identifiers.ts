/**
 * IMS CASE identifiers for Kasip's things: deterministic UUIDs (RFC 9562 version 5, SHA-1 of a
 * name under one fixed Kasip namespace), so the same item, edition or association gets the same
 * identifier on every export, on every server, without storing anything. A CFItem's identifier
 * comes from the Kasip item id, which the workbench keeps stable across editions: the same skill
 * in the next edition is the same CFItem. A CFDocument's comes from the edition id. The
 * programme exports (issue 13) and the interchange (issue 14) both use these functions; never
 * change a name's shape or the namespace, or every identifier published so far changes with it.
 * See docs/decisions/0008-programme-documents.md.
 */
import { createHash } from 'node:crypto';

/** RFC 9562's URL namespace, under which Kasip's own namespace is derived. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** uuidv5(URL_NAMESPACE, 'https://kasip.kz/case'): fixed forever (a test checks the derivation). */
export const KASIP_CASE_NAMESPACE = '2dbc2338-4c58-5ec4-a1ef-d04740db1201';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** RFC 9562 §5.5: SHA-1 of the namespace's 16 bytes and the name's UTF-8, version 5, variant 10. */
export function uuidV5(name: string, namespace: string): string {
  if (!UUID.test(namespace)) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(Buffer.from(name, 'utf8'))
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const kasip = (name: string) => uuidV5(name, KASIP_CASE_NAMESPACE);

/** A card item (card, labour function, task, skill, knowledge…) as a CFItem: from its Kasip id alone. */
export const cfItemIdentifier = (itemId: string) => kasip(`item:${itemId}`);

/** An edition of a standard as a CFDocument. */
export const cfDocumentIdentifier = (editionId: string) => kasip(`edition:${editionId}`);

/** A programme's learning outcome, as the origin node of its associations. */
export const outcomeIdentifier = (programmeId: string, outcomeId: string) =>
  kasip(`outcome:${programmeId}:${outcomeId}`);

/** The association from a programme's outcome to a card item. */
export const cfAssociationIdentifier = (programmeId: string, outcomeId: string, itemId: string) =>
  kasip(`association:${programmeId}:${outcomeId}:${itemId}`);

/** A kind of card item (card, task, skill…) as a CFItemType: from the kind's name alone. */
export const cfItemTypeIdentifier = (kind: string) => kasip(`item-type:${kind}`);

/**
 * An association inside an edition's CFPackage (the tree's `isChildOf`, `isPartOf`,
 * `exactMatchOf`, `isRelatedTo`): from the edition, the type and both ends (Kasip item ids, or
 * `document` for the CFDocument), so the same link in the next edition is a new association of
 * that edition's package.
 */
export const cfEditionAssociationIdentifier = (
  editionId: string,
  type: string,
  originId: string,
  destinationId: string,
) => kasip(`edition-association:${editionId}:${type}:${originId}:${destinationId}`);
