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
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    schema?: { example?: unknown; format?: string; enum?: unknown[] };
    example?: unknown;
  }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  /** Present on operations that need a session or a token. */
  security?: unknown[];
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

/**
 * The path with its parameters' examples. A parameter without one (a secret link's token, an
 * organisation's id) gets a placeholder, and the answer is then a problem rather than a 200.
 */
function exampleUrl(path: string, op: Operation): { url: string; complete: boolean } {
  let url = path;
  let complete = true;
  const query: string[] = [];
  for (const p of op.parameters ?? []) {
    const example = p.example ?? p.schema?.example ?? p.schema?.enum?.[0];
    if (p.in === 'path') {
      if (example === undefined) complete = false;
      const placeholder = p.schema?.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'x';
      url = url.replace(`{${p.name}}`, encodeURIComponent(String(example ?? placeholder)));
    } else if (p.in === 'query' && p.required) query.push(`${p.name}=${encodeURIComponent(String(example))}`);
  }
  return { url: `/api${url}${query.length ? `?${query.join('&')}` : ''}`, complete };
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
      const { url, complete } = exampleUrl(path, op);
      const res = await app.request(url);
      const documented = op.responses[String(res.status)];
      expect(documented, `${url} answered ${res.status}, which is not documented`).toBeDefined();
      // Without credentials, a secured operation answers 401 whatever else it is asked.
      if (op.security) expect(res.status, url).toBe(401);
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
      if (complete && !op.security) expect(res.status, url).toBe(200);
      else expect(res.headers.get('content-type'), url).toContain('application/problem+json');
    }
  });

  it('answers every card, and an item of every kind, in every language exactly as documented', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validator = (path: string) => {
      const media = doc.paths[path]?.get?.responses['200']?.content?.['application/json'];
      expect(media, path).toBeDefined();
      return ajv.compile({ ...(media?.schema as object), components: doc.components });
    };
    const check = async (validate: ReturnType<typeof validator>, url: string) => {
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      const body = await res.json();
      expect(validate(body) ? [] : validate.errors?.slice(0, 5), url).toEqual([]);
      return body;
    };
    const card = validator('/v1/cards/{code}/{level}');
    const item = validator('/v1/items/{id}');
    const { cards } = (await check(validator('/v1/cards'), '/api/v1/cards?limit=100')) as {
      cards: { code: string; level: number }[];
    };
    expect(cards).toHaveLength(10);
    const kinds = new Map<string, string>();
    const collect = (node: unknown, kind: string) => {
      if (Array.isArray(node)) for (const n of node) collect(n, kind);
      else if (node && typeof node === 'object') {
        const { id } = node as { id?: unknown };
        if (typeof id === 'string' && !kinds.has(kind)) kinds.set(kind, id);
      }
    };
    for (const lang of ['kk', 'ru', 'en']) {
      for (const { code, level } of cards) {
        const body = (await check(card, `/api/v1/cards/${code}/${level}?lang=${lang}`)) as {
          card: Record<string, unknown> & {
            labourFunctions: { tasks: { skills: unknown[]; knowledge: unknown[] }[] }[];
          };
        };
        collect(body.card, 'card');
        collect(body.card.otherNames, 'otherName');
        collect(body.card.links, 'link');
        collect(body.card.qualificationLink, 'qualificationLink');
        collect(body.card.labourFunctions, 'labourFunction');
        const tasks = body.card.labourFunctions.flatMap((f) => f.tasks);
        collect(tasks, 'task');
        collect(
          tasks.flatMap((t) => t.skills),
          'skill',
        );
        collect(
          tasks.flatMap((t) => t.knowledge),
          'knowledge',
        );
        const groups = (body.card.qualification as { groups: { rules: unknown[] }[] }).groups;
        collect(groups, 'qualificationGroup');
        collect(
          groups.flatMap((g) => g.rules),
          'qualificationRule',
        );
      }
    }
    expect(kinds.size).toBe(10);
    for (const [kind, id] of kinds) {
      const body = (await check(item, `/api/v1/items/${id}?lang=en`)) as { kind: string };
      expect(body.kind, id).toBe(kind);
    }
  });
});
