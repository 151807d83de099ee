/**
 * Search quality on the bundled edition: recall@5 over the realistic queries of
 * test/search/queries.yaml (inflected Kazakh, typos, upper case, Latin look-alikes, phrases,
 * terms, Russian and English). A query is found when every expected id is among the first five
 * hits (a hit that groups a text printed in several cards counts with its copies, `alsoIn`). The misses are printed; with KASIP_WRITE_SEARCH_RESULTS=1 the table is also written to
 * test/search/results/recall-at-5.json (docs/search.md quotes it).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { searchDocuments } from '../../src/storage/repositories/search.repository.js';
import { type TestEngine, openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

const QUERY_FILE = path.join(ROOT, 'test/search/queries.yaml');
const RESULTS_FILE = path.join(ROOT, 'test/search/results/recall-at-5.json');
const TOP = 5;
const MIN_RECALL = 0.95;
const MIN_QUERIES = 70;

const KINDS = [
  'inflection',
  'typo',
  'case',
  'latin-lookalike',
  'multiword',
  'term',
  'russian',
  'english',
  'exact',
  'latin-2021',
  'latin-2018',
  'latin-informal',
  'no-kazakh-letters',
] as const;
type Kind = (typeof KINDS)[number];

const QuerySet = z
  .array(
    z.strictObject({
      q: z.string().min(1),
      expect: z.array(z.string().min(1)).min(1).max(3),
      kind: z.enum(KINDS),
      note: z.string().optional(),
    }),
  )
  .min(1);
type Query = z.infer<typeof QuerySet>[number];

type Outcome = { q: string; kind: Kind; expected: string[]; got: string[]; found: boolean };
type KindRow = { kind: Kind; queries: number; found: number; recall: number };
type Report = {
  engine: TestEngine;
  queries: number;
  found: number;
  recall: number;
  perKind: KindRow[];
  misses: Outcome[];
};

const queries: Query[] = QuerySet.parse(parse(await readFile(QUERY_FILE, 'utf8')));

/** The top-5 hit ids of every query, per engine, to compare the engines at the end. */
const hitsByEngine = new Map<TestEngine, Map<string, string[]>>();
const reports: Report[] = [];
let editionId = '';

const ratio = (found: number, total: number) => (total === 0 ? 0 : Math.round((found / total) * 1e4) / 1e4);

function report(engine: TestEngine, outcomes: Outcome[]): Report {
  const perKind = KINDS.map((kind) => {
    const ofKind = outcomes.filter((o) => o.kind === kind);
    const found = ofKind.filter((o) => o.found).length;
    return { kind, queries: ofKind.length, found, recall: ratio(found, ofKind.length) };
  }).filter((row) => row.queries > 0);
  const found = outcomes.filter((o) => o.found).length;
  return {
    engine,
    queries: outcomes.length,
    found,
    recall: ratio(found, outcomes.length),
    perKind,
    misses: outcomes.filter((o) => !o.found),
  };
}

function printReport(r: Report): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `search recall@${TOP} on ${r.engine}: ${r.found}/${r.queries} = ${pct(r.recall)}`,
    `  ${r.perKind.map((k) => `${k.kind} ${k.found}/${k.queries}`).join(' · ')}`,
    ...r.misses.map(
      (m) => `  MISS [${m.kind}] "${m.q}" expected ${m.expected.join(', ')} · got ${m.got.join(', ') || '(nothing)'}`,
    ),
  ];
  console.log(lines.join('\n'));
}

describe('the query set', () => {
  it(`has at least ${MIN_QUERIES} distinct queries, each kind represented`, () => {
    expect(queries.length).toBeGreaterThanOrEqual(MIN_QUERIES);
    expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(KINDS));
  });
});

describe.each(testEngines)('search recall@5 on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  const outcomes: Outcome[] = [];
  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database);
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    editionId = await services.editions.resolveEditionId(undefined);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('expects only items that exist in the edition', async () => {
    const ids = new Set((await searchDocuments(database.db, editionId)).map((d) => d.id));
    const unknown = queries.flatMap((q) => q.expect.filter((id) => !ids.has(id)).map((id) => `${q.q} → ${id}`));
    expect(unknown).toEqual([]);
  });

  it(`finds at least ${MIN_RECALL * 100}% of the queries in the top ${TOP}`, async () => {
    const hits = new Map<string, string[]>();
    for (const query of queries) {
      const result = await services.search.search({ q: query.q, limit: TOP });
      // A text printed in several cards is one result naming its copies: they are all in view.
      const got = result.hits.flatMap((h) => [h.id, ...h.alsoIn.map((copy) => copy.id)]);
      hits.set(query.q, got);
      outcomes.push({
        q: query.q,
        kind: query.kind,
        expected: query.expect,
        got,
        found: query.expect.every((id) => got.includes(id)),
      });
    }
    hitsByEngine.set(engine, hits);
    const r = report(engine, outcomes);
    reports.push(r);
    printReport(r);
    expect(r.queries).toBe(queries.length);
    expect(r.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});

describe.runIf(testEngines.length > 1)('search on both engines', () => {
  it('gives exactly the same hits, in the same order, for every query', () => {
    const [first, ...others] = testEngines.map((engine) => hitsByEngine.get(engine));
    expect(first?.size).toBe(queries.length);
    for (const other of others) expect(other).toEqual(first);
  });
});

/** Two-space JSON with short arrays of ids on one line, as `biome format` leaves it (lint stays clean). */
function toJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  const shortArray = /\[\n\s*("[^"\n]*"(?:,\n\s*"[^"\n]*")*)\n\s*\]/g;
  return `${text.replace(shortArray, (whole, items: string, offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset) + 1;
    const oneLine = `[${items.split(/,\n\s*/).join(', ')}]`;
    const lineEnd = text.indexOf('\n', offset + whole.length);
    const rest = lineEnd === -1 ? text.slice(offset + whole.length) : text.slice(offset + whole.length, lineEnd);
    return offset - lineStart + oneLine.length + rest.length <= 120 ? oneLine : whole;
  })}\n`;
}

afterAll(async () => {
  if (process.env.KASIP_WRITE_SEARCH_RESULTS !== '1' || reports.length === 0) return;
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  const table = {
    measuredAt: new Date().toISOString(),
    edition: editionId,
    queryFile: path.relative(ROOT, QUERY_FILE),
    top: TOP,
    engines: reports,
  };
  await writeFile(RESULTS_FILE, toJson(table));
});
