/**
 * IMS CASE identifiers and a programme's associations: UUID v5 as RFC 9562 has it (its test
 * vector), the Kasip namespace derived as documented, identifiers that depend only on their
 * names (a card item keeps its CFItem identifier in every programme and edition), and each
 * CFAssociation with the CASE 1.1 required fields in their shapes. The official 1EdTech JSON
 * Schema for CFAssociation is not at hand here: the check is structural (see ADR 0008).
 */
import { describe, expect, it } from 'vitest';
import {
  KASIP_CASE_NAMESPACE,
  URL_NAMESPACE,
  cfAssociationIdentifier,
  cfDocumentIdentifier,
  cfItemIdentifier,
  outcomeIdentifier,
  uuidV5,
} from '../../src/exports/case/case-identifiers.js';
import { caseAssociations, caseAssociationsSchema } from '../../src/exports/programmes/case-associations.js';

const V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('CASE identifiers', () => {
  it('computes UUID v5 as RFC 9562 does, and derives the Kasip namespace as documented', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(uuidV5('https://kasip.kz/case', URL_NAMESPACE)).toBe(KASIP_CASE_NAMESPACE);
  });

  it('gives a thing the same identifier every time, and different things different ones', () => {
    const a = cfItemIdentifier('3412-0-008.4.f1.t1.s1');
    expect(a).toMatch(V5);
    expect(cfItemIdentifier('3412-0-008.4.f1.t1.s1')).toBe(a);
    expect(cfItemIdentifier('3412-0-008.4.f1.t1.s2')).not.toBe(a);
    expect(cfDocumentIdentifier('order-262-2023')).toMatch(V5);
    expect(cfDocumentIdentifier('3412-0-008.4.f1.t1.s1')).not.toBe(a);
    const p = '0b9a4c1e-5d2f-4a8b-9c3d-1e2f3a4b5c6d';
    expect(cfAssociationIdentifier(p, 'm1-o1', 'x')).not.toBe(cfAssociationIdentifier(p, 'm1-o2', 'x'));
    expect(outcomeIdentifier(p, 'm1-o1')).not.toBe(outcomeIdentifier(crypto.randomUUID(), 'm1-o1'));
  });
});

describe('CASE associations of a programme', () => {
  const input = {
    programme: {
      id: '0b9a4c1e-5d2f-4a8b-9c3d-1e2f3a4b5c6d',
      orgId: 'org-1',
      title: 'T',
      updatedAt: '2026-09-01T08:00:00.000Z',
    },
    links: [
      {
        moduleId: 'm1',
        outcomeId: 'm1-o1',
        outcomeText: 'Құжаттарды жүргізеді',
        itemId: 'a.s1',
        kk: 'Құжат жүргізу',
        editionId: 'e1',
      },
      {
        moduleId: 'm1',
        outcomeId: 'm1-o1',
        outcomeText: 'Құжаттарды жүргізеді',
        itemId: 'a.k1',
        kk: 'Құжаттар',
        editionId: 'e1',
      },
    ],
  };

  it('has one isRelatedTo association per link, with the CASE 1.1 required fields', () => {
    const out = caseAssociations(input, 'https://kasip.example.kz/');
    expect(caseAssociationsSchema.parse(out)).toEqual(out);
    expect(out.CFAssociations).toHaveLength(2);
    const [first] = out.CFAssociations;
    expect(first?.associationType).toBe('isRelatedTo');
    expect(first?.identifier).toMatch(V5);
    expect(first?.destinationNodeURI).toEqual({
      title: 'Құжат жүргізу',
      identifier: cfItemIdentifier('a.s1'),
      uri: 'https://kasip.example.kz/api/v1/items/a.s1',
    });
    expect(first?.originNodeURI.identifier).toBe(outcomeIdentifier(input.programme.id, 'm1-o1'));
    expect(first?.lastChangeDateTime).toBe('2026-09-01T08:00:00.000Z');
    expect(new Set(out.CFAssociations.map((a) => a.identifier)).size).toBe(2);
    expect(caseAssociations(input, 'https://kasip.example.kz')).toEqual(out);
  });
});
