/**
 * Fuzzing every operation of the served OpenAPI document: requests generated from the document's
 * own schemas (path and query parameters, bodies of every documented content type), both
 * schema-shaped values with one part broken and plain junk, sent by an anonymous caller, an
 * org-admin and a platform admin. Shared by the CI property test (fixed seed, bounded count) and
 * `bench/fuzz.ts` (random seed, larger count), so both fuzz the same way.
 *
 * The document drives everything: a new route, parameter or body field is fuzzed without touching
 * this file.
 */
import fc from 'fast-check';
import { type App, createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { upsertMembership } from '../../src/storage/repositories/organisation.repository.js';
import { seedUser, signIn, testClientIp } from './accounts.js';
import { BUNDLED_EDITION } from './paths.js';

export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
};
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema; example?: unknown };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema; example?: unknown }> };
  security?: unknown[];
};
export type OpenApiDoc = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

export type FuzzOperation = { method: string; path: string; op: Operation; secured: boolean };
export type FuzzRequest = {
  path: string;
  query: [string, string][];
  contentType?: string;
  body?: string | Uint8Array<ArrayBuffer>;
};
export type FuzzCaller = { name: 'anonymous' | 'org-admin' | 'platform-admin'; cookie: string; csrf: string };
export type FuzzWorld = {
  app: App;
  doc: OpenApiDoc;
  callers: FuzzCaller[];
  /** Real ids for path parameters of these names, so some requests reach past "not found". */
  ids: Record<string, string[]>;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * Operations that end the signed-in caller's session or account: fuzzing them as that caller
 * would leave the rest of the run testing only the 401 path. The anonymous caller still gets them.
 */
const ENDS_OWN_SESSION = new Set(['post /v1/auth/logout', 'post /v1/me/sessions/revoke-all', 'post /v1/me/erase']);

export function fuzzOperations(doc: OpenApiDoc): FuzzOperation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ method, path, op, secured: (op.security?.length ?? 0) > 0 })),
  );
}

export function callsFor(caller: FuzzCaller, operation: FuzzOperation): boolean {
  return caller.name === 'anonymous' || !ENDS_OWN_SESSION.has(`${operation.method} ${operation.path}`);
}

/**
 * The app over `database` (migrated, empty) with the bundled edition, an organisation with staff,
 * and the three callers. The org-admin is made a member directly in the database: the invitation
 * flow has tests of its own, and this one is about what reaches validation.
 */
export async function openFuzzWorld(database: OpenDb): Promise<FuzzWorld> {
  const services = createServices(database);
  await services.editions.load(await readEdition(BUNDLED_EDITION));
  const app = createApp({ services, clientIp: testClientIp });
  const doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;

  await seedUser(database, 'fuzz-platform@example.kz', ['admin']);
  const orgAdminId = await seedUser(database, 'fuzz-org-admin@example.kz');
  // The only user id the fuzzer is given: erasing or removing it must not cost the callers their access.
  const victimId = await seedUser(database, 'fuzz-member@example.kz');
  const platform = await signIn(app, 'fuzz-platform@example.kz');
  const org = await platform.json<{ id: string }>('POST', '/v1/orgs', {
    name: 'Fuzz',
    kind: 'social-service-provider',
  });
  await upsertMembership(database.db, org.id, orgAdminId, ['org-admin']);
  await upsertMembership(database.db, org.id, victimId, ['member']);
  const orgAdmin = await signIn(app, 'fuzz-org-admin@example.kz');
  const staffIds: string[] = [];
  for (const n of [1, 2, 3]) {
    const staff = await platform.json<{ id: string }>('POST', `/v1/orgs/${org.id}/staff`, {
      record: {
        personnelNo: `F-${n}`,
        fullName: `Асанова Әйгерім ${n}`,
        position: { cardCode: '2635-3-001', level: 5, since: '2020-09-01' },
        education: { level: 'higher', field: 'social' },
        experience: [{ category: 'none', from: '2015-09-01' }],
      },
    });
    staffIds.push(staff.id);
  }
  return {
    app,
    doc,
    callers: [
      { name: 'anonymous', cookie: '', csrf: '' },
      { name: 'org-admin', cookie: orgAdmin.cookie ?? '', csrf: orgAdmin.csrf ?? '' },
      { name: 'platform-admin', cookie: platform.cookie ?? '', csrf: platform.csrf ?? '' },
    ],
    ids: { orgId: [org.id], staffId: staffIds, userId: [victimId] },
  };
}

// ---------------------------------------------------------------------------------------------
// Values from schemas

