/**
 * The route inventory. Every operation of the catalogue is bound to exactly one route, declares a
 * permission and a cache scope, and has a working example here: the example is sent to the
 * mounted app, as the caller it names, and must get its success status with an answer inside the
 * operation's output schema (the pipeline checks outputs in tests). So an operation without a
 * route, a route that is unmounted, or an operation added without an example fails this file.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/domain/access/actions.js';
import { type App, createApp } from '../../src/http/app.js';
import { operationBindings } from '../../src/http/routes/operation-bindings.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import { listOperations } from '../../src/services/operations/catalogue.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Browser, browser, seedUser, signIn, testClientIp } from '../support/accounts.js';
import { openTestDb } from '../support/engines.js';
import { BUNDLED_EDITION, TWO_CARD_XLSX } from '../support/paths.js';
import { seedBank } from '../support/session-seed.js';
import { issuedOverHttp, passedCandidate } from '../support/credential-fixtures.js';
import { PNG_BYTES, type ScoringFixture, rawRequest, seedScoringSession } from '../support/scoring-fixture.js';
import { storeDesignedProgramme } from '../support/programme-export-fixture.js';

type World = {
  app: App;
  database: OpenDb;
  admin: Browser;
  orgAdmin: Browser;
  orgId: string;
  hrUserId: string;
};

type Example = {
  /** Path parameters, by name. */
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** The caller: a signed-in browser (or who it is in the world); nobody when absent. */
  as?: Browser | ((w: World) => Browser);
  /** A raw (non-JSON) body, sent instead of `body`: an evidence upload. */
  raw?: { contentType: string; bytes: Uint8Array };
};

let n = 0;
/** A fresh account signed in, for examples that end sessions or erase the caller. */
async function throwaway(w: World, roles: string[] = []): Promise<Browser> {
  n += 1;
  const email = `throwaway-${n}@example.kz`;
  await seedUser(w.database, email, roles);
  return signIn(w.app, email);
}

async function invitationToken(w: World): Promise<string> {
  n += 1;
  const out = await w.orgAdmin.json<{ link: string }>('POST', `/v1/orgs/${w.orgId}/invitations`, {
    email: `invitee-${n}@example.kz`,
    roles: ['member'],
  });
  return out.link.split('/invite/')[1] ?? '';
}

async function resetToken(w: World): Promise<string> {
  const b = await throwaway(w);
  const me = await b.json<{ user: { email: string } }>('GET', '/v1/me');
  const out = await w.admin.json<{ link: string }>('POST', '/v1/password-resets', { email: me.user.email });
  return out.link.split('/reset/')[1] ?? '';
}

const admin = (w: World) => w.admin;
const orgAdmin = (w: World) => w.orgAdmin;
const card = { code: '2635-3-001', level: '5' };
const gapBody = {
  card: { code: '2635-3-001', level: 5 },
  ratings: {},
};

let staffN = 0;
/** A new person on the organisation's staff: id and version. */
async function newStaff(w: World): Promise<{ id: string; version: number }> {
  staffN += 1;
  return w.orgAdmin.json('POST', `/v1/orgs/${w.orgId}/staff`, {
    record: {
      personnelNo: `INV-${staffN}`,
      fullName: 'Сейітова Гүлнар',
      position: { cardCode: '2635-3-001', level: 5, since: '2020-09-01' },
      education: { level: 'higher', field: 'social' },
      experience: [{ category: 'none', from: '2015-09-01' }],
    },
  });
}

async function newAttestation(w: World, stage: 'scheduled' | 'decided' = 'scheduled') {
  const person = await newStaff(w);
  const commission = await w.orgAdmin.json<{ id: string }>('POST', `/v1/orgs/${w.orgId}/commissions`, {
    commission: { name: 'Комиссия', chair: 'Төраға А.', members: ['Мүше Б.', 'Мүше В.'] },
  });
  let a = await w.orgAdmin.json<{ id: string; version: number }>('POST', `/v1/orgs/${w.orgId}/attestations`, {
    staffId: person.id,
    scheduledOn: '2024-01-10',
    commissionId: commission.id,
  });
  if (stage === 'decided') {
    const steps = [
      { stage: 'testing', testing: { date: '2024-01-10', score: 90, max: 100 } },
      { stage: 'interview', interview: { date: '2024-01-11', passed: true } },
      {
        stage: 'decision',
        decision: { date: '2024-01-12', outcome: 'assigned', category: 'second', reason: 'Талаптарға сай' },
      },
    ];
    for (const step of steps)
      a = await w.orgAdmin.json('POST', `/v1/orgs/${w.orgId}/attestations/${a.id}/steps`, { version: a.version, step });
  }
  return { person, attestation: a };
}

