/**
 * Caches that outlive a load: in one process (every engine) a replaced edition is read anew, and
 * across processes (PostgreSQL only) a load through services A reaches services B through
 * LISTEN/NOTIFY within a second, although B trusts its list of editions for a minute.
 */
import { type KyselyPlugin, SelectQueryNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/standard/edition.js';
import { EDITIONS_LISTENED_TTL_MS } from '../../src/services/edition.service.js';
import { type Services, createServices } from '../../src/services/index.js';
import { type OpenDb, openDb, openReplicaDb } from '../../src/storage/db.js';
import { createServerDatabase, openTestDb, serverUrl, testEngines } from '../support/engines.js';
import { miniEdition } from '../support/mini-edition.js';

/** The edition with line `line` of its official text amended (an item's excerpt shows it). */
function amended(base: Edition, line: number): Edition {
  const lines = base.sourceText.split('\n');
  lines[line - 1] = `${lines[line - 1]} (amended)`;
  return { ...base, sourceText: lines.join('\n') };
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, withinMs: number): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    if (ok(await read())) return Date.now() - t0;
    if (Date.now() - t0 > withinMs) throw new Error(`not seen within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(testEngines)('in-process invalidation on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('reads an item’s source excerpt anew after its edition is replaced under the same id', async () => {
    const base = await miniEdition();
    await services.editions.load(base);
    const cardId = base.cards[0]?.id ?? '';
    const before = await services.registry.getItem(cardId, { lang: 'kk' });
    expect(before.source?.text).not.toContain('(amended)');
    await services.editions.load(amended(base, before.source?.lines[0] ?? 1));
    const after = await services.registry.getItem(cardId, { lang: 'kk' });
    expect(after.source?.text).toContain('(amended)');
  });

  it('answers a second batch without reading the items again, and reads a replaced edition anew', async () => {
    // Counts the queries that read the item table (the probe saw every 2-row batch read all 515).
    let itemReads = 0;
    const counter: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (SelectQueryNode.is(node) && JSON.stringify(node.from ?? {}).includes('"name":"item"')) itemReads++;
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const counted = createServices({ ...database, db: database.db.withPlugin(counter) });
    const base = await miniEdition();
    await counted.editions.load(base);
    const rows = [
      { id: 'a', card: '1111-1-001', level: '5', education: 'tvet', field: 'social', none: '1' },
      { id: 'b', card: '1111-1-001', level: '4', education: 'higher', field: 'social', none: '2' },
    ];
    itemReads = 0;
    const first = await counted.qualification.batch(rows);
    expect(itemReads).toBeGreaterThan(0);
    itemReads = 0;
    expect(await counted.qualification.batch(rows)).toEqual(first);
    expect(itemReads).toBe(0);

    const renamed = await miniEdition();
    const card = renamed.cards.find((c) => c.level.value === 5);
    if (card) card.name.ru = `${card.name.ru ?? ''} (new)`;
    await counted.editions.load(renamed);
    itemReads = 0;
    await counted.qualification.batch(rows);
    expect(itemReads).toBeGreaterThan(0);
    const { cards } = await counted.registry.allCards();
    expect(cards.find((c) => c.level.value === 5)?.name.ru).toMatch(/\(new\)$/);
    await counted.editions.load(base);
  });
});

describe.runIf(serverUrl)('across processes on PostgreSQL (LISTEN/NOTIFY)', () => {
  let drop: () => Promise<void> = async () => {};
  let a: OpenDb;
  let b: OpenDb;
  let servicesA: Services;
  let servicesB: Services;
  beforeAll(async () => {
    const created = await createServerDatabase();
    drop = created.drop;
    // Two pools, as two processes would have.
    a = await openDb({ kind: 'server', url: created.url });
    await a.migrate();
    b = await openDb({ kind: 'server', url: created.url });
    servicesA = createServices(a);
    servicesB = createServices(b);
    await servicesB.cacheEvents?.ready;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await drop();
  });

  it('B sees an edition loaded through A within a second, long before its TTL', async () => {
    expect(servicesB.cacheEvents?.live()).toBe(true);
    expect(EDITIONS_LISTENED_TTL_MS).toBeGreaterThan(10_000);
    expect(await servicesB.editions.list()).toEqual([]); // cached by B now
    await servicesA.editions.load(await miniEdition());
    const took = await until(
      () => servicesB.editions.list(),
      (list) => list.some((e) => e.id === 'mini-2024'),
      1000,
    );
    expect(took).toBeLessThan(1000);
  });

  it('B reads a replaced edition’s new text within a second (caches keyed by edition id)', async () => {
    const base = await miniEdition();
    const cardId = base.cards[0]?.id ?? '';
    const before = await servicesB.registry.getItem(cardId, { lang: 'kk' });
    expect(before.source?.text).not.toContain('(amended)');
    await servicesA.editions.load(amended(base, before.source?.lines[0] ?? 1));
    await until(
      () => servicesB.registry.getItem(cardId, { lang: 'kk' }),
      (item) => item.source?.text?.includes('(amended)') === true,
      1000,
    );
  });

  it('public reads fall back to the primary when the replica cannot be reached', async () => {
    const replica = openReplicaDb('postgres://postgres@127.0.0.1:1/nowhere');
    const fallbacks: unknown[] = [];
    const withReplica = createServices(a, { replica, onReplicaFallback: (e) => fallbacks.push(e) });
    try {
      const answer = await withReplica.pipeline.execute(withReplica.ops.editions.list, {});
      expect(answer.editions.map((e) => e.id)).toContain('mini-2024');
      expect(fallbacks).toHaveLength(1);
    } finally {
      await replica.close();
    }
  });
});
