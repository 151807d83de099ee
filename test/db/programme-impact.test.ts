/**
 * A programme against a newer edition, on each engine, with two editions stored: the bundled one,
 * then a copy of it (published later) in which one skill of 3412-0-008/4 is reworded, one removed
 * and one added, and the card 2635-3-001/5 is gone. Impact lists exactly those changes under the
 * programme's outcomes; rebase moves a draft to the new edition, dropping and listing the links to
 * the removed skill, after which the programme is up to date. The workbench's lookup of
 * programmes linking given items reads the side table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeContent } from '../../src/domain/programmes/programme.js';
import type { Edition } from '../../src/domain/standard/edition.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { programmesLinkingItems } from '../../src/storage/repositories/programme.repository.js';
import { type Caller, addMember, as, createAdmin, createOrg, testClock } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const CARD = '3412-0-008';
const GONE_CARD = '2635-3-001';
const S = (n: number) => `${CARD}.4.f1.t1.s${n}`;
const REWORDED = 'Қызмет көрсету аймағындағы көмекке мұқтаж азаматтарды анықтайды.';
const ADDED = 'Әлеуметтік қызметтердің сапасын бағалауға қатысады.';
const NEXT_EDITION = 'order-262-2023-amended';

/** The bundled edition copied as a later one: S1 reworded, S16 removed, S17 added, one card dropped. */
function amended(base: Edition): Edition {
  const copy = structuredClone(base);
  copy.meta.id = NEXT_EDITION;
  copy.meta.order.date = '2024-06-01';
  const gone = (c: { code: string; level: number }) => c.code === GONE_CARD && c.level === 5;
  copy.cards = copy.cards.filter((c) => !gone({ code: c.code.value, level: c.level.value }));
  for (const p of copy.professions) {
    p.cards = p.cards.filter((c) => !gone(c));
    p.levels = p.levels.filter((l) => p.cards.some((c) => c.level === l));
  }
  const card = copy.cards.find((c) => c.code.value === CARD && c.level.value === 4);
  const task = card?.labourFunctions[0]?.tasks[0];
  if (!task) throw new Error('the bundled card changed shape');
  const [first] = task.skills;
  if (!first) throw new Error('no skill');
  first.kk = REWORDED;
  task.skills = task.skills.filter((s) => s.id !== S(16));
  task.skills.push({ ...first, id: S(17), number: '17', kk: ADDED });
  return copy;
}

type Programme = { id: string; status: string; version: number; content: ProgrammeContent };
type Problem = { code: string; message: string; errors: { path: string; message: string }[] };