function resolve(schema: Schema | undefined, doc: OpenApiDoc): Schema {
  let s = schema ?? {};
  // A chain of references ends in a schema; the guard only stops a malformed document looping.
  for (let hops = 0; s.$ref && hops < 20; hops += 1) {
    s = doc.components.schemas[s.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  return s;
}

function merged(parts: Schema[], doc: OpenApiDoc): Schema {
  const out: Schema = { type: 'object', properties: {}, required: [] };
  for (const part of parts.map((p) => resolve(p, doc))) {
    Object.assign(out.properties ?? {}, part.properties);
    out.required?.push(...(part.required ?? []));
  }
  return out;
}

function stringFor(s: Schema): fc.Arbitrary<string> {
  if (s.format === 'uuid') return fc.uuid();
  if (s.format === 'date-time' || s.format === 'date') {
    const iso = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
    return s.format === 'date' ? iso.map((d) => d.slice(0, 10)) : iso;
  }
  if (s.format === 'email') return fc.emailAddress();
  if (s.format === 'binary') return fc.string();
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern));
    } catch {
      // A pattern fast-check cannot invert: plain strings below, which the route must refuse cleanly.
    }
  }
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? 40, 80));
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ unit: 'grapheme', minLength, maxLength }),
    // A string of a valid length with one character that storage, encoding or display may trip on.
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.string({ minLength, maxLength: Math.max(minLength, maxLength - 2) }),
          fc.constantFrom(...ODD_CHARACTERS),
        )
        .map(([text, odd]) => `${odd}${text}`.slice(0, Math.max(maxLength, 2))),
    },
  );
}

function typed(type: string, s: Schema, doc: OpenApiDoc, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: Math.ceil(s.minimum ?? -1_000_000), max: Math.floor(s.maximum ?? 1_000_000) });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e9, max: s.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
    case 'string':
      return stringFor(s);
    case 'array': {
      const minLength = Math.min(s.minItems ?? 0, 5);
      const maxLength = Math.max(minLength, Math.min(s.maxItems ?? 4, 4));
      return fc.array(valueFor(s.items, doc, depth + 1), { minLength, maxLength });
    }
    case 'object': {
      const props = s.properties ?? {};
      const record = Object.fromEntries(
        Object.entries(props).map(([k, v]) => [k, valueFor(v, doc, depth + 1)] as const),
      );
      return fc.record(record, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value the schema accepts (as far as fast-check can tell from its keywords). */
export function valueFor(schema: Schema | undefined, doc: OpenApiDoc, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  // Recursive schemas (a tree of items) would otherwise generate without end.
  if (depth > 6) return fc.constant(null);
  if ('const' in s) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => valueFor(a, doc, depth + 1)));
  if (s.allOf?.length) return valueFor(merged(s.allOf, doc), doc, depth + 1);
  const types = Array.isArray(s.type)
    ? s.type
    : s.type
      ? [s.type]
      : s.properties
        ? ['object']
        : s.items
          ? ['array']
          : [];
  const generated = types.length
    ? fc.oneof(...types.map((t) => typed(t, s, doc, depth)))
    : fc.jsonValue({ maxDepth: 2 });
  return s.example === undefined ? generated : fc.oneof(fc.constant(s.example), generated);
}

// ---------------------------------------------------------------------------------------------
// Junk and mutations

/** Nested `depth` levels deep, built without recursion so a deep value costs no stack here. */
function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) v = i % 2 ? [v] : { a: v };
  return v;
}

const HUGE = 'Ққ'.repeat(150_000);
/** NUL, lone and reversed surrogates, a right-to-left override, a byte-order mark, Kazakh letters, a joined emoji. */
const ODD_CHARACTERS = ['\u0000', '\uD800', '\uDFFF\uD800', '\u202E', '\uFEFF', 'Ққ👩‍👩‍👧‍👦'];
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil',
  '\uFEFF',
  'ҚАЗАҚ',
  '👩‍👩‍👧‍👦',
  '=HYPERLINK("http://x")',
  "'; drop table users; --",
  '../../etc/passwd',
  '%00',
  '0x5',
  '5e0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '{}',
  '[]',
  '0'.repeat(300),
];

/** Wrong types, odd and huge strings, deep nesting, unicode: anything a field must refuse cleanly. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -0, 0.5),
  fc.double(),
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constant(HUGE),
  fc.integer({ min: 10, max: 2_000 }).map(nested),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  // Own keys named like the prototype chain, as JSON.parse makes them.
  fc.constant(JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}')),
);

type Key = string | number;

/** Every place in a value (up to 60), as the keys that lead there. */
function places(value: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  if (out.length >= 60 || value === null || typeof value !== 'object') return out;
  for (const [k, v] of Object.entries(value)) {
    const key = Array.isArray(value) ? Number(k) : k;
    out.push([...prefix, key]);
    places(v, [...prefix, key], out);
  }
  return out;
}