/** Instruments (issue 12): an item, a task and specifications of the demo card. */
const ITEM_CARD = { cardCode: '2635-3-001', cardLevel: 5 };
const testItem = (knowledgeIds: string[]) => ({
  ...ITEM_CARD,
  knowledgeIds,
  kind: 'single',
  stem: 'Қайсысы кодекс?',
  options: [
    { id: 'a', text: 'Еңбек кодексі' },
    { id: 'b', text: 'Жол картасы' },
  ],
  key: ['a'],
  difficulty: 1,
  lang: 'kk',
  author: 'Бекова А.',
});
const practicalTask = (skillIds: string[]) => ({
  ...ITEM_CARD,
  skillIds,
  title: 'Мұқтаждықты бағалау',
  instructions: 'Жағдайды бағалаңыз.',
  criteria: [{ id: 'c1', text: 'Құжаттарды тексереді', critical: false }],
  lang: 'kk',
  author: 'Бекова А.',
});
type Versioned = { id: string; version: number };
async function newItem(w: World): Promise<Versioned> {
  return w.orgAdmin.json('POST', `/v1/orgs/${w.orgId}/test-items`, { content: testItem(['2635-3-001.5.f1.t1.k1']) });
}
async function newTask(w: World): Promise<Versioned> {
  return w.orgAdmin.json('POST', `/v1/orgs/${w.orgId}/practical-tasks`, {
    content: practicalTask(['2635-3-001.5.f1.t1.s1']),
  });
}
async function newSpec(w: World): Promise<Versioned & { content: Record<string, unknown> }> {
  return w.orgAdmin.json('POST', `/v1/orgs/${w.orgId}/specifications`, { from: { card: '2635-3-001', level: 5 } });
}
/** A GIFT file of one question, sent as a JSON string (the body field is the file). */
const GIFT_FILE = '// knowledge: 2635-3-001.5.f1.t1.k1\n::q1::Ең жоғары заң? {=Конституция ~Кодекс}\n';
/** A draft specification whose card is fully covered by reviewed instruments, ready to publish. */
async function coveredSpec(w: World): Promise<Versioned> {
  const org = `/v1/orgs/${w.orgId}`;
  const coverage = await w.orgAdmin.json<{ rows: { id: string; kind: string }[] }>(
    'GET',
    `${org}/coverage?card=2635-3-001&level=5`,
  );
  for (const row of coverage.rows.filter((r) => r.kind === 'knowledge')) {
    const item = await w.orgAdmin.json<Versioned>('POST', `${org}/test-items`, { content: testItem([row.id]) });
    await w.orgAdmin.json('POST', `${org}/test-items/${item.id}/status`, { version: item.version, status: 'reviewed' });
  }
  const skills = coverage.rows.filter((r) => r.kind === 'skill').map((r) => r.id);
  const task = await w.orgAdmin.json<Versioned>('POST', `${org}/practical-tasks`, { content: practicalTask(skills) });
  await w.orgAdmin.json('POST', `${org}/practical-tasks/${task.id}/status`, {
    version: task.version,
    status: 'reviewed',
  });
  const spec = await newSpec(w);
  return w.orgAdmin.json('PUT', `${org}/specifications/${spec.id}`, {
    version: spec.version,
    content: { ...spec.content, practicalTaskIds: [task.id] },
  });
}

/** Sessions (issue 12): a published specification and reviewed items written straight into the tables, once. */
let seededSpec: Promise<string> | undefined;
function sessionSpec(w: World): Promise<string> {
  seededSpec ??= readEdition(BUNDLED_EDITION).then(async (edition) => {
    const demo = edition.cards.find((c) => c.code.value === '2635-3-001' && c.level.value === 5);
    if (!demo) throw new Error('the bundled edition lacks 2635-3-001 level 5');
    return (await seedBank(w.database.db, w.orgId, demo, { perTask: 2 })).specId;
  });
  return seededSpec;
}
type SessionOut = { id: string; version: number; candidates: { id: string }[] };
/** A new session with one external candidate. */
async function newSession(w: World): Promise<SessionOut> {
  const sessions = `/v1/orgs/${w.orgId}/assessment/sessions`;
  const specId = await sessionSpec(w);
  const s = await w.orgAdmin.json<SessionOut>('POST', sessions, { specId, title: 'Сессия', startsOn: '2026-12-10' });
  return w.orgAdmin.json('POST', `${sessions}/${s.id}/candidates`, { external: [{ fullName: 'Бекова Дана' }] });
}
/** A candidate's test link (its secret), and the first question when the test is started. */
async function testLink(
  w: World,
  start = false,
): Promise<{ token: string; question?: { itemId: string; kind: string } }> {
  const s = await newSession(w);
  const link = await w.orgAdmin.json<{ url: string }>(
    'POST',
    `/v1/orgs/${w.orgId}/assessment/sessions/${s.id}/candidates/${s.candidates[0]?.id}/test-link`,
  );
  const token = link.url.split('/test/')[1] ?? '';
  if (!start) return { token };
  const attempt = await browser(w.app).json<{ questions: { itemId: string; kind: string }[] }>(
    'POST',
    `/v1/test/${token}/start`,
  );
  return { token, question: attempt.questions[0] };
}

/** A person of the register enrolled in a session, who started and submitted the online test. */
async function staffOnlineTest(w: World): Promise<{ staffId: string; candidateId: string }> {
  const staffId = (await newStaff(w)).id;
  const sessions = `/v1/orgs/${w.orgId}/assessment/sessions`;
  const s = await w.orgAdmin.json<SessionOut>('POST', sessions, {
    specId: await sessionSpec(w),
    title: 'Аттестация тесті',
    startsOn: '2026-12-10',
  });
  const enrolled = await w.orgAdmin.json<SessionOut>('POST', `${sessions}/${s.id}/candidates`, { staffIds: [staffId] });
  const candidateId = enrolled.candidates[0]?.id ?? '';
  const link = await w.orgAdmin.json<{ url: string }>(
    'POST',
    `${sessions}/${s.id}/candidates/${candidateId}/test-link`,
  );
  const token = link.url.split('/test/')[1] ?? '';
  await browser(w.app).json('POST', `/v1/test/${token}/start`);
  await browser(w.app).json('POST', `/v1/test/${token}/submit`);
  return { staffId, candidateId };
}

let scoringFixture: Promise<ScoringFixture> | undefined;
/** A session to score (seeded into the tables once): each example takes a candidate of its own. */
async function scoringCandidate(w: World, index: number): Promise<{ fx: ScoringFixture; candidateId: string }> {
  scoringFixture ??= seedScoringSession(w.database, w.orgId, { candidates: 8 });
  const fx = await scoringFixture;
  return { fx, candidateId: fx.candidateIds[index] as string };
}

/** A candidate (by index) with a recorded decision, and optionally an appeal against it. */
async function decided(w: World, index: number, appeal = false) {
  const { candidateId } = await scoringCandidate(w, index);
  const base = `/v1/orgs/${w.orgId}/candidates/${candidateId}`;
  await w.orgAdmin.json('PUT', `${base}/decision`, { version: 0, outcome: 'failed' });
  const out = appeal
    ? await w.orgAdmin.json<{ appeals: { id: string }[] }>('POST', `${base}/appeals`, {
        grounds: 'Бағалау әділ болмады деп есептеймін',
      })
    : null;
  return { candidateId, appealId: out?.appeals[0]?.id ?? '' };
}

async function uploadedEvidence(w: World, index: number) {
  const { candidateId } = await scoringCandidate(w, index);
  const res = await rawRequest(w.app, w.orgAdmin, 'POST', `/v1/orgs/${w.orgId}/candidates/${candidateId}/evidence`, {
    contentType: 'image/png',
    bytes: PNG_BYTES,
  });
  const evidence = (await res.json()) as { id: string };
  return { candidateId, evidenceId: evidence.id };
}

