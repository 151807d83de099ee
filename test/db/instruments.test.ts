/**
 * The item bank and specifications through the pipeline, on each engine: items and tasks linked
 * to the card's own skill and knowledge ids, review recorded with who reviewed, frozen content,
 * stale versions, the coverage matrix, and publication refused (422, naming every uncovered
 * item with its Kazakh text) until everything is covered by reviewed instruments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalItem } from '../../src/domain/assessment/gift-and-moodle.js';
import type { PracticalTaskContent, TestItemContent } from '../../src/domain/assessment/instruments.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Caller, OPERATOR, addMember, as, createAdmin, createOrg, testClock } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const CARD = { cardCode: '2635-3-001', cardLevel: 5 };
const K1 = '2635-3-001.5.f1.t1.k1';

const itemContent = (knowledgeIds: string[], over: Partial<TestItemContent> = {}): TestItemContent => ({
  ...CARD,
  knowledgeIds,
  kind: 'single',
  stem: 'Қазақстан Республикасының ең жоғары заңы қайсы?',
  options: [
    { id: 'a', text: 'Конституция' },
    { id: 'b', text: 'Еңбек кодексі' },
  ],
  key: ['a'],
  difficulty: 1,
  lang: 'kk',
  author: 'Бекова А.',
  ...over,
});
const taskContent = (skillIds: string[]): PracticalTaskContent => ({
  ...CARD,
  skillIds,
  title: 'Әлеуметтік қызметке мұқтаждықты бағалау',
  instructions: 'Берілген жағдай бойынша мұқтаждықты бағалаңыз.',
  criteria: [{ id: 'c1', text: 'Құжаттарды тексереді', critical: false }],
  lang: 'kk',
  author: 'Бекова А.',
});

describe.each(testEngines)('the item bank on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let admin: Caller;
  let assessor: Caller;
  let hr: Caller;
  let otherAssessor: Caller;
  let orgA: string;
  let orgB: string;
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  const run = <O>(op: unknown, input: unknown, caller: Caller | 'operator') =>
    services.pipeline.execute(op as never, input as never, caller === 'operator' ? OPERATOR : as(caller)) as Promise<O>;
  const ops = () => services.ops.instruments;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true, now: clock.now });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    admin = await createAdmin(services, 'admin@kasip.test');
    orgA = await createOrg(services, admin, 'Бағалау орталығы');
    orgB = await createOrg(services, admin, 'Other centre');
    assessor = await addMember(services, admin, orgA, 'assessor@a.test', ['assessor']);
    hr = await addMember(services, admin, orgA, 'hr@a.test', ['hr-officer']);
    otherAssessor = await addMember(services, admin, orgB, 'assessor@b.test', ['assessor']);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('writes a draft item, reviews it (recording the reviewer), freezes it, and refuses stale versions', async () => {
    type Item = { id: string; version: number; status: string; reviewedBy: string | null; content: TestItemContent };
    const created = await run<Item>(ops().itemsCreate, { orgId: orgA, content: itemContent([K1]) }, assessor);
    expect(created).toMatchObject({ status: 'draft', version: 1, reviewedBy: null });

    const edited = await run<Item>(
      ops().itemsUpdate,
      { orgId: orgA, itemId: created.id, version: 1, content: itemContent([K1], { difficulty: 2 }) },
      assessor,
    );
    expect(edited.version).toBe(2);
    await expect(
      run(ops().itemsUpdate, { orgId: orgA, itemId: created.id, version: 1, content: itemContent([K1]) }, assessor),
    ).rejects.toMatchObject({ code: 'conflict' });

    const reviewed = await run<Item>(
      ops().itemsStatus,
      { orgId: orgA, itemId: created.id, version: 2, status: 'reviewed' },
      admin,
    );
    expect(reviewed).toMatchObject({ status: 'reviewed', reviewedBy: admin.userId });
    // Reviewed content is frozen until it goes back to draft.
    const frozen = run(
      ops().itemsUpdate,
      { orgId: orgA, itemId: created.id, version: 3, content: itemContent([K1]) },
      assessor,
    );
    await expect(frozen).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/back to draft/) });
    const back = await run<Item>(
      ops().itemsStatus,
      { orgId: orgA, itemId: created.id, version: 3, status: 'draft' },
      assessor,
    );
    expect(back).toMatchObject({ status: 'draft', reviewedBy: null });

    // HR may read the bank, not write it; another organisation sees nothing.
    const listed = await run<{ total: number }>(ops().itemsList, { orgId: orgA, knowledgeId: K1 }, hr);
    expect(listed.total).toBe(1);
    await expect(run(ops().itemsCreate, { orgId: orgA, content: itemContent([K1]) }, hr)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(run(ops().itemsGet, { orgId: orgA, itemId: created.id }, otherAssessor)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(run(ops().itemsGet, { orgId: orgB, itemId: created.id }, otherAssessor)).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses knowledge ids that are not knowledge items of the card, naming each', async () => {
    const bad = run(
      ops().itemsCreate,
      { orgId: orgA, content: itemContent([K1, '2635-3-001.5.f1.t1.s1', 'nope']) },
      assessor,
    );
    await expect(bad).rejects.toMatchObject({ code: 'validation_failed' });
    const error = (await bad.catch((e: unknown) => e)) as {
      errors: { path: string; message: string }[];
      message: string;
    };
    expect(error.errors.map((e: { path: string }) => e.path)).toEqual([
      'content.knowledgeIds.1',
      'content.knowledgeIds.2',
    ]);
    await expect(
      run(ops().itemsCreate, { orgId: orgA, content: itemContent([K1], { cardLevel: 8 }) }, assessor),
    ).rejects.toMatchObject({ code: 'validation_failed', errors: [{ path: 'content.cardCode' }] });
    await expect(
      run(ops().itemsCreate, { orgId: orgA, content: itemContent([K1]), demo: true }, assessor),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('drafts checklist criteria from the skills, quoting the official text', async () => {
    const out = await run<{ criteria: { id: string; text: string }[] }>(
      ops().tasksDraft,
      { orgId: orgA, card: '2635-3-001', level: 5, skillIds: ['2635-3-001.5.f1.t1.s10'] },
      assessor,
    );
    expect(out.criteria).toEqual([
      {
        id: 'c1',
        text: 'Үміткер орындайтыны бақыланады: «Өрт қауіпсіздігі ережелерінің орындалуын қамтамасыз ету»',
        critical: false,
      },
    ]);
  });

  it('publishes a specification only when every item is covered, naming the uncovered ones', async () => {
    type Spec = {
      id: string;
      version: number;
      status: string;
      editionId: string;
      content: { practicalTaskIds: string[] };
    };
    type Coverage = {
      rows: { id: string; kind: string; kk: string; covered: boolean; display: { text: string } }[];
      uncovered: string[];
      problems: unknown[];
    };
    const spec = await run<Spec>(ops().specsCreate, { orgId: orgA, from: { card: '2635-3-001', level: 5 } }, assessor);
    expect(spec).toMatchObject({ status: 'draft', version: 1 });
    expect(spec.editionId).toBeTruthy();

    const before = await run<Coverage>(ops().coverage, { orgId: orgA, specId: spec.id, lang: 'ru' }, hr);
    const knowledge = before.rows.filter((r) => r.kind === 'knowledge');
    const skills = before.rows.filter((r) => r.kind === 'skill');
    expect(knowledge.length).toBeGreaterThan(5);
    expect(before.uncovered.length).toBe(before.rows.length);

    // Cover everything with reviewed items and one reviewed task per skill, except one knowledge item.
    const [last, ...rest] = [...knowledge].reverse();
    if (!last) throw new Error('the card has no knowledge items');
    const review = async (kind: 'items' | 'tasks', id: string, version: number) =>
      run(
        kind === 'items' ? ops().itemsStatus : ops().tasksStatus,
        { orgId: orgA, [kind === 'items' ? 'itemId' : 'taskId']: id, version, status: 'reviewed' },
        admin,
      );
    for (const k of rest) {
      const item = await run<{ id: string; version: number }>(
        ops().itemsCreate,
        { orgId: orgA, content: itemContent([k.id]) },
        assessor,
      );
      await review('items', item.id, item.version);
    }
    const task = await run<{ id: string; version: number }>(
      ops().tasksCreate,
      { orgId: orgA, content: taskContent(skills.map((s) => s.id)) },
      assessor,
    );
    await review('tasks', task.id, task.version);
    // A draft item for the last one: counted, but it does not cover.
    const draft = await run<{ id: string; version: number }>(
      ops().itemsCreate,
      { orgId: orgA, content: itemContent([last.id]) },
      assessor,
    );

    const updated = await run<Spec>(
      ops().specsUpdate,
      {
        orgId: orgA,
        specId: spec.id,
        version: 1,
        content: {
          ...(await run<Spec>(ops().specsGet, { orgId: orgA, specId: spec.id }, hr)).content,
          practicalTaskIds: [task.id],
        },
      },
      assessor,
    );
    const refused = run(ops().specsPublish, { orgId: orgA, specId: spec.id, version: updated.version }, assessor);
    await expect(refused).rejects.toMatchObject({ code: 'unprocessable', status: 422 });
    const error = (await refused.catch((e: unknown) => e)) as {
      errors: { path: string; message: string }[];
      message: string;
    };
    expect(error.message).toContain(last.id);
    expect(error.message).toContain(last.kk);
    expect(
      error.errors.some(
        (e: { path: string; message: string }) =>
          e.path === `knowledge-uncovered.${last.id}` && e.message.includes(last.kk),
      ),
    ).toBe(true);
    const mid = await run<Coverage>(ops().coverage, { orgId: orgA, specId: spec.id }, hr);
    expect(mid.uncovered).toEqual([last.id]);

    await review('items', draft.id, draft.version);
    const published = await run<Spec>(
      ops().specsPublish,
      { orgId: orgA, specId: spec.id, version: updated.version },
      assessor,
    );
    expect(published.status).toBe('published');
    // Published never changes; a copy is a new draft.
    await expect(
      run(
        ops().specsUpdate,
        { orgId: orgA, specId: spec.id, version: published.version, content: published.content },
        assessor,
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    const copy = await run<Spec>(ops().specsCopy, { orgId: orgA, specId: spec.id }, assessor);
    expect(copy).toMatchObject({ status: 'draft', version: 1 });
    const listed = await run<{ specs: Spec[] }>(ops().specsList, { orgId: orgA }, hr);
    expect(listed.specs.map((s) => s.status).sort()).toEqual(['draft', 'published']);
  });

  it('exports the bank as Moodle XML and GIFT and imports it into another organisation: preview, then commit', async () => {
    type File = { file: { body: string; contentType: string; filename: string } };
    type Preview = {
      fileHash: string;
      questions: { position: number }[];
      issues: { position: number; reason: string }[];
    };
    const card = { card: '2635-3-001', level: 5 };
    const source = await run<{ items: { content: TestItemContent }[] }>(
      ops().itemsList,
      { orgId: orgA, ...card, limit: 200 },
      hr,
    );
    expect(source.items.length).toBeGreaterThan(5);
    const files = services.ops.instrumentFiles;
    for (const format of ['moodle-xml', 'gift'] as const) {
      const exported = await run<File>(files.exportBank, { orgId: orgA, ...card, format }, hr);
      expect(exported.file.filename).toMatch(format === 'gift' ? /\.gift\.txt$/ : /\.xml$/);
      const body = `${exported.file.body}${format === 'gift' ? '\n// knowledge: nope\n::bad::Ешкім? {=жоқ}\n' : ''}`;
      const preview = await run<Preview>(files.preview, { orgId: orgB, ...card, file: body }, otherAssessor);
      const wanted = source.items.length;
      expect(preview.questions.length).toBe(wanted);
      if (format === 'gift')
        expect(preview.issues).toEqual([expect.objectContaining({ reason: expect.stringMatching(/nope/) })]);
      // Nothing is written by a preview.
      expect((await run<{ total: number }>(ops().itemsList, { orgId: orgB, ...card }, otherAssessor)).total).toBe(
        format === 'gift' ? wanted : 0,
      );
      await expect(
        run(files.commit, { orgId: orgB, ...card, file: `${body}\n`, fileHash: preview.fileHash }, otherAssessor),
      ).rejects.toMatchObject({ code: 'conflict' });
      const committed = await run<{ created: string[] }>(
        files.commit,
        { orgId: orgB, ...card, file: body, fileHash: preview.fileHash },
        otherAssessor,
      );
      expect(committed.created).toHaveLength(wanted);
    }
    const imported = await run<{ items: { status: string; content: TestItemContent }[] }>(
      ops().itemsList,
      { orgId: orgB, ...card, limit: 200 },
      otherAssessor,
    );
    expect(imported.items.every((i) => i.status === 'draft')).toBe(true);
    const key = (c: TestItemContent) => JSON.stringify(canonicalItem(c));
    // Both files (Moodle XML, then GIFT) brought the same content: each source item twice.
    const expected = source.items.flatMap((i) => [key(i.content), key(i.content)]).sort();
    expect(imported.items.map((i) => key(i.content)).sort()).toEqual(expected);
  });

  it('lets the operator load demo content', async () => {
    const item = await run<{ demo: boolean }>(
      ops().itemsCreate,
      { orgId: orgB, content: itemContent([K1]), demo: true },
      'operator',
    );
    expect(item.demo).toBe(true);
  });
});