function replaced(value: unknown, at: Key[], by: unknown, remove: boolean): unknown {
  const copy = structuredClone(value) as Record<Key, unknown>;
  let parent: Record<Key, unknown> = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<Key, unknown>;
  const last = at[at.length - 1] as Key;
  if (!remove) parent[last] = by;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

/** The value as it is, or with one place replaced by junk, one place removed, or an unknown field added. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((v) => {
    const at = places(v);
    const choices: fc.WeightedArbitrary<unknown>[] = [
      { weight: 4, arbitrary: fc.constant(v) },
      { weight: 1, arbitrary: junk },
    ];
    if (at.length) {
      const place = fc.constantFrom(...at);
      choices.push(
        { weight: 4, arbitrary: fc.tuple(place, junk).map(([p, j]) => replaced(v, p, j, false)) },
        { weight: 2, arbitrary: place.map((p) => replaced(v, p, undefined, true)) },
      );
    }
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      choices.push({
        weight: 1,
        arbitrary: fc.tuple(fc.string({ maxLength: 12 }), junk).map(([k, j]) => ({ ...v, [k]: j })),
      });
    }
    return fc.oneof(...choices);
  });
}

// ---------------------------------------------------------------------------------------------
// Requests

/** Query and path text for any value; lone surrogates cannot be percent-encoded, so they become U+FFFD. */
function asText(value: unknown): string {
  if (Array.isArray(value)) return value.map(asText).join(',');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

const junkText = junk.map(asText);

const rawJsonJunk: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '{', '{"a":', 'null', '[]', '"text"', '\uFEFF{}', '{"__proto__":{"x":1}}', '{"a":1,"a":2}'),
  fc.string({ maxLength: 200 }),
  // Deeper than any value should be: parsing is iterative, but walking the result may not be.
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1_000, max: 50_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
);

function csvBody(example: unknown): fc.Arbitrary<string> {
  const row = fc
    .array(
      junkText.map((t) => t.slice(0, 200)),
      { minLength: 1, maxLength: 8 },
    )
    .map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(','));
  const base = typeof example === 'string' ? example : 'a,b\n1,2';
  return fc.oneof(
    fc.constant(base),
    fc.array(row, { minLength: 1, maxLength: 5 }).map((rows) => `${base}\n${rows.join('\n')}`),
    fc.array(row, { maxLength: 5 }).map((rows) => rows.join('\r\n')),
    fc.string({ maxLength: 300 }),
    fc.constantFrom('\uFEFF', '"unterminated\n', 'a;b;c\n1;2;3', base.split('\n')[0] ?? ''),
  );
}

const xlsxBody: fc.Arbitrary<Uint8Array<ArrayBuffer>> = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((b) => new Uint8Array(b)),
  // A zip's local-file signature in front, so the bytes get as far as the unzipper.
  fc.uint8Array({ maxLength: 2_000 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
  // An empty zip: only the end-of-central-directory record.
  fc.constant(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])),
);

function bodyFor(
  op: Operation,
  method: string,
  doc: OpenApiDoc,
): fc.Arbitrary<Pick<FuzzRequest, 'contentType' | 'body'>> {
  const content = op.requestBody?.content ?? {};
  type Body = Pick<FuzzRequest, 'contentType' | 'body'>;
  // Mostly schema-shaped bodies, so that most requests get past parsing into the use case.
  const choices: fc.WeightedArbitrary<Body>[] = [];
  for (const [contentType, media] of Object.entries(content)) {
    if (contentType === 'application/json') {
      choices.push({
        weight: 6,
        arbitrary: mutated(valueFor(media.schema, doc)).map((v) => ({ contentType, body: JSON.stringify(v) ?? '' })),
      });
      choices.push({ weight: 1, arbitrary: rawJsonJunk.map((body) => ({ contentType, body })) });
    } else if (contentType.startsWith('text/')) {
      const example = media.example ?? resolve(media.schema, doc).example;
      choices.push({ weight: 2, arbitrary: csvBody(example).map((body) => ({ contentType, body })) });
    } else {
      choices.push({ weight: 1, arbitrary: xlsxBody.map((body) => ({ contentType, body })) });
    }
  }
  // Any writing route, bodied or not, also gets a body it does not expect or a type it does not take.
  if (method !== 'get') {
    const weight = choices.length ? 1 : 3;
    choices.push({
      weight,
      arbitrary: fc.record({
        contentType: fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
          'application/xml',
        ),
        body: fc.oneof(
          junk.map((j) => JSON.stringify(j) ?? ''),
          fc.string({ maxLength: 100 }),
        ),
      }),
    });
    choices.push({ weight, arbitrary: fc.constant({}) });
  }
  return choices.length ? fc.oneof(...choices) : fc.constant({});
}

