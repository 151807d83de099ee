/**
 * The authorisation matrix: every operation against every kind of caller, decided by the one
 * policy. The rows are written out by hand and the columns are the callers; the test walks the
 * operation catalogue, so an operation added without a row (or a row left for a removed one)
 * fails, and so does any change of who may do what that the table does not also show.
 *
 * A = allowed, U = must sign in (401), F = forbidden (403), H = hidden (404: another
 * organisation's data, so its existence does not leak).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../src/config.js';
import type { Actor } from '../../src/domain/access/actor.js';
import { decide } from '../../src/domain/access/policy.js';
import type { UseCases } from '../../src/services/index.js';
import { createOperations, listOperations } from '../../src/services/operations/catalogue.js';

const ORG = 'org-a';
const user = (roles: string[], platformRoles: string[] = [], org = ORG): Actor => ({
  kind: 'user',
  userId: `user-${roles.join('+') || platformRoles.join('+')}`,
  sessionId: 'session',
  platformRoles: platformRoles as never,
  memberships: roles.length > 0 ? [{ orgId: org, roles: roles as never }] : [],
});

/** The columns, in the table's order. */
const CALLERS: [string, Actor][] = [
  ['anonymous', { kind: 'anonymous' }],
  ['member', user(['member'])],
  ['hr-officer', user(['hr-officer'])],
  ['assessor', user(['assessor'])],
  ['programme-designer', user(['programme-designer'])],
  ['org-admin', user(['org-admin'])],
  ['org-admin of another organisation', user(['org-admin'], [], 'org-b')],
  ['methodologist', user([], ['methodologist'])],
  ['platform admin', user([], ['admin'])],
  [
    'read-only token of an org-admin',
    {
      kind: 'token',
      tokenId: 'token',
      userId: 'user-token',
      platformRoles: [],
      memberships: [{ orgId: ORG, roles: ['org-admin'] }],
      scopes: ['read'],
    },
  ],
  ['operator (CLI)', { kind: 'operator' }],
];

