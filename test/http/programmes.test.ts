/**
 * Programmes over HTTP: the status codes a client switches on (201 on create, 400 with field
 * errors naming where a link is wrong, 401 signed out, 404 for another organisation's programme,
 * 409 on a stale version, 422 problem+json naming the uncovered items on finalise), and a
 * property: whatever JSON arrives as a programme document, create and save answer below 500.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeContent } from '../../src/domain/programmes/programme.js';
import { type Browser, browser, signIn } from '../support/accounts.js';
import { useBundledApp } from '../support/bundled-app.js';
import { addMember, createAdmin, createOrg } from '../support/callers.js';

const CARD = '3412-0-008';
const S = (n: number) => `${CARD}.4.f1.t1.s${n}`;

type Problem = {
  status: number;
  code: string;
  detail?: string;
  title?: string;
  errors?: { path: string; message: string }[];
};

describe('programmes over HTTP', () => {
  const ctx = useBundledApp('pglite');
  let designer: Browser;
  let otherAdmin: Browser;
  let orgA: string;
  let proposal: ProgrammeContent;

  beforeAll(async () => {
    const { services, app } = ctx;
    const admin = await createAdmin(services, 'programmes-http@example.kz');
    orgA = await createOrg(services, admin, 'Колледж');
    const orgB = await createOrg(services, admin, 'Басқа колледж');
    await addMember(services, admin, orgA, 'designer-http@example.kz', ['programme-designer']);
    await addMember(services, admin, orgB, 'admin-b-http@example.kz', ['org-admin']);
    designer = await signIn(app, 'designer-http@example.kz');
    otherAdmin = await signIn(app, 'admin-b-http@example.kz');
    proposal = await designer.json<ProgrammeContent>(
      'GET',
      `/v1/orgs/${orgA}/programmes:propose?card=${CARD}&level=4&type=tvet-modular&lang=kk&volume=720`,
    );
  });

  const problem = async (res: Response, status: number): Promise<Problem> => {
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return (await res.json()) as Problem;
  };
  const withoutFirstSkills = (content: ProgrammeContent): ProgrammeContent => ({
    ...content,
    modules: content.modules.map((m) => ({
      ...m,
      outcomes: m.outcomes.map((o) => ({ ...o, itemIds: o.itemIds.filter((id) => ![S(1), S(2)].includes(id)) })),
    })),
  });

  it('creates (201), refuses stale saves (409), unfinished finals (422), wrong links (400), other organisations (404)', async () => {
    const res = await designer.request('POST', `/v1/orgs/${orgA}/programmes`, {
      content: withoutFirstSkills(proposal),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; version: number; status: string };
    expect(created).toMatchObject({ version: 1, status: 'draft' });
    const one = `/v1/orgs/${orgA}/programmes/${created.id}`;

    const saved = await designer.request('PUT', one, {
      version: 1,
      content: { ...withoutFirstSkills(proposal), title: 'Жаңа атау' },
    });
    expect(saved.status).toBe(200);
    const stale = await problem(await designer.request('PUT', one, { version: 1, content: proposal }), 409);
    expect(stale.code).toBe('conflict');

    const refused = await problem(await designer.request('POST', `${one}/finalise`, { version: 2 }), 422);
    expect(refused.code).toBe('unprocessable');
    expect(refused.errors?.map((e) => e.path)).toEqual([`items.${S(1)}`, `items.${S(2)}`]);
    expect(refused.detail ?? refused.title).toContain(S(1));

    const wrong = structuredClone(proposal);
    wrong.modules[0]?.outcomes[0]?.itemIds.push('9999-9-999.1.f1.t1.s1');
    const bad = await problem(await designer.request('POST', `/v1/orgs/${orgA}/programmes`, { content: wrong }), 400);
    expect(bad.errors).toEqual([
      expect.objectContaining({
        path: 'content.modules.0.outcomes.0.itemIds.28',
        message: expect.stringContaining('9999'),
      }),
    ]);

    await problem(await otherAdmin.request('GET', one), 404);
    await problem(await otherAdmin.request('GET', `/v1/orgs/${orgA}/programmes`), 404);
    await problem(await browser(ctx.app).request('GET', one), 401);
    await problem(await designer.request('GET', `${one}/revisions/7`), 404);
    await problem(await designer.request('GET', `/v1/orgs/${orgA}/programmes/${crypto.randomUUID()}`), 404);
  });

  it('answers any JSON as a programme document below 500, on create and on save', async () => {
    const created = await designer.json<{ id: string; version: number }>('POST', `/v1/orgs/${orgA}/programmes`, {
      content: proposal,
    });
    const one = `/v1/orgs/${orgA}/programmes/${created.id}`;
    /** Mostly the valid value, sometimes anything: so that some documents pass and others fail one check. */
    const likely = <T>(valid: T, other: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: fc.constant(valid), weight: 4 }, { arbitrary: other, weight: 1 });
    // Near misses reach past the schema into the card and link checks; anything else tests the schema.
    const nearMiss = fc
      .record({
        editionId: likely(proposal.cards[0]?.editionId ?? '', fc.string({ maxLength: 30 })),
        level: likely(4, fc.integer({ min: -2, max: 12 })),
        itemId: likely(S(3), fc.string({ maxLength: 40 })),
        exception: fc.option(fc.string({ maxLength: 40 }), { freq: 1 }),
        hours: likely(72, fc.oneof(fc.integer({ min: -5, max: 20_000 }), fc.double())),
      })
      .map(({ editionId, level, itemId, exception, hours }) => {
        const content = structuredClone(proposal) as unknown as Record<string, unknown> & ProgrammeContent;
        content.cards = [{ code: CARD, level, editionId }];
        const m = content.modules[0];
        if (m) {
          m.hours = { theory: hours, practice: 0 };
          const first = m.outcomes[0];
          if (first) first.itemIds = [itemId];
        }
        content.exceptions = exception === null ? [] : [{ itemId: exception, reason: 'себеп' }];
        return content as unknown;
      });
    const content = fc.oneof(
      { arbitrary: nearMiss, weight: 3 },
      { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 2 },
      { arbitrary: fc.anything({ maxDepth: 3 }), weight: 1 },
    );
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(content, fc.boolean(), async (doc, onSave) => {
        const res = onSave
          ? await designer.request('PUT', one, { version: created.version, content: doc })
          : await designer.request('POST', `/v1/orgs/${orgA}/programmes`, { content: doc });
        const text = await res.text();
        if (res.status >= 500) throw new Error(`${res.status}: ${text}`);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        return true;
      }),
      { numRuns: 150 },
    );
    // The runs reached both sides of the checks: some documents were stored, some refused.
    expect(statuses.get(400)).toBeGreaterThan(0);
    expect((statuses.get(201) ?? 0) + (statuses.get(200) ?? 0)).toBeGreaterThan(0);
  }, 120_000);
});
