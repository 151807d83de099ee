/**
 * Editions side by side and the diff between them, on every engine in the matrix: the amended
 * fixture (test/fixtures/amended) is loaded next to its base edition, both stay loaded, and the
 * diff shows every kind of change of the amendment, through the service and through the API
 * (whose pipeline checks every answer against the operation's output schema).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, EditionDiff } from '../../src/domain/editions/diff.js';
import type { Edition } from '../../src/domain/standard/edition.js';
import { flattenEdition } from '../../src/domain/standard/item-tree.js';
import { createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type DiffService, createDiffService } from '../../src/services/diff.service.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { itemUuid } from '../../src/storage/identity.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { ROOT } from '../support/paths.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/amended/editions');
const BASE = 'order-262-2023-excerpt';
const AMENDED = 'order-118-2024-excerpt';
const DIFF_PATH = '/v1/editions/{a}/diff/{b}';

describe.each(testEngines)('edition diff on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let diffs: DiffService;
  let base: Edition;
  let amended: Edition;
  let diff: EditionDiff;

  const change = (kind: Change['kind'], predicate: (c: Change) => boolean = () => true) => {
    const found = diff.changes.filter((c) => c.kind === kind && predicate(c));
    expect(found, `one ${kind} change`).toHaveLength(1);
    return found[0] as Change;
  };
  /** The source lines a location names contain the text (for a field, a piece of it). */
  const printedAt = (edition: Edition, lines: [number, number] | null | undefined, piece: string) => {
    expect(lines).toBeTruthy();
    const [from, to] = lines as [number, number];
    const text = edition.sourceText
      .split('\n')
      .slice(from - 1, to)
      .join(' ');
    expect(text.replace(/\s+/g, ' ')).toContain(piece);
  };

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    diffs = createDiffService(database, services.editions);
    base = await readEdition(path.join(FIXTURE, BASE));
    amended = await readEdition(path.join(FIXTURE, AMENDED));
    await services.editions.load(base);
    await services.editions.load(amended);
    diff = await diffs.diff(BASE, AMENDED);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('keeps both editions loaded side by side, nothing deprecated', async () => {
    const list = await services.editions.list();
    expect(list.map((e) => [e.id, e.current, e.counts.card])).toEqual([
      [AMENDED, true, 3],
      [BASE, false, 3],
    ]);
    const rows = await database.db
      .selectFrom('item')
      .select(['edition_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('deprecated', '=', true)
      .groupBy('edition_id')
      .execute();
    expect(rows).toEqual([]);
    // The base edition still reads back whole, with the knowledge item the amendment removed.
    const back = await services.editions.read(BASE);
    expect(back.cards.map((c) => c.id)).toEqual(['2635-3-001.5', '3412-0-008.4', '3412-0-009.6']);
    expect(back.cards[0]?.labourFunctions[0]?.tasks[0]?.knowledge.map((k) => k.id)).toContain('2635-3-001.5.f1.t1.k5');
  });

  it('counts every kind of change of the amendment', () => {
    expect(diff.from).toMatchObject({ id: BASE, order: { number: '262', date: '2023-06-29' } });
    expect(diff.to).toMatchObject({ id: AMENDED, order: { number: '118', date: '2024-04-15' }, supersedes: BASE });
    expect(diff.counts).toEqual({
      metadataChanged: 7,
      added: 1,
      removed: 1,
      reworded: 2,
      moved: 1,
      renumbered: 2,
      levelChanged: 1,
      codeChanged: 1,
      requirementChanged: 1,
      attributesChanged: 2,
    });
  });

  it('shows the added skill and the removed knowledge item where they are printed', () => {
    const added = change('added');
    expect(added).toMatchObject({
      itemKind: 'skill',
      from: null,
      to: {
        id: '2635-3-001.5.f1.t1.s6',
        uuid: itemUuid('social-protection-excerpt', '2635-3-001.5.f1.t1.s6'),
        card: { code: '2635-3-001', level: 5 },
        path: 'f1.t1.s6',
        text: 'Өрт қауіпсіздігі ережелерінің орындалуын қамтамасыз ету',
      },
    });
    printedAt(amended, added.to?.lines, 'Өрт қауіпсіздігі ережелерінің орындалуын қамтамасыз ету');

    const removed = change('removed');
    expect(removed).toMatchObject({
      itemKind: 'knowledge',
      to: null,
      from: { id: '2635-3-001.5.f1.t1.k3', path: 'f1.t1.k3', card: { code: '2635-3-001', level: 5 } },
    });
    printedAt(base, removed.from?.lines, 'Халық денсаулығы және денсаулық сақтау жүйесі туралы Кодекс.');
  });

  it('follows the renumbered knowledge items by their text', () => {
    const renumbered = diff.changes.filter((c) => c.kind === 'renumbered');
    expect(renumbered.map((c) => [c.from?.id, c.to?.id, c.to?.text])).toEqual([
      ['2635-3-001.5.f1.t1.k4', '2635-3-001.5.f1.t1.k3', 'Неке және отбасы туралы Кодекс.'],
      ['2635-3-001.5.f1.t1.k5', '2635-3-001.5.f1.t1.k4', 'Бала құқықтары туралы заң.'],
    ]);
    for (const c of renumbered) {
      printedAt(base, c.from?.lines, c.from?.text ?? '');
      printedAt(amended, c.to?.lines, c.to?.text ?? '');
    }
  });

  it('shows the reworded task with its word diff, under the card’s new code', () => {
    const reworded = change('reworded', (c) => c.itemKind === 'task');
    expect(reworded).toMatchObject({
      field: 'name',
      from: { id: '3412-0-009.6.f2.t1', card: { code: '3412-0-009', level: 6 }, path: 'f2.t1' },
      to: { id: '3412-0-010.6.f2.t1', card: { code: '3412-0-010', level: 6 }, path: 'f2.t1' },
      words: [
        { op: 'del', text: 'Арнайы' },
        { op: 'add', text: 'Арнаулы' },
        { op: 'same', text: 'әлеуметтік қызметтерге қажеттілікті' },
        { op: 'del', text: 'талдау.' },
        { op: 'add', text: 'талдау және бағалау.' },
      ],
    });
    printedAt(base, reworded.from?.lines, 'Арнайы әлеуметтік қызметтерге қажеттілікті талдау.');
    printedAt(amended, reworded.to?.lines, 'Арнаулы әлеуметтік қызметтерге қажеттілікті талдау және бағалау.');
  });

  it('shows the skill moved to the other task', () => {
    const moved = change('moved');
    expect(moved).toMatchObject({
      itemKind: 'skill',
      movedTo: 'task',
      from: { id: '3412-0-009.6.f2.t1.s3', parentId: '3412-0-009.6.f2.t1', path: 'f2.t1.s3' },
      to: { id: '3412-0-010.6.f2.t2.s3', parentId: '3412-0-010.6.f2.t2', path: 'f2.t2.s3' },
    });
    printedAt(base, moved.from?.lines, 'құпия ақпаратты жария етпеу.');
    printedAt(amended, moved.to?.lines, 'құпия ақпаратты жария етпеу.');
  });

  it('shows the card’s new level and the other card’s new code, on their printed lines', () => {
    const level = change('levelChanged');
    expect(level).toMatchObject({
      from: { id: '3412-0-008.4' },
      to: { id: '3412-0-008.5' },
      fields: [{ field: 'level', from: 4, to: 5 }],
    });
    printedAt(base, level.from?.lines, '4');
    printedAt(amended, level.to?.lines, '5');
    const code = change('codeChanged');
    expect(code).toMatchObject({
      from: { id: '3412-0-009.6' },
      to: { id: '3412-0-010.6' },
      fields: [{ field: 'code', from: '3412-0-009', to: '3412-0-010' }],
    });
    printedAt(amended, code.to?.lines, '3412-0-010');
  });

  it('shows the requirement’s new years and the order’s new number and date', () => {
    const requirement = change('requirementChanged');
    expect(requirement).toMatchObject({
      itemKind: 'qualificationRule',
      from: { id: '2635-3-001.5.q1' },
      to: { id: '2635-3-001.5.q1' },
      fields: [{ field: 'experience.minYears', from: 3, to: 4 }],
    });
    expect(requirement.words?.filter((w) => w.op !== 'same')).toEqual([
      { op: 'del', text: '3' },
      { op: 'add', text: '4' },
    ]);
    expect(change('metadataChanged', (c) => c.field === 'order.number').fields).toEqual([
      { field: 'order.number', from: '262', to: '118' },
    ]);
    expect(change('metadataChanged', (c) => c.field === 'order.date').fields).toEqual([
      { field: 'order.date', from: '2023-06-29', to: '2024-04-15' },
    ]);
  });

  it('sums the amendment up in plain language', () => {
    expect(diff.summary.en).toEqual([
      'Edition order-118-2024-excerpt (order No. 118 of 2024-04-15) compared with order-262-2023-excerpt (order No. 262 of 2023-06-29): 19 changes.',
      'Order number changed: 262 → 118.',
      'Order date changed: 2023-06-29 → 2024-04-15.',
      'Registration number changed: 32943 → 34270.',
      'Registration date changed: 2023-06-29 → 2024-04-18.',
      'Date of entry into force changed: 2023-07-01 → 2024-05-01.',
      'Status changed: superseded → in-force.',
      'Edition amended changed: — → order-262-2023-excerpt.',
      'Card 3412-0-008: level changed from 4 to 5.',
      'Card 3412-0-009 level 6: code changed from 3412-0-009 to 3412-0-010.',
      '1 profession reworded.',
      '2 professions changed.',
      '1 requirement rule changed in card 2635-3-001 level 5.',
      '1 skill added to card 2635-3-001 level 5.',
      '1 knowledge item removed from card 2635-3-001 level 5.',
      '2 knowledge items given a new id in card 2635-3-001 level 5.',
      '1 task reworded in card 3412-0-010 level 6.',
      '1 skill moved to another task within card 3412-0-010 level 6.',
    ]);
    expect(diff.summary.kk).toContain('2635-3-001 5-деңгей карточкасына 1 дағды қосылды.');
    expect(diff.summary.ru).toContain('В карточку 2635-3-001 уровня 5 добавлен 1 навык.');
  });

  it('aligns every item of the base with its counterpart, with UUIDs to follow it', () => {
    expect(diff.alignment.added).toEqual(['2635-3-001.5.f1.t1.s6']);
    expect(diff.alignment.removed).toEqual(['2635-3-001.5.f1.t1.k3']);
    const pairs = new Map(diff.alignment.pairs.map((p) => [p.oldId, p]));
    expect(pairs.get('3412-0-008.4.f1.t1.s2')).toMatchObject({
      newId: '3412-0-008.5.f1.t1.s2',
      how: 'text',
      oldUuid: itemUuid('social-protection-excerpt', '3412-0-008.4.f1.t1.s2'),
      newUuid: itemUuid('social-protection-excerpt', '3412-0-008.5.f1.t1.s2'),
    });
    const same = pairs.get('2635-3-001.5.f1.t1.s1');
    expect(same?.how).toBe('id');
    expect(same?.oldUuid).toBe(same?.newUuid);
    // Every item is either paired or added/removed, once.
    expect(diff.alignment.pairs.length + diff.alignment.removed.length).toBe(flattenEdition(base).length);
    expect(diff.alignment.pairs.length + diff.alignment.added.length).toBe(flattenEdition(amended).length);
  });

  it('reads the diff backwards as the mirror image', async () => {
    const back = await diffs.diff(AMENDED, BASE);
    expect(back.counts).toMatchObject({ added: 1, removed: 1, moved: 1, renumbered: 2, levelChanged: 1 });
    expect(back.changes.find((c) => c.kind === 'added')?.to?.id).toBe('2635-3-001.5.f1.t1.k3');
    expect(back.changes.find((c) => c.kind === 'removed')?.from?.id).toBe('2635-3-001.5.f1.t1.s6');
  });

  it('refuses unknown and malformed edition ids', async () => {
    await expect(diffs.diff(BASE, 'order-1-1999')).rejects.toMatchObject({ code: 'not_found' });
    await expect(diffs.diff('Bad Id', BASE)).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'from', message: expect.any(String) }],
    });
  });

  it('answers GET /api/v1/editions/{a}/diff/{b}', async () => {
    const api = createApp({ services });
    const ok = await api.request(`/api/v1/editions/${BASE}/diff/${AMENDED}`);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as EditionDiff;
    expect(body.counts).toEqual(diff.counts);
    expect(body.summary.en).toEqual(diff.summary.en);

    const current = (await (await api.request(`/api/v1/editions/${BASE}/diff/current`)).json()) as EditionDiff;
    expect(current.to.id).toBe(AMENDED);

    const unknown = await api.request(`/api/v1/editions/${BASE}/diff/order-1-1999?lang=en`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect(await unknown.json()).toMatchObject({ code: 'not_found', title: 'Not found' });

    const malformed = await api.request(`/api/v1/editions/Bad_Id/diff/${AMENDED}`);
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'param.a' }] });
  });

  it('documents the route in OpenAPI with examples', async () => {
    const doc = (await (await createApp({ services }).request('/api/openapi.json')).json()) as {
      paths: Record<string, { get?: unknown }>;
      components?: { schemas?: Record<string, unknown> };
    };
    const op = doc.paths[DIFF_PATH]?.get as
      | { summary?: string; parameters?: { name: string; schema?: { example?: unknown } }[]; responses: object }
      | undefined;
    expect(op?.summary).toBeTruthy();
    expect(op?.parameters?.map((p) => [p.name, p.schema?.example])).toEqual([
      ['a', 'order-262-2023'],
      ['b', 'order-262-2023'],
    ]);
    expect(Object.keys(op?.responses ?? {})).toEqual(['200', '400', '404']);
    expect(doc.components?.schemas?.EditionDiff).toMatchObject({ example: expect.any(Object) });
  });
});
