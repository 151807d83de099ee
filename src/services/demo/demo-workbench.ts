/**
 * The demo's workbench (issue 14): two methodologists, clearly fictional (names say DEMO, emails
 * at example.com), who join the demo college through invitations and are granted the
 * methodologist role by the operator; and one draft of Order 262's next edition in which the
 * demo methodologist rewords one skill and sends it for review, so a visitor signed in as the
 * reviewer sees the workbench, the change, the impact (the demo programme and certificates)
 * and can approve and publish. Built through the same operations a methodologist uses.
 */
import type { Services } from '../index.js';
import type { Credentials } from '../operations/authenticate.js';
import type { DemoRunner } from './load-demo.js';

export const DEMO_METHODOLOGIST = {
  email: 'demo.methodologist@example.com',
  displayName: 'Демо әдіскер-стандарттаушы (DEMO)',
  password: 'kasip-demo-methodologist',
} as const;

export const DEMO_REVIEWER = {
  email: 'demo.reviewer@example.com',
  displayName: 'Демо сарапшы-әдіскер (DEMO)',
  password: 'kasip-demo-reviewer',
} as const;

/** The skill the demo draft rewords (card 3412-0-008 level 4, the demo programme's card). */
export const DEMO_DRAFT_SKILL = '3412-0-008.4.f1.t1.s1';
export const DEMO_DRAFT_TEXT = 'Қызмет көрсету аймағындағы көмекке мұқтаж азаматтарды анықтайды және есепке алады.';

export type DemoWorkbenchResult = {
  draftId: string;
  methodologist: { email: string; password: string; displayName: string };
  reviewer: { email: string; password: string; displayName: string };
  /** The draft's page in the web app. */
  open: { draftUrl: string };
};

async function joinAsMethodologist(
  services: Services,
  run: DemoRunner,
  orgId: string,
  person: typeof DEMO_METHODOLOGIST | typeof DEMO_REVIEWER,
  operator: Credentials,
): Promise<Credentials> {
  const { ops } = services;
  const invitation = await run(
    `invite ${person.email}`,
    ops.orgs.invite,
    { orgId, email: person.email, roles: ['member'] },
    operator,
  );
  const token = invitation.link.slice(invitation.link.lastIndexOf('/') + 1);
  const joined = await run(
    `${person.email} accepts the invitation`,
    ops.orgs.acceptInvitation,
    { token, displayName: person.displayName, password: person.password, consent: true },
    {},
  );
  await run(
    `make ${person.email} a methodologist`,
    ops.users.setPlatformRole,
    { email: person.email, role: 'methodologist' },
    operator,
  );
  return { session: joined.session.secret, csrf: joined.csrfToken };
}

export async function loadDemoWorkbench(
  services: Services,
  run: DemoRunner,
  collegeId: string,
  operator: Credentials,
): Promise<DemoWorkbenchResult> {
  const { ops } = services;
  const author = await joinAsMethodologist(services, run, collegeId, DEMO_METHODOLOGIST, operator);
  await joinAsMethodologist(services, run, collegeId, DEMO_REVIEWER, operator);

  const draft = await run(
    'the methodologist starts a draft of the next edition',
    ops.drafts.create,
    { body: { from: 'edition', edition: 'current' } },
    author,
  );
  const items = await run('read the draft items', ops.drafts.items, { draftId: draft.id }, author);
  const skill = items.items.find((i) => i.id === DEMO_DRAFT_SKILL);
  if (!skill) throw new Error(`The current edition lacks skill ${DEMO_DRAFT_SKILL}, which the demo draft rewords.`);
  const edited = await run(
    'the methodologist rewords a skill',
    ops.drafts.edit,
    {
      draftId: draft.id,
      edits: [{ op: 'update', id: DEMO_DRAFT_SKILL, revision: skill.revision, text: { kk: DEMO_DRAFT_TEXT } }],
    },
    author,
  );
  await run(
    'the methodologist sends the draft for review',
    ops.draftReview.submit,
    { draftId: draft.id, revision: edited.revision },
    author,
  );
  const publicUrl = services.accounts.publicUrl;
  return {
    draftId: draft.id,
    methodologist: { ...DEMO_METHODOLOGIST },
    reviewer: { ...DEMO_REVIEWER },
    open: { draftUrl: `${publicUrl}/workbench/drafts/${draft.id}/review` },
  };
}