/** One example per operation, by name. */
/**
 * Workbench review (issue 14): a draft of a new, empty standard (publishing it leaves Order 262
 * current), taken to `stage` by its author; a second methodologist reviews it.
 */
let reviewN = 0;
async function reviewDraft(w: World, stage: 'draft' | 'in-review' | 'approved') {
  reviewN += 1;
  const author = await throwaway(w, ['methodologist']);
  const reviewer = await throwaway(w, ['methodologist']);
  let draft = await author.json<{ id: string; revision: number }>('POST', '/v1/drafts', {
    from: 'empty',
    standardId: `inv-review-${reviewN}`,
    title: { kk: 'Сынақ стандарты' },
  });
  const step = (who: Browser, name: string) =>
    who.json<{ id: string; revision: number }>('POST', `/v1/drafts/${draft.id}/${name}`, { revision: draft.revision });
  if (stage !== 'draft') draft = await step(author, 'submit');
  if (stage === 'approved') draft = await step(reviewer, 'approve');
  return { author, reviewer, draft, n: reviewN };
}

/** The workbench core: one methodologist's draft of the current edition, made once. */
let coreDraft: Promise<{ author: Browser; id: string }> | undefined;
function order262Draft(w: World) {
  coreDraft ??= (async () => {
    const author = await throwaway(w, ['methodologist']);
    const draft = await author.json<{ id: string }>('POST', '/v1/drafts', { from: 'edition' });
    return { author, id: draft.id };
  })();
  return coreDraft;
}
const CORE_CARD = '2635-3-001.5';

