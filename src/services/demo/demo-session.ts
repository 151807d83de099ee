/**
 * The demo's assessment, step by step: the bank and the tasks (loaded demo, then reviewed), the
 * published specification, a session with three candidates who take the online test through
 * their links, the practical scores, the commission's decisions, and the certificates (one kept,
 * one revoked). Deterministic: two candidates answer (nearly) every question by its key and meet
 * every criterion, and pass; the third answers a third right and misses the critical criteria,
 * and fails (demo-people.ts).
 */
import type { DemoContent } from '../../domain/assessment/demo-content.js';
import { AppError } from '../../domain/shared/errors.js';
import { todayOf } from '../hr/hr-context.js';
import type { TestItemContent } from '../../domain/assessment/instruments.js';
import type { Services } from '../index.js';
import type { Credentials } from '../operations/authenticate.js';
import type { DemoRunner } from './load-demo.js';
import { DEMO_CANDIDATES, DEMO_COMMISSION, DEMO_REVOCATION_REASON, DEMO_SESSION } from './demo-people.js';

export type DemoFlow = {
  specId: string;
  sessionId: string;
  candidates: { id: string; fullName: string; outcome: 'passed' | 'failed' }[];
  credentials: { id: string; number: string; holderName: string; revoked: boolean }[];
};

type Ctx = { orgId: string; content: DemoContent; operator: Credentials; assessorUserId: string };

/** Loads the bank and the tasks marked demo (as the operator) and has the assessor review them. */
async function loadInstruments(services: Services, run: DemoRunner, { orgId, content, operator }: Ctx) {
  const ops = services.ops.instruments;
  const items = new Map<string, TestItemContent>();
  for (const [n, item] of content.items.entries()) {
    const created = await run(
      `load question ${n + 1}`,
      ops.itemsCreate,
      { orgId, content: item, demo: true },
      operator,
    );
    items.set(created.id, item);
    // The Russian twins stay drafts: five questions cannot fill a Russian test (a specification
    // draws in one language only), and they show the assessor a translation waiting for review.
    if (item.lang !== 'kk') continue;
    await run(`review question ${n + 1}`, ops.itemsStatus, {
      orgId,
      itemId: created.id,
      version: created.version,
      status: 'reviewed',
    });
  }
  const taskIds: string[] = [];
  for (const [n, task] of content.tasks.entries()) {
    const created = await run(`load task ${n + 1}`, ops.tasksCreate, { orgId, content: task, demo: true }, operator);
    await run(`review task ${n + 1}`, ops.tasksStatus, {
      orgId,
      taskId: created.id,
      version: created.version,
      status: 'reviewed',
    });
    taskIds.push(created.id);
  }
  const spec = await run(
    'load the specification',
    ops.specsCreate,
    { orgId, content: { ...content.specification, practicalTaskIds: taskIds }, demo: true },
    operator,
  );
  const published = await run('publish the specification', ops.specsPublish, {
    orgId,
    specId: spec.id,
    version: spec.version,
  });
  return { items, taskIds, specId: published.id };
}

/** A wrong answer to an item: a choice that is not the key, or a text no key accepts. */
function wrongAnswer(item: TestItemContent): string | string[] {
  if (item.kind === 'short') return 'білмеймін';
  const wrong = item.options.find((o) => !item.key.includes(o.id));
  return [wrong?.id ?? (item.options[0]?.id as string)];
}

const answerByKey = (item: TestItemContent): string | string[] =>
  item.kind === 'short' ? (item.key[0] as string) : [...item.key];

const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

