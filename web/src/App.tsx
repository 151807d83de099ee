import { lazy, Suspense, useEffect } from 'react';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import { I18nProvider } from './i18n';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { useLocation } from './router';
import './styles/account.css';

// Every page but the home page is its own chunk: the first load carries only what it shows.
const CardsPage = lazy(() => import('./pages/CardsPage'));
const CardPage = lazy(() => import('./pages/CardPage'));
const SearchPage = lazy(() => import('./pages/SearchPage'));
const LevelsPage = lazy(() => import('./pages/LevelsPage'));
const TermsPage = lazy(() => import('./pages/TermsPage'));
const SourcePage = lazy(() => import('./pages/SourcePage'));
const LatinPage = lazy(() => import('./pages/LatinPage'));
const CategoryPage = lazy(() => import('./pages/CategoryPage'));
const BatchCheckPage = lazy(() => import('./pages/BatchCheckPage'));
const CareerPage = lazy(() => import('./pages/CareerPage'));
const SelfAssessmentPage = lazy(() => import('./pages/SelfAssessmentPage'));
const QualityPage = lazy(() => import('./pages/QualityPage'));
const ChangesPage = lazy(() => import('./pages/ChangesPage'));
const SignInPage = lazy(() => import('./pages/SignInPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));
const OrgsPage = lazy(() => import('./pages/OrgsPage'));
const OrgPage = lazy(() => import('./pages/OrgPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const InvitePage = lazy(() => import('./pages/InvitePage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));
const StaffPage = lazy(() => import('./pages/StaffPage'));
const StaffImportPage = lazy(() => import('./pages/StaffImportPage'));
const StaffMemberPage = lazy(() => import('./pages/StaffMemberPage'));
const AttestationPage = lazy(() => import('./pages/AttestationPage'));
const StaffDashboardPage = lazy(() => import('./pages/StaffDashboardPage'));
const MyRecordPage = lazy(() => import('./pages/MyRecordPage'));
const AssessmentPage = lazy(() => import('./pages/assessment/AssessmentPage'));
const SpecificationPage = lazy(() => import('./pages/assessment/SpecificationPage'));
const ItemBankPage = lazy(() => import('./pages/assessment/ItemBankPage'));
const SessionPage = lazy(() => import('./pages/assessment/SessionPage'));
const CandidatePage = lazy(() => import('./pages/assessment/CandidatePage'));
const SessionResultsPage = lazy(() => import('./pages/assessment/SessionResultsPage'));
const TakeTestPage = lazy(() => import('./pages/assessment/TakeTestPage'));
const VerifyPage = lazy(() => import('./pages/certificates/VerifyPage'));
const CertificatesPage = lazy(() => import('./pages/certificates/CertificatesPage'));
const ProgrammesPage = lazy(() => import('./pages/programmes/ProgrammesPage'));
const NewProgrammePage = lazy(() => import('./pages/programmes/NewProgrammePage'));
const ProgrammePage = lazy(() => import('./pages/programmes/ProgrammePage'));
const WorkbenchPage = lazy(() => import('./pages/workbench/WorkbenchPage'));
const DraftPage = lazy(() => import('./pages/workbench/DraftPage'));

const CARD_PATH = /^\/cards\/(\d{4}-\d-\d{3})\/([1-8])$/;
const ORG_PATH = /^\/orgs\/([^/]+)$/;
const ORG_AUDIT_PATH = /^\/orgs\/([^/]+)\/audit$/;
const ORG_HR_PATH = /^\/orgs\/([^/]+)\/(staff|staff\/import|staff\/dashboard|attestation)$/;
const STAFF_PATH = /^\/orgs\/([^/]+)\/staff\/([^/]+)$/;
const ASSESSMENT_PATH = /^\/orgs\/([^/]+)\/assessment(?:\/(bank|certificates))?$/;
const SPEC_PATH = /^\/orgs\/([^/]+)\/assessment\/specs\/([^/]+)$/;
const SESSION_PATH = /^\/orgs\/([^/]+)\/assessment\/sessions\/([^/]+)(?:\/(results))?$/;
const CANDIDATE_PATH = /^\/orgs\/([^/]+)\/assessment\/sessions\/([^/]+)\/candidates\/([^/]+)$/;
const PROGRAMMES_PATH = /^\/orgs\/([^/]+)\/programmes(?:\/(new))?$/;
const PROGRAMME_PATH = /^\/orgs\/([^/]+)\/programmes\/([^/]+?)(?:\/(coverage|history|impact))?$/;
const DRAFT_PATH = /^\/workbench\/drafts\/([^/]+?)(?:\/(checks|changes|review))?$/;
const TEST_PATH = /^\/test\/([^/]+)$/;
const VERIFY_PATH = /^\/verify(?:\/([^/]+))?$/;
const INVITE_PATH = /^\/invite\/([^/]+)$/;
const RESET_PATH = /^\/reset\/([^/]+)$/;

function decode(part: string | undefined): string {
  try {
    return decodeURIComponent(part ?? '');
  } catch {
    return part ?? '';
  }
}

function Page({ path }: { path: string }) {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const card = CARD_PATH.exec(clean);
  if (card) return <CardPage key={clean} code={card[1] ?? ''} level={Number(card[2])} />;
  const org = ORG_PATH.exec(clean);
  if (org) return <OrgPage key={clean} orgId={decode(org[1])} />;
  const orgAudit = ORG_AUDIT_PATH.exec(clean);
  if (orgAudit) return <AuditPage key={clean} orgId={decode(orgAudit[1])} />;
  const hr = ORG_HR_PATH.exec(clean);
  if (hr) {
    const orgId = decode(hr[1]);
    if (hr[2] === 'staff') return <StaffPage key={clean} orgId={orgId} />;
    if (hr[2] === 'attestation') return <AttestationPage key={clean} orgId={orgId} />;
    if (hr[2] === 'staff/dashboard') return <StaffDashboardPage key={clean} orgId={orgId} />;
    return <StaffImportPage key={clean} orgId={orgId} />;
  }
  const staff = STAFF_PATH.exec(clean);
  if (staff) return <StaffMemberPage key={clean} orgId={decode(staff[1])} staffId={decode(staff[2])} />;
  const assessment = ASSESSMENT_PATH.exec(clean);
  if (assessment) {
    const orgId = decode(assessment[1]);
    if (assessment[2] === 'bank') return <ItemBankPage key={clean} orgId={orgId} />;
    if (assessment[2] === 'certificates') return <CertificatesPage key={clean} orgId={orgId} />;
    return <AssessmentPage key={clean} orgId={orgId} />;
  }
  const spec = SPEC_PATH.exec(clean);
  if (spec) return <SpecificationPage key={clean} orgId={decode(spec[1])} specId={decode(spec[2])} />;
  const candidate = CANDIDATE_PATH.exec(clean);
  if (candidate)
    return (
      <CandidatePage
        key={clean}
        orgId={decode(candidate[1])}
        sessionId={decode(candidate[2])}
        candidateId={decode(candidate[3])}
      />
    );
  const session = SESSION_PATH.exec(clean);
  if (session) {
    const props = { orgId: decode(session[1]), sessionId: decode(session[2]) };
    return session[3] ? <SessionResultsPage key={clean} {...props} /> : <SessionPage key={clean} {...props} />;
  }
  const programmes = PROGRAMMES_PATH.exec(clean);
  if (programmes) {
    const orgId = decode(programmes[1]);
    return programmes[2] ? (
      <NewProgrammePage key={clean} orgId={orgId} />
    ) : (
      <ProgrammesPage key={clean} orgId={orgId} />
    );
  }
  const programme = PROGRAMME_PATH.exec(clean);
  if (programme)
    return (
      <ProgrammePage
        key={`${programme[1]}/${programme[2]}`}
        orgId={decode(programme[1])}
        programmeId={decode(programme[2])}
        tab={(programme[3] as 'coverage' | 'history' | 'impact' | undefined) ?? 'modules'}
      />
    );
  const draft = DRAFT_PATH.exec(clean);
  if (draft)
    return (
      <DraftPage
        key={draft[1]}
        draftId={decode(draft[1])}
        tab={(draft[2] as 'checks' | 'changes' | 'review' | undefined) ?? 'items'}
      />
    );
  const test = TEST_PATH.exec(clean);
  if (test) return <TakeTestPage key={clean} token={test[1] ?? ''} />;
  const verify = VERIFY_PATH.exec(clean);
  if (verify) return <VerifyPage key={clean} credentialId={verify[1] ? decode(verify[1]) : null} />;
  const invite = INVITE_PATH.exec(clean);
  if (invite) return <InvitePage key={clean} token={invite[1] ?? ''} />;
  const reset = RESET_PATH.exec(clean);
  if (reset) return <ResetPasswordPage key={clean} token={reset[1] ?? ''} />;
  switch (clean) {
    case '/':
    case '':
      return <HomePage />;
    case '/cards':
      return <CardsPage />;
    case '/search':
      return <SearchPage />;
    case '/levels':
      return <LevelsPage />;
    case '/terms':
      return <TermsPage />;
    case '/source':
      return <SourcePage />;
    case '/latin':
      return <LatinPage />;
    case '/category':
      return <CategoryPage />;
    case '/category/batch':
      return <BatchCheckPage />;
    case '/career':
      return <CareerPage />;
    case '/self-assessment':
      return <SelfAssessmentPage />;
    case '/quality':
      return <QualityPage />;
    case '/changes':
      return <ChangesPage />;
    case '/signin':
      return <SignInPage />;
    case '/account':
      return <AccountPage />;
    case '/orgs':
      return <OrgsPage />;
    case '/audit':
      return <AuditPage />;
    case '/my-record':
      return <MyRecordPage />;
    case '/workbench':
      return <WorkbenchPage />;
    default:
      return <NotFoundPage />;
  }
}

/** Printing opens every collapsed section, and closes them again afterwards. */
function usePrintOpensDetails() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      const closed = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      for (const d of closed) d.open = true;
      opened.push(...closed);
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

export function App() {
  const { pathname } = useLocation();
  usePrintOpensDetails();
  return (
    <I18nProvider>
      <Layout>
        <Suspense fallback={<Loading />}>
          <Page path={pathname} />
        </Suspense>
      </Layout>
    </I18nProvider>
  );
}