const EXAMPLES: Record<string, (w: World) => Example | Promise<Example>> = {
  'drafts.list': async (w) => ({ as: (await order262Draft(w)).author, query: { status: 'draft' } }),
  'drafts.create': async (w) => ({
    as: await throwaway(w, ['methodologist']),
    body: { from: 'empty', standardId: 'inv-core-new', title: { kk: 'Жаңа стандарт' } },
  }),
  'drafts.get': async (w) => {
    const { author, id } = await order262Draft(w);
    return { as: author, params: { draftId: id } };
  },
  'drafts.items': async (w) => {
    const { author, id } = await order262Draft(w);
    return { as: author, params: { draftId: id }, query: { card: CORE_CARD } };
  },
  'drafts.edit': async (w) => {
    const { author, id } = await order262Draft(w);
    return {
      as: author,
      params: { draftId: id },
      body: { edits: [{ op: 'add', kind: 'skill', parentId: `${CORE_CARD}.f1.t1`, text: { kk: 'Жаңа дағды' } }] },
    };
  },
  'drafts.checks': async (w) => {
    const { author, id } = await order262Draft(w);
    return { as: author, params: { draftId: id } };
  },
  'drafts.diff': async (w) => {
    const { author, id } = await order262Draft(w);
    return { as: author, params: { draftId: id } };
  },
  'drafts.comments': async (w) => {
    const { author, draft } = await reviewDraft(w, 'draft');
    return { as: author, params: { draftId: draft.id }, query: { open: 'true' } };
  },
  'drafts.comment': async (w) => {
    const { reviewer, draft } = await reviewDraft(w, 'draft');
    return { as: reviewer, params: { draftId: draft.id }, body: { itemId: null, body: 'Атауын тексеріңіз.' } };
  },
  'drafts.resolveComment': async (w) => {
    const { author, reviewer, draft } = await reviewDraft(w, 'draft');
    const c = await reviewer.json<{ id: string }>('POST', `/v1/drafts/${draft.id}/comments`, { body: 'Тексеріңіз.' });
    return { as: author, params: { draftId: draft.id, commentId: c.id } };
  },
  'drafts.submit': async (w) => {
    const { author, draft } = await reviewDraft(w, 'draft');
    return { as: author, params: { draftId: draft.id }, body: { revision: draft.revision } };
  },
  'drafts.return': async (w) => {
    const { reviewer, draft } = await reviewDraft(w, 'in-review');
    return {
      as: reviewer,
      params: { draftId: draft.id },
      body: { revision: draft.revision, comment: 'Анықтамаларды толықтырыңыз.' },
    };
  },
  'drafts.approve': async (w) => {
    const { reviewer, draft } = await reviewDraft(w, 'in-review');
    return { as: reviewer, params: { draftId: draft.id }, body: { revision: draft.revision } };
  },
  'drafts.withdraw': async (w) => {
    const { author, draft } = await reviewDraft(w, 'draft');
    return { as: author, params: { draftId: draft.id }, body: { revision: draft.revision } };
  },
  'drafts.impact': async (w) => {
    const { author, draft } = await reviewDraft(w, 'draft');
    return { as: author, params: { draftId: draft.id } };
  },
  'drafts.import': async (w) => ({
    as: await throwaway(w, ['methodologist']),
    query: { lang: 'ru' },
    raw: {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: new Uint8Array(readFileSync(TWO_CARD_XLSX)),
    },
  }),
  'drafts.attachSource': async (w) => {
    const { author, draft } = await reviewDraft(w, 'draft');
    return {
      as: author,
      params: { draftId: draft.id },
      query: { revision: String(draft.revision) },
      raw: { contentType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode('Сынақ стандарты\n') },
    };
  },
  'drafts.template': async (w) => {
    const { author, id } = await order262Draft(w);
    return { as: author, params: { draftId: id } };
  },
  'editions.template': () => ({ params: { id: 'current' }, query: { lang: 'en' } }),
  'standards.template': () => ({ query: { lang: 'kk' } }),
  'drafts.publish': async (w) => {
    const { reviewer, draft, n } = await reviewDraft(w, 'approved');
    return {
      as: reviewer,
      params: { draftId: draft.id },
      body: {
        revision: draft.revision,
        editionId: `inv-review-${n}-2026`,
        order: {
          number: `${n}`,
          date: '2026-12-01',
          registration: { number: '1', date: '2026-12-02' },
          inForceFrom: '2026-12-15',
        },
      },
    };
  },
  'auth.login': async (w) => {
    await seedUser(w.database, 'login-example@example.kz');
    return { body: { email: 'login-example@example.kz', password: 'correct horse battery staple' } };
  },
  'auth.logout': async (w) => ({ as: await throwaway(w) }),
  'me.get': () => ({ as: orgAdmin }),
  'me.sessions.list': () => ({ as: orgAdmin }),
  'me.sessions.revoke-all': async (w) => ({ as: await throwaway(w) }),
  'me.tokens.list': () => ({ as: orgAdmin }),
  'me.tokens.create': () => ({ as: orgAdmin, body: { name: 'Moodle', scopes: ['read'] } }),
  'me.tokens.revoke': async (w) => {
    const { token } = await w.orgAdmin.json<{ token: { id: string } }>('POST', '/v1/me/tokens', { name: 'x' });
    return { as: orgAdmin, params: { id: token.id } };
  },
  'orgs.list': () => ({ as: orgAdmin }),
  'orgs.create': () => ({ as: admin, body: { name: 'Оқу орталығы', kind: 'education-provider' } }),
  'orgs.get': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'orgs.members.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'orgs.members.set-roles': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, userId: w.hrUserId },
    body: { roles: ['hr-officer', 'assessor'] },
  }),
  'orgs.members.remove': async (w) => {
    const token = await invitationToken(w);
    const joined = await browser(w.app).json<{ user: { id: string } }>('POST', `/v1/invitations/${token}/accept`, {
      displayName: 'Leaver',
      password: 'a long enough password',
      consent: true,
    });
    return { as: orgAdmin, params: { orgId: w.orgId, userId: joined.user.id } };
  },
  'orgs.invitations.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'orgs.invitations.create': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { email: 'new-assessor@example.kz', roles: ['assessor'] },
  }),
  'orgs.invitations.revoke': async (w) => {
    const out = await w.orgAdmin.json<{ invitation: { id: string } }>('POST', `/v1/orgs/${w.orgId}/invitations`, {
      email: 'to-revoke@example.kz',
      roles: ['member'],
    });
    return { as: orgAdmin, params: { orgId: w.orgId, id: out.invitation.id } };
  },
  'invitations.view': async (w) => ({ params: { token: await invitationToken(w) } }),
  'invitations.accept': async (w) => ({
    params: { token: await invitationToken(w) },
    body: { displayName: 'Жаңа қызметкер', password: 'a long enough password', consent: true },
  }),
  'users.password-reset.create': async (w) => {
    await seedUser(w.database, 'reset-example@example.kz');
    return { as: admin, body: { email: 'reset-example@example.kz' } };
  },
  'password-resets.view': async (w) => ({ params: { token: await resetToken(w) } }),
  'password-resets.complete': async (w) => ({
    params: { token: await resetToken(w) },
    body: { password: 'a new long passphrase' },
  }),
  'audit.org.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { limit: '5' } }),
  'audit.org.export': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { format: 'csv' } }),
  'audit.all.list': () => ({ as: admin }),
  'audit.all.export': () => ({ as: admin, query: { format: 'json' } }),
  'me.export': () => ({ as: orgAdmin }),
  'me.erase': async (w) => ({
    as: await throwaway(w),
    body: { password: 'correct horse battery staple', confirm: 'erase my account' },
  }),
  'users.erase': async (w) => {
    const victim = await throwaway(w);
    const me = await victim.json<{ user: { id: string } }>('GET', '/v1/me');
    return { as: admin, params: { userId: me.user.id } };
  },
  'users.list-admins': () => ({ as: admin }),
  'users.set-platform-role': async (w) => {
    const who = await throwaway(w);
    const me = await who.json<{ user: { email: string } }>('GET', '/v1/me');
    return { as: admin, body: { email: me.user.email, role: 'methodologist' } };
  },
  'users.create-admin': () => ({
    as: admin,
    body: { email: 'second-admin@example.kz', password: 'another long passphrase' },
  }),

  'health.check': () => ({}),
  'editions.list': () => ({}),
  'editions.standards': () => ({}),
  'editions.get': () => ({ params: { id: 'current' } }),
  'editions.export': () => ({ params: { id: 'current' } }),
  'editions.source': () => ({ params: { id: 'current' } }),
  'editions.latin': () => ({ params: { id: 'current' }, query: { alphabet: '2018' } }),
  'editions.quality': () => ({ params: { id: 'current' } }),
  'editions.diff': () => ({ params: { a: 'order-262-2023', b: 'order-262-2023' } }),
  'registry.cards': () => ({ query: { level: '5' } }),
  'registry.card': () => ({ params: card }),
  'registry.card-print': () => ({ params: card }),
  'registry.item': () => ({ params: { id: '2635-3-001.5' } }),
  'standard-csv.bundle': () => ({ params: { id: 'current' } }),
  'standard-csv.file': () => ({ params: { id: 'current', file: 'skills.csv' } }),
  'skos.item': () => ({ params: { id: '2635-3-001.5.f1' } }),
  'skos.card': () => ({ params: card }),
  'skos.scheme': () => ({ params: { id: 'current' } }),
  'registry.terms': () => ({}),
  'registry.professions': () => ({}),
  'registry.levels': () => ({}),
  'registry.career-graph': () => ({}),
  'search.query': () => ({ query: { q: 'психолог' } }),
  'qualification.category': () => ({
    body: { card: { code: '3412-0-008', level: 5 }, education: { level: 'tvet', field: 'social' } },
  }),
  'qualification.category-pdf': () => ({
    body: { card: { code: '3412-0-008', level: 5 }, education: { level: 'tvet', field: 'social' } },
  }),
  'qualification.category-batch': () => ({
    body: { rows: [{ id: 'T-1', card: '2635-3-001', level: 5, education: 'higher', field: 'social', none: 3 }] },
  }),
  'career.paths': () => ({ query: { from: '2635-3-001/5', to: '2635-3-001/6' } }),
  'career.gap': () => ({ body: gapBody }),
  'career.gap-xlsx': () => ({ body: gapBody }),
  'career.gap-pdf': () => ({ body: gapBody }),

  'staff.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { limit: '10' } }),
  'staff.get': async (w) => ({ as: orgAdmin, params: { orgId: w.orgId, staffId: (await newStaff(w)).id } }),
  'staff.create': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: {
      record: {
        personnelNo: 'NEW-1',
        fullName: 'Нұрланов Ерлан',
        position: { cardCode: '2635-3-001', level: 5, since: '2021-02-01' },
        education: { level: 'tvet', field: 'social' },
      },
    },
  }),
  'staff.update': async (w) => {
    const person = await newStaff(w);
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, staffId: person.id },
      body: {
        version: person.version,
        record: {
          personnelNo: `UPD-${person.id.slice(0, 4)}`,
          fullName: 'Сейітова Гүлнар',
          position: { cardCode: '2635-3-001', level: 5, since: '2020-09-01' },
          education: { level: 'higher', field: 'social' },
        },
      },
    };
  },
  'staff.delete': async (w) => {
    const person = await newStaff(w);
    return { as: orgAdmin, params: { orgId: w.orgId, staffId: person.id }, query: { version: String(person.version) } };
  },
  'staff.link-user': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, staffId: (await newStaff(w)).id },
    body: { userId: w.hrUserId },
  }),
  'staff.categories.recompute': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'staff.import.preview': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, body: { rows: [] } }),
  'staff.import.commit': async (w) => {
    const preview = await w.orgAdmin.json<{ importId: string }>('POST', `/v1/orgs/${w.orgId}/staff-imports`, {
      rows: [
        {
          'Табель №': 'IMP-1',
          'Т.А.Ә.': 'Иманова Сәуле',
          'Карточка коды': '2635-3-001',
          Деңгейі: '5',
          'Лауазымға тағайындалған күні': '01.03.2021',
          Білімі: 'жоғары',
          Мамандығы: 'әлеуметтік',
        },
      ],
    });
    return { as: orgAdmin, params: { orgId: w.orgId, importId: preview.importId } };
  },
  'staff.mappings.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'staff.mappings.save': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { name: '1С экспорты', mapping: { 'Таб. №': 'personnelNo', ФИО: 'fullName' } },
  }),
  'staff.export': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { format: 'csv', lang: 'ru' } }),
  'attestation.policy.get': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'attestation.policy.set': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { policy: { passPercent: 70 } },
  }),
  'attestation.commissions.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'attestation.commissions.save': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { commission: { name: 'Екінші комиссия', chair: 'Төраға', members: ['Бір', 'Екі'] } },
  }),
  'attestation.schedule': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { within: '30' } }),
  'attestation.create': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { staffId: (await newStaff(w)).id, scheduledOn: '2025-05-20' },
  }),
  'attestation.record': async (w) => {
    const { attestation } = await newAttestation(w);
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, attestationId: attestation.id },
      body: {
        version: attestation.version,
        step: { stage: 'testing', testing: { date: '2024-01-10', score: 50, max: 100 } },
      },
    };
  },
  'attestation.online-tests': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, staffId: (await staffOnlineTest(w)).staffId },
  }),
  'attestation.testing-from-online-test': async (w) => {
    const { staffId, candidateId } = await staffOnlineTest(w);
    const attestation = await w.orgAdmin.json<{ id: string; version: number }>(
      'POST',
      `/v1/orgs/${w.orgId}/attestations`,
      { staffId, scheduledOn: '2024-01-10' },
    );
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, attestationId: attestation.id },
      body: { version: attestation.version, candidateId },
    };
  },
  'attestation.protocol': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, attestationId: (await newAttestation(w, 'decided')).attestation.id },
    query: { lang: 'ru' },
  }),
  'attestation.calendar': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'plans.create': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, staffId: (await newStaff(w)).id },
    body: { basis: { source: 'assessor', ratings: {} } },
  }),
  'plans.item.update': async (w) => {
    const person = await newStaff(w);
    const plan = await w.orgAdmin.json<{ id: string; version: number; items: { id: string }[] }>(
      'POST',
      `/v1/orgs/${w.orgId}/staff/${person.id}/plans`,
      { basis: { source: 'assessor', ratings: {} } },
    );
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, planId: plan.id, itemId: plan.items[0]?.id ?? '' },
      body: { version: plan.version, status: 'in-progress' },
    };
  },
  'hr.dashboard': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { format: 'xlsx' } }),
  'hr.aggregate': () => ({ as: admin }),
  'items.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { card: '2635-3-001', status: 'draft' } }),
  'items.get': async (w) => ({ as: orgAdmin, params: { orgId: w.orgId, itemId: (await newItem(w)).id } }),
  'items.create': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { content: testItem(['2635-3-001.5.f1.t1.k2']) },
  }),
  'items.update': async (w) => {
    const item = await newItem(w);
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, itemId: item.id },
      body: { version: item.version, content: testItem(['2635-3-001.5.f1.t1.k3']) },
    };
  },
  'items.status': async (w) => {
    const item = await newItem(w);
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, itemId: item.id },
      body: { version: item.version, status: 'reviewed' },
    };
  },
  'tasks.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { skillId: '2635-3-001.5.f1.t1.s1' } }),
  'tasks.get': async (w) => ({ as: orgAdmin, params: { orgId: w.orgId, taskId: (await newTask(w)).id } }),
  'tasks.create': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { content: practicalTask(['2635-3-001.5.f1.t1.s2']) },
  }),
  'tasks.update': async (w) => {
    const task = await newTask(w);
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, taskId: task.id },
      body: { version: task.version, content: practicalTask(['2635-3-001.5.f1.t1.s3']) },
    };
  },
  'tasks.status': async (w) => {
    const task = await newTask(w);
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, taskId: task.id },
      body: { version: task.version, status: 'retired' },
    };
  },
  'tasks.draft': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { card: '2635-3-001', level: 5, skillIds: ['2635-3-001.5.f1.t1.s1'], lang: 'ru' },
  }),
  'specs.propose': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    query: { card: '2635-3-001', level: '5', theoryPassPercent: '60' },
  }),
  'specs.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'specs.get': async (w) => ({ as: orgAdmin, params: { orgId: w.orgId, specId: (await newSpec(w)).id } }),
  'specs.create': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { from: { card: '2635-3-001', level: 5 } },
  }),
  'specs.update': async (w) => {
    const spec = await newSpec(w);
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, specId: spec.id },
      body: { version: spec.version, content: { ...spec.content, timeLimitMinutes: 60 } },
    };
  },
  'specs.publish': async (w) => {
    const spec = await coveredSpec(w);
    return { as: orgAdmin, params: { orgId: w.orgId, specId: spec.id }, body: { version: spec.version } };
  },
  'specs.copy': async (w) => ({ as: orgAdmin, params: { orgId: w.orgId, specId: (await newSpec(w)).id } }),
  'bank.export': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    query: { card: '2635-3-001', level: '5', format: 'gift' },
  }),
  'bank.import.preview': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    query: { card: '2635-3-001', level: '5' },
    body: GIFT_FILE,
  }),
  'bank.import.commit': async (w) => {
    const query = { card: '2635-3-001', level: '5' };
    const preview = await w.orgAdmin.json<{ fileHash: string }>(
      'POST',
      `/v1/orgs/${w.orgId}/item-bank-imports:preview?${new URLSearchParams(query)}`,
      GIFT_FILE,
    );
    return {
      as: orgAdmin,
      params: { orgId: w.orgId },
      query: { ...query, fileHash: preview.fileHash },
      body: GIFT_FILE,
    };
  },
  'coverage.get': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    query: { specId: (await newSpec(w)).id, lang: 'en' },
  }),
  'attestation.feeds.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'attestation.feeds.create': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { lang: 'ru' } }),
  'attestation.feeds.revoke': async (w) => {
    const feed = await w.orgAdmin.json<{ id: string }>('POST', `/v1/orgs/${w.orgId}/calendar-feeds`, {});
    return { as: orgAdmin, params: { orgId: w.orgId, feedId: feed.id } };
  },
  'attestation.feed': async (w) => {
    const feed = await w.orgAdmin.json<{ url: string }>('POST', `/v1/orgs/${w.orgId}/calendar-feeds`, {});
    return { params: { secret: feed.url.split('/').at(-1) ?? '' } };
  },
  'me.staff': () => ({ as: orgAdmin }),
  'me.plans.create': async (w) => {
    const me = await w.orgAdmin.json<{ user: { id: string } }>('GET', '/v1/me');
    const person = await newStaff(w);
    await w.orgAdmin.request('PUT', `/v1/orgs/${w.orgId}/staff/${person.id}/user`, { userId: me.user.id });
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, staffId: person.id },
      body: { basis: { source: 'self-assessment', ratings: {} } },
    };
  },
  'sessions.specs': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'sessions.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'sessions.create': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { specId: await sessionSpec(w), title: 'Желтоқсан сессиясы', startsOn: '2026-12-10', place: 'Астана' },
  }),
  'sessions.get': async (w) => ({ as: orgAdmin, params: { orgId: w.orgId, sessionId: (await newSession(w)).id } }),
  'sessions.update': async (w) => {
    const s = await newSession(w);
    return { as: orgAdmin, params: { orgId: w.orgId, sessionId: s.id }, body: { version: s.version, place: 'Алматы' } };
  },
  'sessions.commission': async (w) => {
    const s = await newSession(w);
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, sessionId: s.id },
      body: { version: s.version, members: [{ name: 'Сейітов Н.', role: 'Төраға' }] },
    };
  },
  'sessions.candidates.enrol': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, sessionId: (await newSession(w)).id },
    body: { staffIds: [(await newStaff(w)).id], external: [{ fullName: 'Ахметов Ерлан', email: 'erlan@example.kz' }] },
  }),
  'sessions.candidates.remove': async (w) => {
    const s = await newSession(w);
    return { as: orgAdmin, params: { orgId: w.orgId, sessionId: s.id, candidateId: s.candidates[0]?.id ?? '' } };
  },
  'sessions.candidates.link': async (w) => {
    const s = await newSession(w);
    return { as: orgAdmin, params: { orgId: w.orgId, sessionId: s.id, candidateId: s.candidates[0]?.id ?? '' } };
  },
  'sessions.assessors.add': async (w) => {
    const me = await w.orgAdmin.json<{ user: { id: string } }>('GET', '/v1/me');
    return { as: orgAdmin, params: { orgId: w.orgId, sessionId: (await newSession(w)).id, userId: me.user.id } };
  },
  'sessions.assessors.remove': async (w) => {
    const me = await w.orgAdmin.json<{ user: { id: string } }>('GET', '/v1/me');
    const s = await newSession(w);
    await w.orgAdmin.json('PUT', `/v1/orgs/${w.orgId}/assessment/sessions/${s.id}/assessors/${me.user.id}`);
    return { as: orgAdmin, params: { orgId: w.orgId, sessionId: s.id, userId: me.user.id } };
  },
  'test.open': async (w) => ({ params: { token: (await testLink(w)).token } }),
  'test.start': async (w) => ({ params: { token: (await testLink(w)).token } }),
  'test.get': async (w) => ({ params: { token: (await testLink(w, true)).token } }),
  'test.answer': async (w) => {
    const { token, question } = await testLink(w, true);
    return {
      params: { token, itemId: question?.itemId ?? '' },
      body: { response: question?.kind === 'short' ? 'Әлеуметтік карта' : ['a'] },
    };
  },
  'test.submit': async (w) => ({ params: { token: (await testLink(w, true)).token } }),
  // Certificates: a candidate the commission passed (rows written by credential-fixtures).
  'certificates.issue': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, candidateId: await passedCandidate(w.database, w.orgId) },
  }),
  'certificates.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'certificates.revoke': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, credentialId: (await issuedOverHttp(w.database, w.orgId, w.orgAdmin.json)).id },
    body: { reason: 'Қате берілді' },
  }),
  'certificates.issuer.rotate': (w) => ({ as: orgAdmin, params: { orgId: w.orgId } }),
  'certificates.pdf': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, credentialId: (await issuedOverHttp(w.database, w.orgId, w.orgAdmin.json)).id },
  }),
  'credentials.get': async (w) => ({ params: { id: (await issuedOverHttp(w.database, w.orgId, w.orgAdmin.json)).id } }),
  'credentials.verify': async (w) => {
    const { id } = await issuedOverHttp(w.database, w.orgId, w.orgAdmin.json);
    return { body: await w.orgAdmin.json('GET', `/v1/credentials/${id}`) };
  },
  'credentials.summary': async (w) => ({
    params: { id: (await issuedOverHttp(w.database, w.orgId, w.orgAdmin.json)).id },
  }),
  'certificates.lookup': async (w) => ({
    params: { number: (await issuedOverHttp(w.database, w.orgId, w.orgAdmin.json)).number },
  }),
  // The test app's address is http, so the issuer is the did:key of its current key.
  'certificates.issuer.did': async (w) => {
    await issuedOverHttp(w.database, w.orgId, w.orgAdmin.json);
    return { params: { orgId: w.orgId } };
  },
  'certificates.status-list': async (w) => {
    const { id } = await issuedOverHttp(w.database, w.orgId, w.orgAdmin.json);
    const doc = await w.orgAdmin.json<{ credentialStatus: { statusListCredential: string } }>(
      'GET',
      `/v1/credentials/${id}`,
    );
    const listId = doc.credentialStatus.statusListCredential.split('/').pop() as string;
    return { params: { orgId: w.orgId, listId } };
  },
  'scoring.get': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, candidateId: (await scoringCandidate(w, 0)).candidateId },
  }),
  'scoring.save': async (w) => {
    const { fx, candidateId } = await scoringCandidate(w, 0);
    return {
      as: orgAdmin,
      params: { orgId: w.orgId, candidateId, taskId: fx.taskIds[0] as string },
      body: { version: 0, marks: { c1: 'met', c2: 'not-met' }, note: 'Уақытында орындады' },
    };
  },
  'evidence.list': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, candidateId: (await scoringCandidate(w, 0)).candidateId },
  }),
  'evidence.upload': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, candidateId: (await scoringCandidate(w, 0)).candidateId },
    query: { fileName: 'photo.png' },
    raw: { contentType: 'image/png', bytes: PNG_BYTES },
  }),
  'evidence.download': async (w) => ({ as: orgAdmin, params: { orgId: w.orgId, ...(await uploadedEvidence(w, 1)) } }),
  'evidence.delete': async (w) => ({ as: orgAdmin, params: { orgId: w.orgId, ...(await uploadedEvidence(w, 1)) } }),
  'decisions.get': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, candidateId: (await scoringCandidate(w, 2)).candidateId },
  }),
  'decisions.record': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, candidateId: (await scoringCandidate(w, 3)).candidateId },
    body: { version: 0, outcome: 'failed' },
  }),
  'appeals.lodge': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, candidateId: (await decided(w, 4)).candidateId },
    body: { grounds: 'Практикалық тапсырма дұрыс бағаланбады' },
  }),
  'appeals.resolve': async (w) => {
    const { candidateId, appealId } = await decided(w, 5, true);
    return { as: orgAdmin, params: { orgId: w.orgId, candidateId, appealId }, body: { outcome: 'rejected' } };
  },
  'sessions.results': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, sessionId: (await scoringCandidate(w, 0)).fx.sessionId },
  }),
  'sessions.psychometrics': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, sessionId: (await scoringCandidate(w, 0)).fx.sessionId },
  }),
  'items.send-to-review': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId, sessionId: (await scoringCandidate(w, 0)).fx.sessionId },
    body: {},
  }),
  // Programmes (issue 13): proposed from 3412-0-008/4 (which covers every item) and created over HTTP.
  'programmes.list': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { status: 'draft', q: 'бағдарлама' } }),
  'programmes.propose': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: PROPOSE_QUERY }),
  'programmes.create': async (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    body: { content: await proposedProgramme(w) },
  }),
  'programmes.get': async (w) => ({ as: orgAdmin, params: (await newProgramme(w)).params }),
  'programmes.save': async (w) => {
    const p = await newProgramme(w);
    return {
      as: orgAdmin,
      params: p.params,
      body: { version: p.version, content: { ...p.content, title: 'Әлеуметтік қызметкер: модульдік бағдарлама' } },
    };
  },
  'programmes.coverage': async (w) => ({ as: orgAdmin, params: (await newProgramme(w)).params }),
  'programmes.finalise': async (w) => {
    const p = await newProgramme(w);
    return { as: orgAdmin, params: p.params, body: { version: p.version } };
  },
  'programmes.reopen': async (w) => {
    const p = await newProgramme(w, true);
    return { as: orgAdmin, params: p.params, body: { version: p.version } };
  },
  'programmes.archive': async (w) => {
    const p = await newProgramme(w);
    return { as: orgAdmin, params: p.params, body: { version: p.version } };
  },
  'programmes.revisions': async (w) => ({ as: orgAdmin, params: (await newProgramme(w, true)).params }),
  'programmes.revision': async (w) => ({
    as: orgAdmin,
    params: { ...(await newProgramme(w, true)).params, version: '1' },
  }),
  'programmes.impact': async (w) => ({ as: orgAdmin, params: (await newProgramme(w)).params }),
  // On the current edition already: the answer is the programme unchanged, nothing dropped.
  'programmes.rebase': async (w) => {
    const p = await newProgramme(w);
    return { as: orgAdmin, params: p.params, body: { version: p.version } };
  },
  // Curriculum import (issue 13): the form's file as the importer hands it over (tables of cells), as JSON.
  'programmes.import': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    query: { lang: 'ru' },
    body: {
      card: '3412-0-008',
      level: 4,
      type: 'tvet-modular',
      lang: 'kk',
      file: {
        format: 'xlsx',
        tables: [
          {
            kind: 'sheet',
            name: 'Жоспар',
            rows: [
              ['Модуль коды', 'Модуль атауы', 'Оқыту нәтижелері', 'Бағалау критерийлері', 'Сағат'],
              [
                'КМ 01',
                'Үйде әлеуметтік қызмет көрсету',
                'Қарттарға үйде күтім жасайды',
                '1) Тұрғын үйді тазалайды',
                '72',
              ],
            ],
          },
        ],
      },
    },
  }),
  'programmes.import-template': (w) => ({ as: orgAdmin, params: { orgId: w.orgId }, query: { lang: 'ru' } }),
  'programmes.suggest': (w) => ({
    as: orgAdmin,
    params: { orgId: w.orgId },
    query: { card: '3412-0-008', level: '4', text: 'Коммуналдық қызметтерге ақы төлеу түбіртектерін толтырады' },
  }),
  // Programme exports (issue 13): a designed programme stored through the repository.
  'programmes.export.docx': async (w) => ({ as: orgAdmin, params: await exportedProgramme(w) }),
  'programmes.export.pdf': async (w) => ({ as: orgAdmin, params: await exportedProgramme(w), query: { lang: 'ru' } }),
  'programmes.export.coverage-xlsx': async (w) => ({ as: orgAdmin, params: await exportedProgramme(w) }),
  'programmes.export.moodle': async (w) => ({ as: orgAdmin, params: await exportedProgramme(w) }),
  'programmes.export.case': async (w) => ({ as: orgAdmin, params: await exportedProgramme(w) }),
  // CASE 1.1 (objects of Order 262; their identifiers are derived from Kasip ids, never stored).
  'case.documents': () => ({}),
  'case.package': () => ({ params: { sourcedId: 'ebac87fb-49fb-59c4-91e6-6f0159743de1' } }),
  'case.item': () => ({ params: { sourcedId: '36f6da19-e808-526d-9ac6-de405e381cfb' } }),
  'case.association': () => ({ params: { sourcedId: '94059e0f-6285-5eed-876e-bd4814ddcea1' } }),
  'case.itemType': () => ({ params: { sourcedId: 'e631276f-e0ab-5bf8-a0bb-db442f08b5cf' } }),
  'case.download': () => ({ params: { id: 'current' } }),
  'registry.card-moodle': () => ({ params: { code: '3412-0-008', level: '4' } }),
};

