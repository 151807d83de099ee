/**
 * IMS CASE 1.1 over HTTP: the REST endpoints at /ims/case/v1p1 (CASE's imsx_StatusInfo errors),
 * the same under /api (problem+json), and an edition's CFPackage download, which validates
 * against 1EdTech's schema and reads back into the loaded edition.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import { readCasePackage } from '../../src/importer/standard/case-package.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { useBundledApp } from '../support/bundled-app.js';
import { testEngines } from '../support/engines.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

// biome-ignore lint/suspicious/noExplicitAny: the test reads loose JSON answers
type Json = Record<string, any>;

const DOCUMENT = 'ebac87fb-49fb-59c4-91e6-6f0159743de1';
const SKILL = '36f6da19-e808-526d-9ac6-de405e381cfb';
const UNKNOWN = '00000000-0000-5000-8000-000000000000';

function cfPackageValidator() {
  const schema = JSON.parse(
    readFileSync(path.join(ROOT, 'test/fixtures/case/case_v1p1_cfpackage-jsonschema1.json'), 'utf8'),
  ) as object;
  const ajv = new Ajv2019({ allErrors: true });
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  return ajv.compile(schema);
}

describe.each(testEngines)('CASE 1.1 API on %s', (engine) => {
  const ctx = useBundledApp(engine);
  const get = async (url: string) => {
    const res = await ctx.app.request(url);
    return { res, body: (await res.json()) as Json };
  };

  it('lists the editions as CFDocuments, each with its package URI', async () => {
    const { res, body } = await get('/ims/case/v1p1/CFDocuments');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/public/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const doc = body.CFDocuments.find((d: Json) => d.identifier === DOCUMENT);
    expect(doc.CFPackageURI.uri).toMatch(new RegExp(`/ims/case/v1p1/CFPackages/${DOCUMENT}$`));
    expect(doc.caseVersion).toBe('1.1');
    expect(doc.extensions.kasip.edition.id).toBe('order-262-2023');
    expect(doc.extensions.kasip.sourceText).toBeUndefined();
  });

  it('serves the package, which validates against 1EdTech schema, and its objects by identifier', async () => {
    const { res, body } = await get(`/ims/case/v1p1/CFPackages/${DOCUMENT}`);
    expect(res.status).toBe(200);
    const validate = cfPackageValidator();
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    const item = await get(`/ims/case/v1p1/CFItems/${SKILL}`);
    expect(item.res.status).toBe(200);
    expect(item.body.humanCodingScheme).toBe('1344-0-004.7.f1.t1.s1');
    expect(item.body.CFDocumentURI.identifier).toBe(DOCUMENT);
    const association = body.CFAssociations.find((a: Json) => a.associationType === 'isRelatedTo');
    const one = await get(`/ims/case/v1p1/CFAssociations/${association.identifier}`);
    expect(one.res.status).toBe(200);
    expect(one.body.originNodeURI).toEqual(association.originNodeURI);
    const type = await get(`/ims/case/v1p1/CFItemTypes/${item.body.CFItemTypeURI.identifier}`);
    expect(type.body.typeCode).toBe('skill');
  });

  it('answers an unknown identifier with 404 in imsx_StatusInfo at the root, problem+json under /api', async () => {
    for (const kind of ['CFPackages', 'CFItems', 'CFAssociations', 'CFItemTypes']) {
      const { res, body } = await get(`/ims/case/v1p1/${kind}/${UNKNOWN}`);
      expect(res.status, kind).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(body.imsx_codeMajor).toBe('failure');
      expect(body.imsx_severity).toBe('error');
      expect(body.imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue).toBe('unknownobject');
    }
    const nowhere = await get('/ims/case/v1p1/CFRubrics/x');
    expect(nowhere.res.status).toBe(404);
    expect(nowhere.body.imsx_codeMajor).toBe('failure');
    const api = await ctx.app.request(`/api/ims/case/v1p1/CFItems/${UNKNOWN}`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('downloads an edition as a CFPackage file that reads back into the same edition', async () => {
    const res = await ctx.app.request('/api/v1/editions/current/case');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="order-262-2023.case.json"');
    const read = readCasePackage(await res.text());
    expect(read.issues).toEqual([]);
    // CASE carries the translations, not their review state (docs/interchange.md).
    const { translationReviews: _reviews, ...bundled } = await readEdition(BUNDLED_EDITION);
    expect(read.edition).toEqual(bundled);
  });

  it('answers a repeated package request with 304 on its ETag', async () => {
    const first = await ctx.app.request(`/ims/case/v1p1/CFPackages/${DOCUMENT}`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await ctx.app.request(`/ims/case/v1p1/CFPackages/${DOCUMENT}`, {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });
});
