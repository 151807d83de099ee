/**
 * A programme's links as IMS CASE 1.1 associations: one `CFAssociation` from each learning
 * outcome (origin) to each card item it develops (destination), of type `isRelatedTo`: an
 * outcome develops the item, it neither is it (`exactMatchOf`) nor a part or child of the card's
 * tree (`isPartOf`, `isChildOf`), and CASE has no "develops" or "aligns to" type. Identifiers
 * come from case-identifiers.ts (deterministic UUIDs, shared with the interchange issue); the
 * destination's uri is the item's public API address. The origin is not a CASE item of any
 * published document (a programme is its organisation's own), so its uri is the programme's
 * API address with the outcome id as fragment, readable by the organisation only. Pure.
 */
import { z } from 'zod';
import { cfAssociationIdentifier, cfItemIdentifier, outcomeIdentifier } from '../case/case-identifiers.js';

export type OutcomeLinksInput = {
  programme: { id: string; orgId: string; title: string; updatedAt: string };
  links: { moduleId: string; outcomeId: string; outcomeText: string; itemId: string; kk: string; editionId: string }[];
};

const linkUri = z.object({ title: z.string(), identifier: z.uuid(), uri: z.string() }).strict();

/** The CASE 1.1 CFAssociation fields Kasip writes (the required ones and sequenceNumber). */
export const cfAssociationSchema = z
  .object({
    identifier: z.uuid(),
    uri: z.string(),
    associationType: z.literal('isRelatedTo'),
    originNodeURI: linkUri,
    destinationNodeURI: linkUri,
    sequenceNumber: z.number().int().min(1),
    lastChangeDateTime: z.iso.datetime(),
  })
  .strict();

export const caseAssociationsSchema = z
  .object({ CFAssociations: z.array(cfAssociationSchema) })
  .strict()
  .meta({ id: 'CaseAssociations' });
export type CaseAssociations = z.output<typeof caseAssociationsSchema>;

export function caseAssociations(input: OutcomeLinksInput, publicUrl: string): CaseAssociations {
  const api = `${publicUrl.replace(/\/$/, '')}/api/v1`;
  const { programme } = input;
  const programmeUri = `${api}/orgs/${programme.orgId}/programmes/${programme.id}`;
  return {
    CFAssociations: input.links.map((link, i) => {
      const identifier = cfAssociationIdentifier(programme.id, link.outcomeId, link.itemId);
      return {
        identifier,
        uri: `${programmeUri}/case-associations.json#${identifier}`,
        associationType: 'isRelatedTo' as const,
        originNodeURI: {
          title: link.outcomeText,
          identifier: outcomeIdentifier(programme.id, link.outcomeId),
          uri: `${programmeUri}#${encodeURIComponent(link.outcomeId)}`,
        },
        destinationNodeURI: {
          title: link.kk,
          identifier: cfItemIdentifier(link.itemId),
          uri: `${api}/items/${encodeURIComponent(link.itemId)}`,
        },
        sequenceNumber: i + 1,
        lastChangeDateTime: programme.updatedAt,
      };
    }),
  };
}