const junkSegment: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.uuid(),
  fc.constantFrom(...ODD_STRINGS.filter((s) => s !== '')),
);

function pathValue(p: Parameter, doc: OpenApiDoc, ids: Record<string, string[]>): fc.Arbitrary<string> {
  const choices: fc.Arbitrary<string>[] = [valueFor(p.schema, doc).map(asText), junkSegment];
  const known = [...(ids[p.name] ?? []), ...(p.example === undefined ? [] : [asText(p.example)])];
  if (known.length) choices.push(fc.constantFrom(...known), fc.constantFrom(...known));
  return fc.oneof(...choices);
}

/** Requests for one operation: every documented parameter and body, valid-looking or not. */
export function requestsFor(
  operation: FuzzOperation,
  world: Pick<FuzzWorld, 'doc' | 'ids'>,
): fc.Arbitrary<FuzzRequest> {
  const { doc, ids } = world;
  const params = operation.op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const pathArb = fc.tuple(...pathParams.map((p) => pathValue(p, doc, ids))).map((values) => {
    let path = operation.path;
    for (const [i, p] of pathParams.entries()) path = path.replace(`{${p.name}}`, encoded(values[i] ?? ''));
    return `/api${path}`;
  });
  const declaredArb = fc.tuple(
    ...queryParams.map((p) =>
      fc.option(
        fc.oneof({ weight: 5, arbitrary: valueFor(p.schema, doc).map(asText) }, { weight: 1, arbitrary: junkText }),
        // A required parameter is mostly there, so the rest of the request gets looked at.
        { freq: p.required ? 8 : 2, nil: undefined },
      ),
    ),
  );
  const queryArb = fc
    .tuple(declaredArb, fc.array(fc.tuple(fc.string({ maxLength: 10 }), junkText), { maxLength: 2, size: 'xsmall' }))
    .map(([values, extra]) => {
      const declared = queryParams.flatMap((p, i) =>
        values[i] === undefined ? [] : [[p.name, values[i] as string] as [string, string]],
      );
      return [...declared, ...extra];
    });
  return fc
    .record({ path: pathArb, query: queryArb, payload: bodyFor(operation.op, operation.method, doc) })
    .map(({ path, query, payload }) => ({ path, query, ...payload }));
}

// ---------------------------------------------------------------------------------------------
// Sending and judging

export type Outcome = { status: number; problem: string | null };

/**
 * Sends the request as the caller and judges the answer: never a 5xx, and every 4xx a problem
 * document (RFC 9457) with its `type`, `title` and the same `status`. `problem` says what was wrong.
 */
export async function exchange(
  app: App,
  caller: FuzzCaller,
  operation: FuzzOperation,
  request: FuzzRequest,
): Promise<Outcome> {
  const qs = request.query.map(([k, v]) => `${encoded(k)}=${encoded(v)}`).join('&');
  const url = `${request.path}${qs ? `?${qs}` : ''}`;
  const headers: Record<string, string> = { 'x-test-ip': '192.0.2.77' };
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.csrf) headers['x-csrf-token'] = caller.csrf;
  if (request.contentType) headers['content-type'] = request.contentType;
  const method = operation.method.toUpperCase();
  const body = method === 'GET' || request.body === undefined ? undefined : request.body;
  const res = await app.request(url, { method, headers, body });
  const text = await res.text();
  const where = `${caller.name} ${method} ${url.slice(0, 300)} (${request.contentType ?? 'no body'}) → ${res.status}`;
  if (res.status >= 500) return { status: res.status, problem: `${where}: ${text.slice(0, 500)}` };
  if (res.status < 400) return { status: res.status, problem: null };
  const type = res.headers.get('content-type') ?? '';
  if (!/^application\/problem\+json/.test(type))
    return { status: res.status, problem: `${where}: content-type ${type}` };
  let problem: { type?: unknown; title?: unknown; status?: unknown };
  try {
    problem = JSON.parse(text);
  } catch {
    return { status: res.status, problem: `${where}: body is not JSON: ${text.slice(0, 200)}` };
  }
  if (typeof problem.type !== 'string' || typeof problem.title !== 'string' || problem.status !== res.status) {
    return { status: res.status, problem: `${where}: not a problem document: ${text.slice(0, 300)}` };
  }
  return { status: res.status, problem: null };
}