const PROPOSE_QUERY = { card: '3412-0-008', level: '4', type: 'tvet-modular', lang: 'kk', volume: '720' };

async function proposedProgramme(w: World): Promise<Record<string, unknown>> {
  return w.orgAdmin.json('GET', `/v1/orgs/${w.orgId}/programmes:propose?${new URLSearchParams(PROPOSE_QUERY)}`);
}

/** A new draft programme from the proposal (marked final when asked): its path parameters, version and document. */
async function newProgramme(w: World, final = false) {
  const content = await proposedProgramme(w);
  let p = await w.orgAdmin.json<{ id: string; version: number; content: Record<string, unknown> }>(
    'POST',
    `/v1/orgs/${w.orgId}/programmes`,
    { content },
  );
  if (final)
    p = await w.orgAdmin.json('POST', `/v1/orgs/${w.orgId}/programmes/${p.id}/finalise`, { version: p.version });
  return { params: { orgId: w.orgId, programmeId: p.id }, version: p.version, content: p.content };
}

let exportedId: string | undefined;
/** One programme for the export examples, stored once. */
async function exportedProgramme(w: World): Promise<{ orgId: string; programmeId: string }> {
  exportedId ??= await storeDesignedProgramme(w.database.db, w.orgId);
  return { orgId: w.orgId, programmeId: exportedId };
}

