/**
 * The current edition when several standards are stored (issue 14): it is the in-force edition
 * of the PRIMARY standard (the first loaded), so a new standard published later — even dated
 * later — does not replace Order 262 on every page; a next edition of Order 262 does. Older
 * editions stay readable by id. Runs on every engine of the matrix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyEdition } from '../../src/domain/editions/test-editions.js';
import type { Edition } from '../../src/domain/standard/edition.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { pickCurrentEdition } from '../../src/services/edition.service.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import type { EditionRow } from '../../src/storage/repositories/edition.repository.js';
import { supersedeEdition } from '../../src/storage/repositories/edition.repository.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const row = (id: string, standardId: string, status: string, createdAt: string): EditionRow => ({
  id,
  uuid: id,
  standardId,
  status,
  orderDate: '2024-01-01',
  meta: {},
  contentHash: '',
  loadedAt: new Date(),
  standardCreatedAt: new Date(createdAt),
});

describe('pickCurrentEdition', () => {
  it('takes the in-force edition of the standard created first, whatever the others are', () => {
    const rows = [
      row('new-std-2026', 'new-std', 'in-force', '2026-12-07T10:00:00Z'),
      row('order-262-2026', 'social-protection', 'draft', '2026-01-01T00:00:00Z'),
      row('order-262-2023', 'social-protection', 'in-force', '2026-01-01T00:00:00Z'),
    ];
    expect(pickCurrentEdition(rows)).toBe('order-262-2023');
    expect(pickCurrentEdition(rows.slice(0, 2))).toBe('order-262-2026');
    expect(pickCurrentEdition([])).toBeUndefined();
  });
});

describe.each(testEngines)('the current edition with several standards on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let bundled: Edition;
  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database);
    bundled = await readEdition(BUNDLED_EDITION);
    await services.editions.load(bundled);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('stays Order 262 when a new standard dated later is stored', async () => {
    // created_at has a clock resolution; make the order of creation unambiguous.
    await new Promise((r) => setTimeout(r, 20));
    const later = tinyEdition(
      'tiny-2030',
      [
        {
          code: '1111-1-001',
          level: 5,
          name: 'Сынақ',
          functions: [{ name: 'Функция', tasks: [{ name: 'Міндет', skills: ['Білік'] }] }],
        },
      ],
      {
        number: '9',
        date: '2030-01-01',
      },
    );
    // Its sources cite lines of a text it does not carry: any text long enough will do here.
    await services.editions.load({ ...later, sourceText: 'мәтін\n'.repeat(2000) });
    expect(await services.editions.resolveEditionId()).toBe('order-262-2023');
    expect((await services.editions.read('tiny-2030')).meta.id).toBe('tiny-2030');
  });

  it("moves to Order 262's next edition once it is in force and the old one is superseded", async () => {
    const next: Edition = {
      ...bundled,
      meta: { ...bundled.meta, id: 'order-262-next', order: { ...bundled.meta.order, date: '2026-12-01' } },
    };
    await services.editions.load(next);
    const old = await database.db
      .selectFrom('edition')
      .select('meta')
      .where('id', '=', 'order-262-2023')
      .executeTakeFirst();
    await supersedeEdition(database.db, 'order-262-2023', old?.meta as Record<string, unknown>);
    services.editions.changed(undefined);
    expect(await services.editions.resolveEditionId()).toBe('order-262-next');
    const readOld = await services.editions.read('order-262-2023');
    expect(readOld.meta.status).toBe('superseded');
    expect(readOld.cards.length).toBe(bundled.cards.length);
  });
});
