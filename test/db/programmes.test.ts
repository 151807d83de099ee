/**
 * Programmes through the pipeline, on each engine: created from the proposal for 3412-0-008
 * level 4, saved as revisions (409 on a stale version, an unchanged save is no new version),
 * finalise refused (422) naming the uncovered items until each is covered or excepted, saving a
 * final programme refused until it is reopened, archive, the list's filters and pages, the
 * revisions with who saved them, and one audit event per write.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeContent } from '../../src/domain/programmes/programme.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Caller, addMember, as, createAdmin, createOrg, testClock } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const CARD = '3412-0-008';
const S = (n: number) => `${CARD}.4.f1.t1.s${n}`;
const K = (n: number) => `${CARD}.4.f1.t1.k${n}`;

type Programme = {
  id: string;
  status: string;
  version: number;
  finalisedAt: string | null;
  content: ProgrammeContent;
};
type Problem = { code: string; status: number; message: string; errors: { path: string; message: string }[] };

describe.each(testEngines)('programmes on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let designer: Caller;
  let admin: Caller;
  let orgA: string;
  let orgB: string;
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  const run = <O>(op: unknown, input: unknown, caller: Caller) =>
    services.pipeline.execute(op as never, input as never, as(caller)) as Promise<O>;
  const fails = async (promise: Promise<unknown>): Promise<Problem> => {
    try {
      await promise;
    } catch (e) {
      return e as Problem;
    }
    throw new Error('expected the call to fail');
  };
  const ops = () => services.ops.programmes;
  const auditCount = async (event: string, targetId: string) =>
    Number(
      (
        await sql<{
          n: string;
        }>`select count(*) as n from audit_event where event = ${event} and target_id = ${targetId}`.execute(
          database.db,
        )
      ).rows[0]?.n,
    );

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true, now: clock.now });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    admin = await createAdmin(services, 'admin@kasip.test');
    orgA = await createOrg(services, admin, 'Колледж');
    orgB = await createOrg(services, admin, 'Other college');
    designer = await addMember(services, admin, orgA, 'designer@a.test', ['programme-designer']);
  });
  afterAll(async () => {
    await database?.close();
  });

  const propose = (title?: string) =>
    run<ProgrammeContent>(
      ops().propose,
      { orgId: orgA, card: CARD, level: 4, type: 'tvet-modular', lang: 'kk', volume: 720, title },
      designer,
    );

  /** The proposal without three skills: the designer's first draft, with three skills uncovered. */
  const withoutThreeSkills = (content: ProgrammeContent): ProgrammeContent => ({
    ...content,
    modules: content.modules.map((m) => ({
      ...m,
      hours: { theory: 100, practice: 200 },
      outcomes: m.outcomes.map((o) => ({ ...o, itemIds: o.itemIds.filter((id) => ![S(1), S(2), S(3)].includes(id)) })),
    })),
  });

  it('runs a programme from proposal to final, refusing what the rules forbid, with one audit event per write', async () => {
    const proposal = await propose();
    expect(proposal.cards).toEqual([{ code: CARD, level: 4, editionId: expect.any(String) }]);
    const created = await run<Programme>(
      ops().create,
      { orgId: orgA, content: withoutThreeSkills(proposal) },
      designer,
    );
    expect(created).toMatchObject({ status: 'draft', version: 1, finalisedAt: null });
    expect(await auditCount('programme.created', created.id)).toBe(1);

    const read = await run<Programme>(ops().get, { orgId: orgA, programmeId: created.id }, designer);
    expect(read.content).toEqual(created.content);

    const coverage = await run<{ blockers: { itemId: string }[] }>(
      ops().coverage,
      { orgId: orgA, programmeId: created.id },
      designer,
    );
    expect(coverage.blockers.map((b) => b.itemId)).toEqual([S(1), S(2), S(3)]);

    // Saved once: a new version and revision, with what changed.
    const renamed = {
      ...created.content,
      title: 'Әлеуметтік қызметкер',
      volume: { unit: 'hours' as const, value: 960 },
    };
    const saved = await run<Programme>(
      ops().save,
      { orgId: orgA, programmeId: created.id, version: 1, content: renamed },
      designer,
    );
    expect(saved.version).toBe(2);
    // The same document again is no new version.
    const again = await run<Programme>(
      ops().save,
      { orgId: orgA, programmeId: created.id, version: 2, content: renamed },
      designer,
    );
    expect(again.version).toBe(2);
    // Someone saved since version 1.
    const stale = await fails(
      run(ops().save, { orgId: orgA, programmeId: created.id, version: 1, content: created.content }, designer),
    );
    expect(stale).toMatchObject({ code: 'conflict' });
    expect(stale.message).toMatch(/saved this programme after you opened it/);

    // Finalise is refused, naming each uncovered skill by id and official text.
    const refused = await fails(run(ops().finalise, { orgId: orgA, programmeId: created.id, version: 2 }, designer));
    expect(refused).toMatchObject({ code: 'unprocessable' });
    expect(refused.errors.map((e) => e.path)).toEqual([`items.${S(1)}`, `items.${S(2)}`, `items.${S(3)}`]);
    expect(refused.message).toContain('Тамақ дайындауға көмек көрсету');

    // A practice module covers two; the third gets a written exception.
    const covering: ProgrammeContent = {
      ...renamed,
      modules: [
        ...renamed.modules,
        {
          id: 'm9',
          code: 'КМ 09',
          name: 'Үйде күтім практикасы',
          kind: 'practice',
          hours: { theory: 0, practice: 72 },
          credits: null,
          outcomes: [
            {
              id: 'm9-o1',
              text: 'Үйде күтім жасайды',
              itemIds: [S(1), S(2)],
              criteria: [],
              method: 'observation',
              suggestions: [],
            },
          ],
        },
      ],
      exceptions: [{ itemId: S(3), reason: 'Тамақ дайындау жалпы модульде оқытылады.' }],
    };
    const covered = await run<Programme>(
      ops().save,
      { orgId: orgA, programmeId: created.id, version: 2, content: covering },
      designer,
    );
    const final = await run<Programme>(ops().finalise, { orgId: orgA, programmeId: created.id, version: 3 }, designer);
    expect(final).toMatchObject({ status: 'final', version: 4, finalisedAt: clock.now().toISOString() });
    expect(covered.version).toBe(3);

    // A final programme is not saved until it is reopened.
    const frozen = await fails(
      run(ops().save, { orgId: orgA, programmeId: created.id, version: 4, content: renamed }, designer),
    );
    expect(frozen).toMatchObject({ code: 'conflict' });
    expect(frozen.message).toMatch(/reopen it first/);
    const reopened = await run<Programme>(ops().reopen, { orgId: orgA, programmeId: created.id, version: 4 }, designer);
    expect(reopened).toMatchObject({ status: 'draft', version: 5, finalisedAt: null });
    expect(
      await fails(run(ops().reopen, { orgId: orgA, programmeId: created.id, version: 5 }, designer)),
    ).toMatchObject({ code: 'conflict', message: /already a draft/ });
    const archived = await run<Programme>(
      ops().archive,
      { orgId: orgA, programmeId: created.id, version: 5 },
      designer,
    );
    expect(archived).toMatchObject({ status: 'archived', version: 6 });
    // Each status change refuses the status it would not change.
    const refusedAt = (op: unknown, version: number) =>
      fails(run(op, { orgId: orgA, programmeId: created.id, version }, designer));
    expect(await refusedAt(ops().archive, 6)).toMatchObject({ code: 'conflict', message: /already archived/ });
    expect(await refusedAt(ops().finalise, 6)).toMatchObject({ code: 'conflict', message: /only a draft/ });

    // Revisions, newest first, with who saved each and what changed.
    const { revisions } = await run<{
      revisions: { version: number; status: string; savedBy: { name: string } | null; summary: string[] }[];
    }>(ops().revisions, { orgId: orgA, programmeId: created.id }, designer);
    expect(revisions.map((r) => r.version)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(revisions.map((r) => r.status)).toEqual(['archived', 'draft', 'final', 'draft', 'draft', 'draft']);
    expect(revisions[5]?.summary).toEqual(['created']);
    expect(revisions[4]?.summary).toEqual(['title changed', 'volume 720 → 960 hours']);
    expect(revisions[3]?.summary).toEqual([
      'module КМ 09 added',
      'outcome m9-o1 added to КМ 09',
      `exception for ${S(3)} added`,
    ]);
    expect(revisions[2]?.summary).toEqual(['finalised']);
    expect(revisions.every((r) => r.savedBy?.name !== undefined)).toBe(true);
    const v2 = await run<Programme>(ops().revision, { orgId: orgA, programmeId: created.id, version: 2 }, designer);
    expect(v2).toMatchObject({ version: 2, status: 'draft', content: renamed, finalisedAt: null });
    const v4 = await run<Programme>(ops().revision, { orgId: orgA, programmeId: created.id, version: 4 }, designer);
    expect(v4).toMatchObject({ version: 4, status: 'final', finalisedAt: final.finalisedAt });
    const none = await fails(run(ops().revision, { orgId: orgA, programmeId: created.id, version: 99 }, designer));
    expect(none).toMatchObject({ code: 'not_found' });

    // One audit event per write (the unchanged save is recorded too, as unchanged).
    expect(await auditCount('programme.saved', created.id)).toBe(3);
    expect(await auditCount('programme.finalised', created.id)).toBe(1);
    expect(await auditCount('programme.reopened', created.id)).toBe(1);
    expect(await auditCount('programme.archived', created.id)).toBe(1);
    // Side tables mirror the last document.
    const links = await database.db
      .selectFrom('programme_link')
      .select('item_id')
      .where('programme_id', '=', created.id)
      .execute();
    expect(links.map((l) => l.item_id).sort()).toEqual(
      [...new Set(covering.modules.flatMap((m) => m.outcomes.flatMap((o) => o.itemIds)))].sort(),
    );
  });

  it('refuses a document whose cards or links are not in their edition, naming where', async () => {
    const proposal = await propose();
    const noCard = await fails(
      run(
        ops().create,
        { orgId: orgA, content: { ...proposal, cards: [{ ...proposal.cards[0], editionId: 'no-such-edition' }] } },
        designer,
      ),
    );
    expect(noCard).toMatchObject({ code: 'validation_failed' });
    expect(noCard.errors).toEqual([{ path: 'content.cards.0', message: expect.stringContaining('no-such-edition') }]);

    const badLink = structuredClone(proposal);
    const first = badLink.modules[0];
    if (!first) throw new Error('the proposal has no module');
    first.outcomes = first.outcomes.slice(0, 1).map((o) => ({ ...o, itemIds: [K(1), '2635-3-001.5.f1.t1.k1'] }));
    badLink.exceptions = [{ itemId: 'made-up', reason: 'бар' }];
    const refused = await fails(run(ops().create, { orgId: orgA, content: badLink }, designer));
    expect(refused).toMatchObject({ code: 'validation_failed' });
    expect(refused.errors.map((e) => e.path)).toEqual([
      'content.modules.0.outcomes.0.itemIds.1',
      'content.exceptions.0.itemId',
    ]);
    expect(refused.message).toContain('module m1 (КМ 01), outcome m1-o1');
    expect(refused.message).toContain('2635-3-001.5.f1.t1.k1');
  });

  it('lists programmes newest first, filtered by status, card and title, a page at a time; other organisations see none', async () => {
    const base = await propose();
    const titles = ['Алғашқы бағдарлама', 'Екінші бағдарлама', 'Үшінші курс'];
    const made: Programme[] = [];
    for (const title of titles) {
      clock.advance(60_000);
      made.push(await run<Programme>(ops().create, { orgId: orgB, content: { ...base, title } }, admin));
    }
    clock.advance(60_000);
    await run(ops().archive, { orgId: orgB, programmeId: made[0]?.id, version: 1 }, admin);
    type Page = { programmes: { title: string; modules: number; outcomes: number }[]; total: number };
    const list = (input: object) => run<Page>(ops().list, { orgId: orgB, ...input }, admin);

    expect((await list({})).programmes.map((p) => p.title)).toEqual(['Үшінші курс', 'Екінші бағдарлама']);
    expect((await list({ status: 'archived' })).programmes.map((p) => p.title)).toEqual(['Алғашқы бағдарлама']);
    expect((await list({ q: 'БАҒДАР' })).programmes.map((p) => p.title)).toEqual(['Екінші бағдарлама']);
    expect((await list({ q: '100%' })).total).toBe(0);
    expect((await list({ card: CARD })).total).toBe(2);
    expect((await list({ card: '2635-3-001' })).total).toBe(0);
    const page2 = await list({ page: 2, pageSize: 1 });
    expect(page2).toMatchObject({ total: 2, programmes: [{ title: 'Екінші бағдарлама', modules: 1, outcomes: 1 }] });

    // Another organisation's programme is not there for this one.
    const hidden = await fails(run(ops().get, { orgId: orgA, programmeId: made[1]?.id }, designer));
    expect(hidden).toMatchObject({ code: 'not_found' });
  });
});
