/**
 * Loading and exporting editions, on every engine in the matrix: idempotent loads, item-level
 * updates in one transaction, deprecation instead of deletion, and the export round trip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/standard/edition.js';
import { fromExportDocument } from '../../src/domain/standard/export-document.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { miniEdition } from '../support/mini-edition.js';
import { BUNDLED_EDITION } from '../support/paths.js';

describe.each(testEngines)('editions on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let bundled: Edition;
  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database);
    bundled = await readEdition(BUNDLED_EDITION);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('loads the bundled edition once and then finds nothing to change', async () => {
    expect(await services.editions.isEmpty()).toBe(true);
    const first = await services.editions.load(bundled);
    expect(first).toMatchObject({ created: true, metadataChanged: true, fidelityProblems: 0 });
    expect(first.items.inserted).toBe(first.items.total);
    const again = await services.editions.load(bundled);
    expect(again.items).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: first.items.total,
      deprecated: 0,
      total: first.items.total,
    });
    expect(again.metadataChanged).toBe(false);
    const [summary] = await services.editions.list();
    expect(summary).toMatchObject({ id: 'order-262-2023', current: true, status: 'in-force', orderDate: '2023-06-29' });
    expect(summary?.counts).toMatchObject({ card: 10, term: 17, profession: 7 });
  });

  it('exports a document that loads into an empty database and exports identically', async () => {
    const exported = await services.editions.export();
    const parsed = fromExportDocument(JSON.parse(JSON.stringify(exported)));
    if (!('edition' in parsed)) throw new Error(JSON.stringify(parsed.issues));
    const other = await openTestDb(engine);
    try {
      const otherServices = createServices(other);
      await otherServices.editions.load(parsed.edition);
      expect(JSON.stringify(await otherServices.editions.export())).toBe(JSON.stringify(exported));
    } finally {
      await other.close();
    }
    expect(exported.cards).toHaveLength(10);
    const uuid = (exported.cards[0] as { uuid: string }).uuid;
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('updates only the changed item and deprecates a removed one, keeping it resolvable', async () => {
    const edition = await miniEdition();
    await services.editions.load(edition);
    const changed = structuredClone(edition);
    const task = changed.cards[1]?.labourFunctions[0]?.tasks[0];
    if (!task) throw new Error('fixture changed');
    task.knowledge.pop();
    const skill = task.skills[0];
    if (skill) skill.ru = 'Проверка результата.';
    const report = await services.editions.load(changed);
    expect(report.items).toMatchObject({ inserted: 0, updated: 1, deprecated: 1 });
    const back = await services.editions.read('mini-2024');
    expect(back.cards[1]?.labourFunctions[0]?.tasks[0]?.knowledge.map((k) => k.id)).toEqual(['1111-1-001.5.f1.t1.k1']);
    const rows = await database.db
      .selectFrom('item')
      .select(['id', 'deprecated'])
      .where('edition_id', '=', 'mini-2024')
      .where('id', '=', '1111-1-001.5.f1.t1.k2')
      .execute();
    expect(rows).toEqual([{ id: '1111-1-001.5.f1.t1.k2', deprecated: true }]);
    const restored = await services.editions.load(edition);
    expect(restored.items).toMatchObject({ updated: 2, deprecated: 0 });
  });

  it('loads nothing of an edition that breaks an invariant', async () => {
    const broken = await miniEdition();
    broken.meta.id = 'broken-2024';
    const task = broken.cards[0]?.labourFunctions[0]?.tasks[0];
    if (task?.skills[0]) task.skills[0].id = '1111-1-001.4.f1.t1.k1';
    await expect(services.editions.load(broken)).rejects.toMatchObject({ code: 'invalid_data_file' });
    expect((await services.editions.list()).map((e) => e.id)).not.toContain('broken-2024');
  });

  it('rolls back a load that fails half-way', async () => {
    const edition = await miniEdition();
    edition.meta.id = 'half-2024';
    const failing = createServices({
      ...database,
      db: database.db.withPlugin({
        transformQuery: (args) => {
          if (args.node.kind === 'InsertQueryNode' && JSON.stringify(args.node).includes('"item"'))
            throw new Error('disk full');
          return args.node;
        },
        transformResult: async (args) => args.result,
      }),
    });
    await expect(failing.editions.load(edition)).rejects.toThrow('disk full');
    expect((await services.editions.list()).map((e) => e.id)).not.toContain('half-2024');
  });

  it('answers not_found for an unknown edition', async () => {
    await expect(services.editions.export('no-such-edition')).rejects.toMatchObject({ code: 'not_found' });
  });
});
