/**
 * Every operation Kasip has, in one list. The HTTP adapter binds each to a route, the CLI runs
 * some of them, and the tests build the authorisation matrix and the route inventory from this
 * list, so an operation added here without a route, a permission row or a test fails the build.
 */
import type { AccountsConfig } from '../../config.js';
import { adminOperations } from '../accounts/admin.js';
import { auditOperations } from '../accounts/audit.ops.js';
import { authOperations } from '../accounts/auth.ops.js';
import { orgOperations } from '../accounts/org.ops.js';
import { passwordResetOperations } from '../accounts/password-reset.ops.js';
import { privacyOperations } from '../accounts/privacy.ops.js';
import { careerOperations } from '../analysis/career.ops.js';
import { diffOperations } from '../analysis/diff.ops.js';
import { qualificationOperations } from '../analysis/qualification.ops.js';
import { qualityOperations } from '../analysis/quality.ops.js';
import type { UseCases } from '../index.js';
import { type Mailer, NO_MAIL } from '../mail/mailer.js';
import { attestationDocumentOperations } from '../hr/attestation-documents.ops.js';
import { attestationOnlineTestOperations } from '../hr/attestation-online-test.ops.js';
import { attestationOperations } from '../hr/attestation.ops.js';
import { calendarFeedOperations } from '../hr/calendar-feed.ops.js';
import { developmentPlanOperations } from '../hr/development-plan.ops.js';
import { type Cards, cardBook } from '../hr/hr-context.js';
import { hrOverviewOperations } from '../hr/hr-overview.ops.js';
import { staffImportOperations } from '../hr/staff-import.ops.js';
import { staffOperations } from '../hr/staff.ops.js';
import type { AssessmentDeps } from '../assessment/assessment-deps.js';
import { candidateTestOperations } from '../assessment/candidate-test.ops.js';
import { decisionOperations } from '../assessment/decisions.ops.js';
import { instrumentOperations } from '../assessment/instruments.ops.js';
import { interchangeOperations } from '../assessment/interchange.ops.js';
import { scoringOperations } from '../assessment/scoring.ops.js';
import { sessionOperations } from '../assessment/sessions.ops.js';
import { credentialOperations } from '../certificates/credentials.ops.js';
import { type ProgrammeDeps, editionCardBooks } from '../programmes/programme-deps.js';
import { programmeExportOperations } from '../programmes/programme-exports.ops.js';
import { programmeImportOperations } from '../programmes/programme-import.ops.js';
import { programmeOperations } from '../programmes/programmes.ops.js';
import { editionOperations } from '../registry/edition.ops.js';
import { latinOperations } from '../registry/latin.ops.js';
import { caseOperations } from '../workbench/case.ops.js';
import { draftReviewOperations } from '../workbench/draft-review.ops.js';
import { draftOperations } from '../workbench/drafts.ops.js';
import { standardCsvOperations } from '../workbench/standard-csv.ops.js';
import { standardImportOperations } from '../workbench/standard-import.ops.js';
import { standardXlsxOperations } from '../workbench/standard-xlsx.ops.js';
import type { WorkbenchDeps } from '../workbench/workbench-deps.js';
import { healthOperations } from '../registry/health.ops.js';
import { registryOperations } from '../registry/registry.ops.js';
import { searchOperations } from '../registry/search.ops.js';
import type { Operation } from './operation.js';

export type OperationDeps = { accounts: AccountsConfig; useCases: UseCases; mailer?: Mailer };

export function createOperations({ accounts, useCases, mailer = NO_MAIL }: OperationDeps) {
  // The HR operations share one assembly of the current edition's cards, kept per edition id;
  // a replaced edition keeps its id, so a change (here or, through NOTIFY, elsewhere) starts a new one.
  let book = cardBook();
  let editionBooks = editionCardBooks();
  useCases.editions.onChange(() => {
    book = cardBook();
    editionBooks = editionCardBooks();
  });
  const cards: Cards = (db) => book(db);
  const assessment: AssessmentDeps = { cards, accounts };
  const programme: ProgrammeDeps = { cards, editionCards: (db, id) => editionBooks(db, id), accounts };
  const workbench: WorkbenchDeps = { useCases, accounts };
  return {
    auth: authOperations(accounts),
    orgs: orgOperations(accounts, mailer),
    resets: passwordResetOperations(accounts, mailer),
    registry: registryOperations(useCases),
    editions: editionOperations(useCases),
    latin: latinOperations(useCases),
    search: searchOperations(useCases),
    health: healthOperations(useCases),
    qualification: qualificationOperations(useCases),
    quality: qualityOperations(useCases),
    career: careerOperations(useCases),
    diff: diffOperations(useCases),
    audit: auditOperations(),
    privacy: privacyOperations(),
    users: adminOperations(),
    staff: staffOperations(cards),
    staffImport: staffImportOperations(cards),
    attestation: attestationOperations(),
    attestationDocs: attestationDocumentOperations(cards),
    attestationTests: attestationOnlineTestOperations(),
    calendarFeeds: calendarFeedOperations(accounts),
    plans: developmentPlanOperations(cards),
    hr: hrOverviewOperations(cards),
    instruments: instrumentOperations(assessment),
    instrumentFiles: interchangeOperations(assessment),
    sessions: sessionOperations(assessment),
    candidateTest: candidateTestOperations(assessment),
    scoring: scoringOperations(assessment),
    decisions: decisionOperations(assessment),
    certificates: credentialOperations(assessment),
    programmes: programmeOperations(programme),
    programmeImport: programmeImportOperations(programme),
    programmeExports: programmeExportOperations(programme),
    drafts: draftOperations(workbench),
    draftReview: draftReviewOperations(workbench),
    standardImport: standardImportOperations(workbench),
    standardXlsx: standardXlsxOperations(workbench),
    standardCsv: standardCsvOperations(workbench),
    caseApi: caseOperations(workbench),
  };
}

export type Operations = ReturnType<typeof createOperations>;

/** The catalogue as a flat list, for the tests and the inventory. */
export function listOperations(ops: Operations): Operation[] {
  return Object.values(ops).flatMap((group) => Object.values(group) as Operation[]);
}
