/**
 * Every route of the OpenAPI document answers according to it: each operation is called with
 * its documented examples and its body is validated against the documented schema (JSON
 * Schema 2020-12, as OpenAPI 3.1 uses). A route missing from the document, or an answer that
 * differs from it, fails here.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

type Operation = {
  parameters?: { name: string; in: string; required?: boolean; schema?: { example?: unknown }; example?: unknown }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

let database: OpenDb;
let app: App;
let doc: Doc;
beforeAll(async () => {
  database = await openTestDb('pglite');
  const services = createServices(database);
  await services.editions.load(await readEdition(BUNDLED_EDITION));
  app = createApp({ services });
  doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
});
afterAll(async () => {
  await database?.close();
});

function exampleUrl(path: string, op: Operation): string {
  let url = path;
  const query: string[] = [];
  for (const p of op.parameters ?? []) {
    const example = p.example ?? p.schema?.example;
    if (p.in === 'path') {
      expect(example, `path parameter ${p.name} of ${path} has an example`).toBeDefined();
      url = url.replace(`{${p.name}}`, encodeURIComponent(String(example)));
    } else if (p.in === 'query' && p.required) query.push(`${p.name}=${encodeURIComponent(String(example))}`);
  }
  return `/api${url}${query.length ? `?${query.join('&')}` : ''}`;
}

describe('OpenAPI conformance', () => {
  it('documents every operation with a summary and its error responses', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(11);
    for (const { path, op } of operations) {
      expect((op as { summary?: string }).summary, path).toBeTruthy();
      if (path.includes('{')) expect(Object.keys(op.responses), path).toEqual(expect.arrayContaining(['400', '404']));
    }
  });

  it('answers every documented GET with its examples as documented', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    // References point into the document's components, so each schema is compiled with them beside it.
    const compile = (schema: unknown) => ajv.compile({ ...(schema as object), components: doc.components });
    expect(compile({ $ref: '#/components/schemas/CardList' })({}), 'the validator rejects a wrong body').toBe(false);
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      if (!op) continue;
      const url = exampleUrl(path, op);
      const res = await app.request(url);
      const documented = op.responses[String(res.status)];
      expect(documented, `${url} answered ${res.status}, which is not documented`).toBeDefined();
      const [type, media] = Object.entries(documented?.content ?? {})[0] ?? [];
      if (!media) continue;
      expect(res.headers.get('content-type'), url).toContain(type);
      if (!type?.includes('json')) {
        expect(res.status, url).toBe(200);
        continue;
      }
      const body = await res.json();
      const validate = compile(media.schema);
      const valid = validate(body);
      expect(valid ? [] : validate.errors?.slice(0, 5), `${url} body`).toEqual([]);
      expect(res.status, url).toBe(200);
    }
  });
});