// prettier-ignore
const EXPECTED: Record<string, string> = {
  //                               anon mem hr  ass pd  oadm out meth adm rtok op
  'auth.login': 'A    A   A   A   A   A    A   A    A   A    A',
  'auth.logout': 'U    A   A   A   A   A    A   A    A   F    A',
  'me.get': 'U    A   A   A   A   A    A   A    A   A    A',
  'me.sessions.list': 'U    A   A   A   A   A    A   A    A   A    A',
  'me.sessions.revoke-all': 'U    A   A   A   A   A    A   A    A   F    A',
  'me.tokens.list': 'U    A   A   A   A   A    A   A    A   A    A',
  'me.tokens.create': 'U    A   A   A   A   A    A   A    A   F    A',
  'me.tokens.revoke': 'U    A   A   A   A   A    A   A    A   F    A',
  'orgs.create': 'U    F   F   F   F   F    F   F    A   F    A',
  'orgs.list': 'U    A   A   A   A   A    A   A    A   A    A',
  'orgs.get': 'U    A   A   A   A   A    H   H    A   A    A',
  'orgs.members.list': 'U    F   A   F   F   A    H   H    A   A    A',
  'orgs.members.set-roles': 'U    F   F   F   F   A    H   H    A   F    A',
  'orgs.members.remove': 'U    F   F   F   F   A    H   H    A   F    A',
  'orgs.invitations.list': 'U    F   F   F   F   A    H   H    A   A    A',
  'orgs.invitations.create': 'U    F   F   F   F   A    H   H    A   F    A',
  'orgs.invitations.revoke': 'U    F   F   F   F   A    H   H    A   F    A',
  'invitations.view': 'A    A   A   A   A   A    A   A    A   A    A',
  'invitations.accept': 'A    A   A   A   A   A    A   A    A   A    A',
  'users.password-reset.create': 'U    F   F   F   F   F    F   F    A   F    A',
  'password-resets.view': 'A    A   A   A   A   A    A   A    A   A    A',
  'password-resets.complete': 'A    A   A   A   A   A    A   A    A   A    A',
  'audit.org.list': 'U    F   F   F   F   A    H   H    A   A    A',
  'audit.org.export': 'U    F   F   F   F   A    H   H    A   A    A',
  'audit.all.list': 'U    F   F   F   F   F    F   F    A   F    A',
  'audit.all.export': 'U    F   F   F   F   F    F   F    A   F    A',
  'me.export': 'U    A   A   A   A   A    A   A    A   A    A',
  'me.erase': 'U    A   A   A   A   A    A   A    A   F    A',
  'users.erase': 'U    F   F   F   F   F    F   F    A   F    A',
  'users.create-admin': 'U    F   F   F   F   F    F   F    A   F    A',
  'users.list-admins': 'U    F   F   F   F   F    F   F    A   F    A',
  'users.set-platform-role': 'U    F   F   F   F   F    F   F    A   F    A',
  // The public registry and the tools that compute from it and the caller's own input.
  'health.check': 'A    A   A   A   A   A    A   A    A   A    A',
  'editions.list': 'A    A   A   A   A   A    A   A    A   A    A',
  'editions.standards': 'A    A   A   A   A   A    A   A    A   A    A',
  'editions.get': 'A    A   A   A   A   A    A   A    A   A    A',
  'editions.export': 'A    A   A   A   A   A    A   A    A   A    A',
  'editions.source': 'A    A   A   A   A   A    A   A    A   A    A',
  'editions.latin': 'A    A   A   A   A   A    A   A    A   A    A',
  'standard-csv.bundle': 'A    A   A   A   A   A    A   A    A   A    A',
  'standard-csv.file': 'A    A   A   A   A   A    A   A    A   A    A',
  'skos.item': 'A    A   A   A   A   A    A   A    A   A    A',
  'skos.card': 'A    A   A   A   A   A    A   A    A   A    A',
  'skos.scheme': 'A    A   A   A   A   A    A   A    A   A    A',
  'editions.quality': 'A    A   A   A   A   A    A   A    A   A    A',
  'editions.diff': 'A    A   A   A   A   A    A   A    A   A    A',
  'registry.cards': 'A    A   A   A   A   A    A   A    A   A    A',
  'registry.card': 'A    A   A   A   A   A    A   A    A   A    A',
  'registry.card-print': 'A    A   A   A   A   A    A   A    A   A    A',
  'registry.item': 'A    A   A   A   A   A    A   A    A   A    A',
  'registry.terms': 'A    A   A   A   A   A    A   A    A   A    A',
  'registry.professions': 'A    A   A   A   A   A    A   A    A   A    A',
  'registry.levels': 'A    A   A   A   A   A    A   A    A   A    A',
  'registry.career-graph': 'A    A   A   A   A   A    A   A    A   A    A',
  'search.query': 'A    A   A   A   A   A    A   A    A   A    A',
  'qualification.category': 'A    A   A   A   A   A    A   A    A   A    A',
  'qualification.category-batch': 'A    A   A   A   A   A    A   A    A   A    A',
  'qualification.category-pdf': 'A    A   A   A   A   A    A   A    A   A    A',
  'career.paths': 'A    A   A   A   A   A    A   A    A   A    A',
  'career.gap': 'A    A   A   A   A   A    A   A    A   A    A',
  'career.gap-xlsx': 'A    A   A   A   A   A    A   A    A   A    A',
  'career.gap-pdf': 'A    A   A   A   A   A    A   A    A   A    A',
  // The staff register: personal data, for the organisation's HR officers and admins only.
  'staff.list': 'U    F   A   F   F   A    H   H    A   A    A',
  'staff.get': 'U    F   A   F   F   A    H   H    A   A    A',
  'staff.create': 'U    F   A   F   F   A    H   H    A   F    A',
  'staff.update': 'U    F   A   F   F   A    H   H    A   F    A',
  'staff.delete': 'U    F   A   F   F   A    H   H    A   F    A',
  'staff.link-user': 'U    F   A   F   F   A    H   H    A   F    A',
  'staff.categories.recompute': 'U    F   A   F   F   A    H   H    A   F    A',
  'staff.import.preview': 'U    F   A   F   F   A    H   H    A   F    A',
  'staff.import.commit': 'U    F   A   F   F   A    H   H    A   F    A',
  'staff.mappings.list': 'U    F   A   F   F   A    H   H    A   A    A',
  'staff.mappings.save': 'U    F   A   F   F   A    H   H    A   F    A',
  'staff.export': 'U    F   A   F   F   A    H   H    A   A    A',
  'attestation.policy.get': 'U    F   A   F   F   A    H   H    A   A    A',
  'attestation.policy.set': 'U    F   A   F   F   A    H   H    A   F    A',
  'attestation.commissions.list': 'U    F   A   F   F   A    H   H    A   A    A',
  'attestation.commissions.save': 'U    F   A   F   F   A    H   H    A   F    A',
  'attestation.schedule': 'U    F   A   F   F   A    H   H    A   A    A',
  'attestation.create': 'U    F   A   F   F   A    H   H    A   F    A',
  'attestation.record': 'U    F   A   F   F   A    H   H    A   F    A',
  'attestation.online-tests': 'U    F   A   F   F   A    H   H    A   A    A',
  'attestation.testing-from-online-test': 'U    F   A   F   F   A    H   H    A   F    A',
  'attestation.protocol': 'U    F   A   F   F   A    H   H    A   A    A',
  'attestation.calendar': 'U    F   A   F   F   A    H   H    A   A    A',
  'plans.create': 'U    F   A   F   F   A    H   H    A   F    A',
  'plans.item.update': 'U    F   A   F   F   A    H   H    A   F    A',
  'hr.dashboard': 'U    F   A   F   F   A    H   H    A   A    A',
  'attestation.feeds.list': 'U    F   A   F   F   A    H   H    A   A    A',
  'attestation.feeds.create': 'U    F   A   F   F   A    H   H    A   F    A',
  'attestation.feeds.revoke': 'U    F   A   F   F   A    H   H    A   F    A',
  // A calendar application cannot sign in: the secret in the address is the authority.
  'attestation.feed': 'A    A   A   A   A   A    A   A    A   A    A',
  // The worker's own record (found by their account, never by a parameter) and the ministry's counts.
  'me.staff': 'U    A   A   A   A   A    A   A    A   A    A',
  'me.plans.create': 'U    A   A   A   A   A    A   A    A   F    A',
  'hr.aggregate': 'U    F   F   F   F   F    F   F    A   F    A',
  // Instruments: the item bank, practical tasks, specifications, coverage (issue 12).
  'items.list': 'U    F   A   A   F   A    H   H    A   A    A',
  'items.get': 'U    F   A   A   F   A    H   H    A   A    A',
  'tasks.list': 'U    F   A   A   F   A    H   H    A   A    A',
  'tasks.get': 'U    F   A   A   F   A    H   H    A   A    A',
  'specs.list': 'U    F   A   A   F   A    H   H    A   A    A',
  'specs.get': 'U    F   A   A   F   A    H   H    A   A    A',
  'coverage.get': 'U    F   A   A   F   A    H   H    A   A    A',
  'items.create': 'U    F   F   A   F   A    H   H    A   F    A',
  'items.update': 'U    F   F   A   F   A    H   H    A   F    A',
  'items.status': 'U    F   F   A   F   A    H   H    A   F    A',
  'tasks.create': 'U    F   F   A   F   A    H   H    A   F    A',
  'tasks.update': 'U    F   F   A   F   A    H   H    A   F    A',
  'tasks.status': 'U    F   F   A   F   A    H   H    A   F    A',
  'specs.create': 'U    F   F   A   F   A    H   H    A   F    A',
  'specs.update': 'U    F   F   A   F   A    H   H    A   F    A',
  'specs.publish': 'U    F   F   A   F   A    H   H    A   F    A',
  'specs.copy': 'U    F   F   A   F   A    H   H    A   F    A',
  'tasks.draft': 'U    F   F   A   F   A    H   H    A   A    A',
  'specs.propose': 'U    F   F   A   F   A    H   H    A   A    A',
  'bank.export': 'U    F   A   A   F   A    H   H    A   A    A',
  'bank.import.preview': 'U    F   F   A   F   A    H   H    A   A    A',
  'bank.import.commit': 'U    F   F   A   F   A    H   H    A   F    A',
  'sessions.specs': 'U    F   A   A   F   A    H   H    A   A    A',
  'sessions.list': 'U    F   A   A   F   A    H   H    A   A    A',
  'sessions.get': 'U    F   A   A   F   A    H   H    A   A    A',
  'sessions.create': 'U    F   A   A   F   A    H   H    A   F    A',
  'sessions.update': 'U    F   A   A   F   A    H   H    A   F    A',
  'sessions.commission': 'U    F   A   A   F   A    H   H    A   F    A',
  'sessions.candidates.enrol': 'U    F   A   A   F   A    H   H    A   F    A',
  'sessions.candidates.remove': 'U    F   A   A   F   A    H   H    A   F    A',
  'sessions.candidates.link': 'U    F   A   A   F   A    H   H    A   F    A',
  'sessions.assessors.add': 'U    F   A   A   F   A    H   H    A   F    A',
  'sessions.assessors.remove': 'U    F   A   A   F   A    H   H    A   F    A',
  // Scoring, evidence, decisions, appeals: assessors and the org admin, never HR alone (the
  // operations narrow writes further to the session's assigned assessors).
  'scoring.get': 'U    F   F   A   F   A    H   H    A   A    A',
  'scoring.save': 'U    F   F   A   F   A    H   H    A   F    A',
  'evidence.list': 'U    F   F   A   F   A    H   H    A   A    A',
  'evidence.upload': 'U    F   F   A   F   A    H   H    A   F    A',
  'evidence.download': 'U    F   F   A   F   A    H   H    A   A    A',
  'evidence.delete': 'U    F   F   A   F   A    H   H    A   F    A',
  'decisions.get': 'U    F   F   A   F   A    H   H    A   A    A',
  'decisions.record': 'U    F   F   A   F   A    H   H    A   F    A',
  'appeals.lodge': 'U    F   F   A   F   A    H   H    A   F    A',
  'appeals.resolve': 'U    F   F   A   F   A    H   H    A   F    A',
  // A session's results and item analysis are read by whoever reads sessions (HR included).
  'sessions.results': 'U    F   A   A   F   A    H   H    A   A    A',
  'sessions.psychometrics': 'U    F   A   A   F   A    H   H    A   A    A',
  'items.send-to-review': 'U    F   F   A   F   A    H   H    A   F    A',
  // The secret test link is the authority: anyone holding it, signed in or not.
  'test.open': 'A    A   A   A   A   A    A   A    A   A    A',
  'test.start': 'A    A   A   A   A   A    A   A    A   A    A',
  'test.get': 'A    A   A   A   A   A    A   A    A   A    A',
  'test.answer': 'A    A   A   A   A   A    A   A    A   A    A',
  'test.submit': 'A    A   A   A   A   A    A   A    A   A    A',
  // Certificates: issued, revoked and keyed by the assessment centre; read and verified by anyone.
  'certificates.issue': 'U    F   F   A   F   A    H   H    A   F    A',
  'certificates.revoke': 'U    F   F   A   F   A    H   H    A   F    A',
  'certificates.issuer.rotate': 'U    F   F   A   F   A    H   H    A   F    A',
  'certificates.list': 'U    F   A   A   F   A    H   H    A   A    A',
  'certificates.pdf': 'U    F   A   A   F   A    H   H    A   A    A',
  'credentials.get': 'A    A   A   A   A   A    A   A    A   A    A',
  'credentials.verify': 'A    A   A   A   A   A    A   A    A   A    A',
  'credentials.summary': 'A    A   A   A   A   A    A   A    A   A    A',
  'certificates.lookup': 'A    A   A   A   A   A    A   A    A   A    A',
  'certificates.issuer.did': 'A    A   A   A   A   A    A   A    A   A    A',
  'certificates.status-list': 'A    A   A   A   A   A    A   A    A   A    A',
  // Programmes: the organisation's designers and admins; a read-only token reads (and proposes, which stores nothing).
  'programmes.list': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.get': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.coverage': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.revisions': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.revision': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.impact': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.propose': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.create': 'U    F   F   F   A   A    H   H    A   F    A',
  'programmes.save': 'U    F   F   F   A   A    H   H    A   F    A',
  'programmes.finalise': 'U    F   F   F   A   A    H   H    A   F    A',
  'programmes.reopen': 'U    F   F   F   A   A    H   H    A   F    A',
  'programmes.archive': 'U    F   F   F   A   A    H   H    A   F    A',
  'programmes.rebase': 'U    F   F   F   A   A    H   H    A   F    A',
  'programmes.import': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.suggest': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.import-template': 'U    F   F   F   A   A    H   H    A   A    A',
  // Programme exports: the organisation's designers and admins read them; a card's Moodle framework is public.
  'programmes.export.docx': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.export.pdf': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.export.coverage-xlsx': 'U    F   F   F   A   A    H   H    A   A    A',
  // The workbench: methodologists only (a platform role); a token of an org-admin holds none.
  'drafts.list': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.create': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.get': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.items': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.edit': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.checks': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.diff': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.comments': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.comment': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.resolveComment': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.submit': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.return': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.approve': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.withdraw': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.impact': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.publish': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.import': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.attachSource': 'U    F   F   F   F   F    F   A    F   F    A',
  'drafts.template': 'U    F   F   F   F   F    F   A    F   F    A',
  'editions.template': 'A    A   A   A   A   A    A   A    A   A    A',
  'standards.template': 'A    A   A   A   A   A    A   A    A   A    A',
  'programmes.export.moodle': 'U    F   F   F   A   A    H   H    A   A    A',
  'programmes.export.case': 'U    F   F   F   A   A    H   H    A   A    A',
  'registry.card-moodle': 'A    A   A   A   A   A    A   A    A   A    A',
  'case.documents': 'A    A   A   A   A   A    A   A    A   A    A',
  'case.package': 'A    A   A   A   A   A    A   A    A   A    A',
  'case.item': 'A    A   A   A   A   A    A   A    A   A    A',
  'case.association': 'A    A   A   A   A   A    A   A    A   A    A',
  'case.itemType': 'A    A   A   A   A   A    A   A    A   A    A',
  'case.download': 'A    A   A   A   A   A    A   A    A   A    A',
};