export async function runDemoAssessment(services: Services, run: DemoRunner, ctx: Ctx): Promise<DemoFlow> {
  const { orgId } = ctx;
  const { ops } = services;
  const { items, specId } = await loadInstruments(services, run, ctx);

  // The session, its commission, its assessor and its candidates, each with a test link.
  let session = await run('schedule the session', ops.sessions.create, {
    orgId,
    specId,
    title: DEMO_SESSION.title,
    place: DEMO_SESSION.place,
    startsOn: todayOf(new Date()),
  });
  const sessionId = session.id;
  session = await run('name the commission', ops.sessions.commission, {
    orgId,
    sessionId,
    members: DEMO_COMMISSION,
    version: session.version,
  });
  const assessorId = ctx.assessorUserId;
  await run('assign the assessor', ops.sessions.assign, { orgId, sessionId, userId: assessorId });
  session = await run('enrol the candidates', ops.sessions.enrol, {
    orgId,
    sessionId,
    external: DEMO_CANDIDATES.map((c) => ({ fullName: c.fullName, email: c.email })),
  });
  const enrolled = DEMO_CANDIDATES.map((person) => {
    const candidate = session.candidates.find((c) => c.fullName === person.fullName);
    if (!candidate) throw new AppError('internal_error', `The demo candidate ${person.fullName} was not enrolled.`);
    return { person, id: candidate.id };
  });

  // Each candidate opens the link, starts, answers every question and submits.
  for (const { person, id } of enrolled) {
    const { url } = await run('make a test link', ops.sessions.link, { orgId, sessionId, candidateId: id });
    const token = tokenOf(url);
    const asCandidate: Credentials = {};
    const attempt = await run('start the test', ops.candidateTest.start, { token }, asCandidate);
    for (const [n, question] of attempt.questions.entries()) {
      const item = items.get(question.itemId);
      if (!item) throw new AppError('internal_error', 'The test drew a question the demo did not load.');
      const response = person.rightAnswer(n) ? answerByKey(item) : wrongAnswer(item);
      await run(
        'answer a question',
        ops.candidateTest.answer,
        { token, itemId: question.itemId, response },
        asCandidate,
      );
    }
    await run('submit the test', ops.candidateTest.submit, { token }, asCandidate);
  }

  // The assessor marks every checklist; the commission decides by the results.
  const candidates: DemoFlow['candidates'] = [];
  for (const { person, id } of enrolled) {
    const sheet = await run('open the scoring sheet', ops.scoring.get, { orgId, candidateId: id });
    for (const task of sheet.tasks) {
      const marks = Object.fromEntries(
        task.criteria.map((c) => [c.id, person.criteriaMet === 'all' || !c.critical ? 'met' : 'not-met'] as const),
      );
      await run('score a practical task', ops.scoring.save, {
        orgId,
        candidateId: id,
        taskId: task.id,
        version: task.version,
        marks,
        note: null,
      });
    }
    // The commission follows the results' recommendation; the demo's answers and marks make it
    // passed for the first two and failed for the third (the db test holds it to that).
    const shown = await run('read the results', ops.decisions.get, { orgId, candidateId: id });
    const outcome = shown.recommendation;
    const designed = person.designed;
    if (outcome !== designed)
      throw new AppError(
        'internal_error',
        `The demo's results for ${person.fullName} recommend “${outcome}”, not the “${designed}” the demo is built to show ` +
          `(theory ${shown.functionResults.map((r) => r.theoryPercent).join(', ')} %, practice ${shown.functionResults
            .map((r) => r.practicalPercent)
            .join(', ')} %).`,
      );
    await run('record the decision', ops.decisions.record, { orgId, candidateId: id, version: 0, outcome });
    candidates.push({ id, fullName: person.fullName, outcome });
  }

  // A certificate for each who passed; the second is revoked, to show how revocation looks.
  const credentials: DemoFlow['credentials'] = [];
  for (const [n, c] of candidates.filter((c) => c.outcome === 'passed').entries()) {
    const issued = await run('issue a certificate', ops.certificates.issue, { orgId, candidateId: c.id });
    const revoked = n === 1;
    if (revoked)
      await run('revoke a certificate', ops.certificates.revoke, {
        orgId,
        credentialId: issued.id,
        reason: DEMO_REVOCATION_REASON,
      });
    credentials.push({ id: issued.id, number: issued.number, holderName: c.fullName, revoked });
  }

  const current = await run('read the session', ops.sessions.get, { orgId, sessionId });
  await run('complete the session', ops.sessions.update, {
    orgId,
    sessionId,
    status: 'completed',
    version: current.version,
  });
  return { specId, sessionId, candidates, credentials };
}