describe('route inventory', () => {
  const w = {} as World;
  let services: Services;
  beforeAll(async () => {
    w.database = await openTestDb('pglite');
    services = createServices(w.database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    w.app = createApp({ services, clientIp: testClientIp });
    await seedUser(w.database, 'inventory-admin@example.kz', ['admin']);
    w.admin = await signIn(w.app, 'inventory-admin@example.kz');
    w.orgId = (
      await w.admin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Орталық', kind: 'assessment-centre' })
    ).id;
    const adminInvite = await w.admin.json<{ link: string }>('POST', `/v1/orgs/${w.orgId}/invitations`, {
      email: 'inventory-org-admin@example.kz',
      roles: ['org-admin'],
    });
    const orgAdminBrowser = browser(w.app);
    const accepted = await orgAdminBrowser.json<{ csrfToken: string }>(
      'POST',
      `/v1/invitations/${adminInvite.link.split('/invite/')[1]}/accept`,
      { displayName: 'Org admin', password: 'a long enough password', consent: true },
    );
    orgAdminBrowser.csrf = accepted.csrfToken;
    w.orgAdmin = orgAdminBrowser;
    const hrInvite = await w.orgAdmin.json<{ link: string }>('POST', `/v1/orgs/${w.orgId}/invitations`, {
      email: 'inventory-hr@example.kz',
      roles: ['hr-officer'],
    });
    const hr = await browser(w.app).json<{ user: { id: string } }>(
      'POST',
      `/v1/invitations/${hrInvite.link.split('/invite/')[1]}/accept`,
      { displayName: 'HR', password: 'a long enough password', consent: true },
    );
    w.hrUserId = hr.user.id;
  });

  it('binds every operation of the catalogue to exactly one route, and no route to an unknown one', () => {
    const catalogue = listOperations(services.ops)
      .map((op) => op.name)
      .sort();
    const bound = operationBindings(services)
      .map((b) => b.op.name)
      .sort();
    expect(bound).toEqual(catalogue);
    const routes = operationBindings(services).map((b) => `${b.method} ${b.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('has a permission, a cache scope and an example for every operation', () => {
    for (const op of listOperations(services.ops)) {
      expect(ACTIONS[op.action], `${op.name}: permission`).toBeDefined();
      expect(['public', 'private', 'none'], `${op.name}: cache scope`).toContain(op.cache);
      if (ACTIONS[op.action].kind !== 'anyone') expect(op.cache, `${op.name} is not public data`).not.toBe('public');
    }
    expect(Object.keys(EXAMPLES).sort()).toEqual(
      listOperations(services.ops)
        .map((op) => op.name)
        .sort(),
    );
  });

  it('serves every bound route with its success status', async () => {
    const failures: string[] = [];
    for (const binding of operationBindings(services)) {
      const example = await EXAMPLES[binding.op.name]?.(w);
      if (!example) continue;
      const path = binding.path.replace(/\{(\w+)\}/g, (_, key: string) =>
        encodeURIComponent(example.params?.[key] ?? `missing-${key}`),
      );
      const qs = new URLSearchParams(example.query ?? {}).toString();
      const caller = typeof example.as === 'function' ? example.as(w) : (example.as ?? browser(w.app));
      const url = `${path}${qs ? `?${qs}` : ''}`;
      const res = example.raw
        ? await rawRequest(w.app, caller, binding.method.toUpperCase(), url, example.raw)
        : await caller.request(binding.method.toUpperCase(), url, example.body);
      const expected = binding.status ?? 200;
      if (res.status !== expected) {
        failures.push(`${binding.op.name} ${binding.method.toUpperCase()} ${path}: ${res.status} ${await res.text()}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