const LETTER = { allow: 'A', unauthenticated: 'U', forbidden: 'F', hidden: 'H' } as const;

// The matrix needs only the declarations, never a database: the use cases are never run (the
// catalogue only subscribes to edition changes, to renew the HR card book).
const declarationsOnly = { editions: { onChange: () => {} } } as unknown as UseCases;
const operations = listOperations(createOperations({ accounts: DEFAULT_ACCOUNTS, useCases: declarationsOnly }));

describe('authorisation matrix', () => {
  it('has one row for every operation, and no row for an operation that does not exist', () => {
    const names = operations.map((op) => op.name).sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(names);
  });

  it.each(operations.map((op) => [op.name, op] as const))('%s', (name, op) => {
    const row = EXPECTED[name]?.split(/\s+/) ?? [];
    expect(row, `the row of ${name} has one letter per caller`).toHaveLength(CALLERS.length);
    const got = CALLERS.map(([, actor]) => LETTER[decide(actor, op.action, { orgId: ORG }, op.writes)]);
    const wrong = CALLERS.flatMap(([caller], i) =>
      got[i] === row[i] ? [] : [`${caller}: expected ${row[i]}, the policy says ${got[i]}`],
    );
    expect(wrong).toEqual([]);
  });

  it('never lets a signed-out caller write, nor caches a write publicly', () => {
    for (const op of operations) {
      if (op.writes) expect(op.cache, op.name).not.toBe('public');
      // A candidate's test writes by the secret link alone, like accepting an invitation.
      if (op.writes && op.action !== 'auth.public' && op.action !== 'assessment.candidate') {
        expect(decide({ kind: 'anonymous' }, op.action, { orgId: ORG }, true), op.name).toBe('unauthenticated');
      }
    }
  });
});