describe.each(testEngines)('programmes and a new edition on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let designer: Caller;
  let orgId: string;
  let base: Edition;
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  const run = <O>(op: unknown, input: unknown) =>
    services.pipeline.execute(op as never, input as never, as(designer)) as Promise<O>;
  const fails = async (promise: Promise<unknown>): Promise<Problem> => {
    try {
      await promise;
    } catch (e) {
      return e as Problem;
    }
    throw new Error('expected the call to fail');
  };
  const ops = () => services.ops.programmes;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true, now: clock.now });
    base = await readEdition(BUNDLED_EDITION);
    await services.editions.load(base);
    const admin = await createAdmin(services, 'admin@kasip.test');
    orgId = await createOrg(services, admin, 'Колледж');
    designer = await addMember(services, admin, orgId, 'designer@a.test', ['programme-designer']);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('lists what the new edition changed under the outcomes, and rebases a draft onto it', async () => {
    const proposal = await run<ProgrammeContent>(ops().propose, {
      orgId,
      card: CARD,
      level: 4,
      type: 'tvet-modular',
      lang: 'kk',
    });
    const content: ProgrammeContent = { ...proposal, exceptions: [{ itemId: S(16), reason: 'Серіктес ұйымда.' }] };
    const created = await run<Programme>(ops().create, { orgId, content });
    const other = await run<Programme>(ops().create, {
      orgId,
      content: await run<ProgrammeContent>(ops().propose, {
        orgId,
        card: GONE_CARD,
        level: 5,
        type: 'upgrading-course',
        lang: 'ru',
      }),
    });
    const upToDate = await run<{ upToDate: boolean; links: unknown[]; added: unknown[] }>(ops().impact, {
      orgId,
      programmeId: created.id,
    });
    expect(upToDate).toMatchObject({ upToDate: true, links: [], added: [] });

    await services.editions.load(amended(base));

    const impact = await run<{
      currentEditionId: string;
      upToDate: boolean;
      cards: { inCurrentEdition: boolean }[];
      links: { outcomeId: string; itemId: string; change: string; before: string; after: string | null }[];
      added: { itemId: string; kind: string; kk: string }[];
    }>(ops().impact, { orgId, programmeId: created.id });
    expect(impact).toMatchObject({
      currentEditionId: NEXT_EDITION,
      upToDate: false,
      cards: [{ inCurrentEdition: true }],
    });
    expect(impact.links).toEqual([
      {
        moduleId: 'm1',
        outcomeId: 'm1-o1',
        itemId: S(1),
        change: 'changed',
        before: expect.any(String),
        after: REWORDED,
      },
      { moduleId: 'm1', outcomeId: 'm1-o1', itemId: S(16), change: 'removed', before: expect.any(String), after: null },
    ]);
    expect(impact.links[0]?.before).toMatch(/^Қызмет көрсету аймағында тұратын/);
    expect(impact.added).toEqual([{ itemId: S(17), kind: 'skill', kk: ADDED }]);

    // The other programme's card is gone from the current edition: every link it had is removed.
    const gone = await run<typeof impact>(ops().impact, { orgId, programmeId: other.id });
    expect(gone.cards).toEqual([expect.objectContaining({ code: GONE_CARD, inCurrentEdition: false })]);
    expect(gone.links.length).toBeGreaterThan(0);
    expect(gone.links.every((l) => l.change === 'removed')).toBe(true);
    const cannot = await fails(run(ops().rebase, { orgId, programmeId: other.id, version: 1 }));
    expect(cannot).toMatchObject({ code: 'unprocessable', errors: [{ path: 'content.cards.0' }] });

    // Rebase: stale version refused, then the draft moves and the dropped link is listed.
    expect(await fails(run(ops().rebase, { orgId, programmeId: created.id, version: 9 }))).toMatchObject({
      code: 'conflict',
    });
    const rebased = await run<{ programme: Programme; dropped: { outcomeId: string; itemId: string }[] }>(
      ops().rebase,
      { orgId, programmeId: created.id, version: 1 },
    );
    expect(rebased.dropped).toEqual([{ outcomeId: 'm1-o1', itemId: S(16) }]);
    expect(rebased.programme.version).toBe(2);
    expect(rebased.programme.content.cards).toEqual([{ code: CARD, level: 4, editionId: NEXT_EDITION }]);
    expect(rebased.programme.content.exceptions).toEqual([]);
    const outcome = rebased.programme.content.modules[0]?.outcomes[0];
    expect(outcome?.itemIds).not.toContain(S(16));
    expect(outcome?.itemIds).toContain(S(1));

    const { revisions } = await run<{ revisions: { summary: string[] }[] }>(ops().revisions, {
      orgId,
      programmeId: created.id,
    });
    expect(revisions[0]?.summary).toEqual([
      `card ${CARD}/4 moved to edition ${NEXT_EDITION}`,
      '1 link removed from m1-o1',
      `exception for ${S(16)} removed`,
    ]);

    const after = await run<typeof impact>(ops().impact, { orgId, programmeId: created.id });
    expect(after).toMatchObject({ upToDate: true, links: [], added: [] });
    const coverage = await run<{ blockers: { itemId: string }[] }>(ops().coverage, { orgId, programmeId: created.id });
    expect(coverage.blockers.map((b) => b.itemId)).toEqual([S(17)]);
    // Rebasing again changes nothing: no new version.
    const again = await run<{ programme: Programme; dropped: unknown[] }>(ops().rebase, {
      orgId,
      programmeId: created.id,
      version: 2,
    });
    expect(again).toMatchObject({ programme: { version: 2 }, dropped: [] });

    // The workbench's lookup: which programmes link these items (the side table follows each save).
    const linking = await programmesLinkingItems(database.db, [S(1), S(16)]);
    expect(linking).toEqual([{ orgId, programmeId: created.id, itemIds: [S(1)] }]);
  });
});
