/**
 * Items and editions as SKOS in JSON-LD (W3C SKOS, Dublin Core terms): an item is a
 * `skos:Concept` whose `skos:prefLabel` is the official Kazakh text (`@language: kk`); the
 * Russian and English texts are unofficial translations, so they are `skos:altLabel`s with their
 * language tags, and an `skos:editorialNote` says so in three languages (ESCO gives a prefLabel
 * per language; the official text of a Kazakh standard has one language). `skos:broader` is the
 * parent, `skos:narrower` the children, `skos:notation` the Kasip id, `dct:identifier` the stable
 * uuid (the one IMS CASE uses), `skos:inScheme` the edition as a `skos:ConceptScheme`.
 */
import { z } from 'zod';

export const JSONLD_MEDIA_TYPE = 'application/ld+json';

export const SKOS_CONTEXT = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
} as const;

type Localized = { kk: string; ru?: string; en?: string };
type Ref = { id: string; url: string };
export type ConceptData = {
  id: string;
  uuid: string;
  url: string;
  kind: string;
  label: Localized | null;
  broader: Ref | null;
  narrower: Ref[];
  scheme: { url: string };
};
export type SchemeData = {
  id: string;
  uuid: string;
  url: string;
  title: Localized;
  order: { number: string; date: string };
  topConcepts: Ref[];
};

const TRANSLATION_NOTE = [
  { '@value': 'Орысша және ағылшынша атаулар — ресми емес аудармалар.', '@language': 'kk' },
  { '@value': 'Русские и английские метки — неофициальные переводы.', '@language': 'ru' },
  { '@value': 'The Russian and English labels are unofficial translations.', '@language': 'en' },
];

const langString = z.object({ '@value': z.string(), '@language': z.string() }).strict();
const idRef = z.object({ '@id': z.string() }).strict();
const context = z.object({ skos: z.literal(SKOS_CONTEXT.skos), dct: z.literal(SKOS_CONTEXT.dct) }).strict();

export const skosConceptSchema = z
  .object({
    '@context': context,
    '@id': z.string(),
    '@type': z.literal('skos:Concept'),
    'skos:prefLabel': langString.optional(),
    'skos:altLabel': z.array(langString).optional(),
    'skos:editorialNote': z.array(langString).optional(),
    'skos:notation': z.string(),
    'dct:identifier': z.string(),
    'dct:type': z.string(),
    'skos:inScheme': idRef,
    'skos:topConceptOf': idRef.optional(),
    'skos:broader': idRef.optional(),
    'skos:narrower': z.array(idRef).optional(),
  })
  .strict()
  .meta({ id: 'SkosConcept', description: 'An item as a SKOS concept (JSON-LD)' });

export const skosSchemeSchema = z
  .object({
    '@context': context,
    '@id': z.string(),
    '@type': z.literal('skos:ConceptScheme'),
    'dct:title': z.array(langString),
    'skos:notation': z.string(),
    'dct:identifier': z.string(),
    'dct:issued': z.string(),
    'skos:hasTopConcept': z.array(idRef),
  })
  .strict()
  .meta({ id: 'SkosConceptScheme', description: 'An edition as a SKOS concept scheme (JSON-LD)' });

function labels(label: Localized | null) {
  if (!label) return {};
  const alt = (['ru', 'en'] as const).flatMap((lang) => {
    const value = label[lang];
    return value ? [{ '@value': value, '@language': lang }] : [];
  });
  return {
    'skos:prefLabel': { '@value': label.kk, '@language': 'kk' },
    ...(alt.length > 0 ? { 'skos:altLabel': alt, 'skos:editorialNote': TRANSLATION_NOTE } : {}),
  };
}

export function conceptJsonLd(concept: ConceptData): z.output<typeof skosConceptSchema> {
  return {
    '@context': { ...SKOS_CONTEXT },
    '@id': concept.url,
    '@type': 'skos:Concept',
    ...labels(concept.label),
    'skos:notation': concept.id,
    'dct:identifier': `urn:uuid:${concept.uuid}`,
    'dct:type': concept.kind,
    'skos:inScheme': { '@id': concept.scheme.url },
    ...(concept.broader
      ? { 'skos:broader': { '@id': concept.broader.url } }
      : { 'skos:topConceptOf': { '@id': concept.scheme.url } }),
    ...(concept.narrower.length > 0 ? { 'skos:narrower': concept.narrower.map((n) => ({ '@id': n.url })) } : {}),
  };
}

export function schemeJsonLd(scheme: SchemeData): z.output<typeof skosSchemeSchema> {
  return {
    '@context': { ...SKOS_CONTEXT },
    '@id': scheme.url,
    '@type': 'skos:ConceptScheme',
    'dct:title': (['kk', 'ru', 'en'] as const).flatMap((lang) => {
      const value = scheme.title[lang];
      return value ? [{ '@value': value, '@language': lang }] : [];
    }),
    'skos:notation': scheme.id,
    'dct:identifier': `urn:uuid:${scheme.uuid}`,
    'dct:issued': scheme.order.date,
    'skos:hasTopConcept': scheme.topConcepts.map((t) => ({ '@id': t.url })),
  };
}
