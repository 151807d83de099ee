/**
 * SKOS in JSON-LD by content negotiation on the item and edition URLs: with
 * `Accept: application/ld+json` a `skos:Concept` (or `skos:ConceptScheme`), without it the
 * answer as before. The JSON-LD is expanded with the `jsonld` package: the expanded form has
 * the SKOS and Dublin Core IRIs, so any RDF consumer reads the same statements.
 */
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { useBundledApp } from '../support/bundled-app.js';
import { testEngines } from '../support/engines.js';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const DCT = 'http://purl.org/dc/terms/';
const LD = 'application/ld+json';

// biome-ignore lint/suspicious/noExplicitAny: expanded JSON-LD is read loosely
type Json = Record<string, any>;

/** Expands without fetching anything: the context is inline. */
async function expand(doc: object): Promise<Json> {
  const [node] = (await jsonld.expand(doc as never)) as Json[];
  return node as Json;
}

describe.each(testEngines)('JSON-LD with SKOS on %s', (engine) => {
  const ctx = useBundledApp(engine);
  const get = (url: string, accept?: string) => ctx.app.request(url, accept ? { headers: { Accept: accept } } : {});

  it('answers an item as a skos:Concept when asked for application/ld+json', async () => {
    const res = await get('/api/v1/items/2635-3-001.5.f1', LD);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(LD);
    expect(res.headers.get('vary')).toMatch(/Accept(,|$)/);
    expect(res.headers.get('cache-control')).toMatch(/public/);
    const doc = (await res.json()) as Json;
    expect(doc['@type']).toBe('skos:Concept');
    const node = await expand(doc);
    expect(node['@id']).toMatch(/\/api\/v1\/items\/2635-3-001\.5\.f1$/);
    expect(node['@type']).toEqual([`${SKOS}Concept`]);
    const pref = node[`${SKOS}prefLabel`];
    expect(pref).toHaveLength(1);
    expect(pref[0]['@language']).toBe('kk');
    expect(pref[0]['@value']).toMatch(/\p{L}/u);
    expect(node[`${SKOS}broader`][0]['@id']).toMatch(/\/items\/2635-3-001\.5$/);
    expect(node[`${SKOS}narrower`].map((n: Json) => n['@id'])).toContain(doc['skos:narrower'][0]['@id']);
    expect(node[`${SKOS}narrower`][0]['@id']).toMatch(/\/items\/2635-3-001\.5\.f1\.t1$/);
    expect(node[`${SKOS}inScheme`][0]['@id']).toMatch(/\/api\/v1\/editions\/order-262-2023$/);
    expect(node[`${SKOS}notation`][0]['@value']).toBe('2635-3-001.5.f1');
    expect(node[`${DCT}identifier`][0]['@value']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('marks ru and en labels as unofficial translations (altLabel with a language, and a note)', async () => {
    const doc = (await (await get('/api/v1/items/2635-3-001.5', LD)).json()) as Json;
    const node = await expand(doc);
    const alt = (node[`${SKOS}altLabel`] ?? []) as Json[];
    expect(alt.map((l) => l['@language']).sort()).toEqual(['en', 'ru']);
    expect(node[`${SKOS}editorialNote`].map((n: Json) => n['@language'])).toEqual(['kk', 'ru', 'en']);
    // A card is a top concept of its edition's scheme.
    expect(node[`${SKOS}topConceptOf`][0]['@id']).toMatch(/\/editions\/order-262-2023$/);
    expect(node[`${SKOS}broader`]).toBeUndefined();
  });

  it('leaves the answers unchanged without that Accept header (JSON, and JSON preferred)', async () => {
    for (const accept of [undefined, 'application/json', '*/*', 'application/json, application/ld+json;q=0.5']) {
      const res = await get('/api/v1/items/2635-3-001.5.f1', accept);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('vary')).toMatch(/Accept(,|$)/);
      const body = (await res.json()) as Json;
      expect(body.kind).toBe('labourFunction');
      expect(body['@context']).toBeUndefined();
    }
  });

  it('answers an edition as a skos:ConceptScheme, and an unknown item as 404 in either form', async () => {
    const res = await get('/api/v1/editions/current', LD);
    expect(res.headers.get('content-type')).toBe(LD);
    const node = await expand((await res.json()) as object);
    expect(node['@type']).toEqual([`${SKOS}ConceptScheme`]);
    expect(node[`${SKOS}hasTopConcept`].length).toBeGreaterThanOrEqual(10);
    expect(node[`${DCT}title`].map((t: Json) => t['@language'])).toContain('kk');
    const plain = (await (await get('/api/v1/editions/current')).json()) as Json;
    expect(plain.id).toBe('order-262-2023');
    expect((await get('/api/v1/items/no-such-item', LD)).status).toBe(404);
  });

  it('answers a card URL as the card’s concept, and leaves its JSON as it was', async () => {
    const res = await get('/api/v1/cards/2635-3-001/5', LD);
    expect(res.headers.get('content-type')).toBe(LD);
    expect(res.headers.get('vary')).toMatch(/Accept(,|$)/);
    const doc = (await res.json()) as Json;
    expect(doc).toEqual(await (await get('/api/v1/items/2635-3-001.5', LD)).json());
    expect(await (await get('/api/v1/cards/2635-3-001/5/skos')).json()).toEqual(doc);
    const plain = (await (await get('/api/v1/cards/2635-3-001/5')).json()) as Json;
    expect(plain['@context']).toBeUndefined();
    expect(plain.code ?? plain.card?.code).toBeDefined();
    expect((await get('/api/v1/cards/2635-3-001/8', LD)).status).toBe(404);
  });

  it('serves the same JSON-LD at the item’s own /skos URL', async () => {
    const res = await get('/api/v1/items/2635-3-001.5.f1/skos');
    expect(res.headers.get('content-type')).toBe(LD);
    const negotiated = await (await get('/api/v1/items/2635-3-001.5.f1', LD)).json();
    expect(await res.json()).toEqual(negotiated);
  });
});
