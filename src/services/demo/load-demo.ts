/**
 * `kasip demo load`: the whole assessment flow on demo data, through the same operations a user
 * runs, so the demo shows only what Kasip can really do and breaks when they break. Into an
 * empty database only: a demo mixed into a centre's real bank would be hard to take out again.
 *
 * The operator (the CLI) creates the organisation, invites the demo assessor and loads the
 * content marked demo (only the operator may mark content demo); the assessor, signed in through
 * the invitation, reviews, publishes, runs the session, scores and decides, so the audit trail
 * reads as it would for real work; the candidates answer through their secret test links.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { checkDemoAgainstCard, parseDemoContent } from '../../domain/assessment/demo-content.js';
import { AppError } from '../../domain/shared/errors.js';
import { demoBlockers } from '../../storage/repositories/demo.repository.js';
import { cardBook } from '../hr/hr-context.js';
import type { Services } from '../index.js';
import type { Credentials } from '../operations/authenticate.js';
import type { Operation } from '../operations/operation.js';
import { DEMO_ASSESSOR, DEMO_ORG } from './demo-people.js';
import { type DemoProgrammeResult, loadDemoProgramme } from './demo-programme.js';
import { runDemoAssessment } from './demo-session.js';
import { type DemoWorkbenchResult, loadDemoWorkbench } from './demo-workbench.js';

export const DEMO_CONTENT_FILE = fileURLToPath(
  new URL('../../../data/demo/assessment/2635-3-001-5.yaml', import.meta.url),
);

export type DemoLoadResult = {
  demo: true;
  orgId: string;
  orgName: string;
  card: { code: string; level: number };
  specId: string;
  sessionId: string;
  /** Questions loaded; `reviewedItems` of them reviewed (the Kazakh ones; the Russian twins stay drafts). */
  items: number;
  reviewedItems: number;
  tasks: number;
  assessor: { email: string; password: string; displayName: string; signInUrl: string };
  candidates: { id: string; fullName: string; outcome: 'passed' | 'failed' }[];
  credentials: { id: string; number: string; holderName: string; revoked: boolean; verifyUrl: string }[];
  /** Pages of the web app to open once signed in as the assessor. */
  open: { assessmentUrl: string; bankUrl: string; sessionUrl: string; certificatesUrl: string };
  /** The education provider «Demo college», its designer and a final demo programme (issue 13). */
  programme: DemoProgrammeResult;
  /** Two methodologists and a draft of Order 262's next edition, in review (issue 14). */
  workbench: DemoWorkbenchResult;
};

/** Runs an operation as whoever `credentials` names, naming the step when it fails. */
export type DemoRunner = <I extends z.ZodType, O extends z.ZodType>(
  step: string,
  op: Operation<I, O>,
  input: z.input<I>,
  credentials?: Credentials,
) => Promise<z.output<O>>;

function runnerFor(services: Services, assessor: () => Credentials): DemoRunner {
  return async (step, op, input, credentials) => {
    try {
      return await services.pipeline.execute(op, input, { credentials: credentials ?? assessor(), clientIp: 'cli' });
    } catch (error) {
      if (error instanceof AppError) {
        // The database now holds part of the demo; the message says so and what to do.
        throw new AppError(
          error.code,
          `The demo load stopped at "${step}": ${error.message} The database holds part of the demo; start again from an empty database.`,
          error.errors,
        );
      }
      throw error;
    }
  };
}

const OPERATOR: Credentials = { operator: true };

export async function loadDemo(services: Services, opts: { contentFile?: string } = {}): Promise<DemoLoadResult> {
  const raw = parse(await readFile(opts.contentFile ?? DEMO_CONTENT_FILE, 'utf8'), { uniqueKeys: true });
  const content = parseDemoContent(raw);

  const db = services.database.db;
  const blockers = await demoBlockers(db, DEMO_ORG.name);
  if (blockers.length > 0) {
    const found = blockers.map((b) => (b.kind === 'demo_org' ? `the organisation «${b.name}»` : `rows in ${b.table}`));
    throw new AppError(
      'conflict',
      `The demo loads into an empty database only, and this one already has ${found.join(', ')}. Use a new data directory (KASIP_DATA_DIR) or database.`,
    );
  }
  const card = (await cardBook()(db)).find(content.card.code, content.card.level);
  if (!card) {
    throw new AppError(
      'not_found',
      `The demo needs card ${content.card.code} level ${content.card.level}, which the current edition lacks: run \`kasip load\` first.`,
    );
  }
  const problems = checkDemoAgainstCard(content, card);
  if (problems.length > 0) {
    throw new AppError(
      'invalid_data_file',
      'The demo content does not fit the current edition’s card.',
      problems.map((p) => ({
        path: 'where' in p ? p.where : p.kind,
        message: 'id' in p ? `${p.kind}: ${p.id}` : p.message,
      })),
    );
  }

  let assessorCredentials: Credentials = OPERATOR;
  const run = runnerFor(services, () => assessorCredentials);
  const { ops } = services;

  // The centre and its assessor, who joins through an invitation like anyone else.
  const org = await run('create the organisation', ops.orgs.create, DEMO_ORG, OPERATOR);
  const invitation = await run(
    'invite the assessor',
    ops.orgs.invite,
    { orgId: org.id, email: DEMO_ASSESSOR.email, roles: DEMO_ASSESSOR.roles },
    OPERATOR,
  );
  const token = invitation.link.slice(invitation.link.lastIndexOf('/') + 1);
  const joined = await run(
    'the assessor accepts the invitation',
    ops.orgs.acceptInvitation,
    { token, displayName: DEMO_ASSESSOR.displayName, password: DEMO_ASSESSOR.password, consent: true },
    {},
  );
  assessorCredentials = { session: joined.session.secret, csrf: joined.csrfToken };

  const flow = await runDemoAssessment(services, run, {
    orgId: org.id,
    content,
    operator: OPERATOR,
    assessorUserId: joined.user.id,
  });
  const programme = await loadDemoProgramme(services, run, OPERATOR);
  const workbench = await loadDemoWorkbench(services, run, programme.orgId, OPERATOR);
  const publicUrl = services.accounts.publicUrl;
  return {
    demo: true,
    orgId: org.id,
    orgName: org.name,
    card: content.card,
    specId: flow.specId,
    sessionId: flow.sessionId,
    items: content.items.length,
    reviewedItems: content.items.filter((i) => i.lang === 'kk').length,
    tasks: content.tasks.length,
    assessor: {
      email: DEMO_ASSESSOR.email,
      password: DEMO_ASSESSOR.password,
      displayName: DEMO_ASSESSOR.displayName,
      signInUrl: `${publicUrl}/signin`,
    },
    candidates: flow.candidates,
    credentials: flow.credentials.map((c) => ({ ...c, verifyUrl: `${publicUrl}/verify/${c.id}` })),
    open: {
      assessmentUrl: `${publicUrl}/orgs/${org.id}/assessment`,
      bankUrl: `${publicUrl}/orgs/${org.id}/assessment/bank`,
      sessionUrl: `${publicUrl}/orgs/${org.id}/assessment/sessions/${flow.sessionId}`,
      certificatesUrl: `${publicUrl}/orgs/${org.id}/assessment/certificates`,
    },
    programme,
    workbench,
  };
}
