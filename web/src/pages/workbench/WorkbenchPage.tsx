/**
 * /workbench — the methodologists' workbench: the drafts (status, base edition, counts, who and
 * when), a new draft from the current edition or empty for a new standard, and a standard
 * imported from a file (XLSX template, CASE, CSV, JSON) as a draft, and the standard as files. Signed out: the sign-in
 * prompt; signed in without the methodologist role: said plainly (the API would answer 403).
 */
import { SignedIn } from '../../components/account/common';
import { useTitle } from '../../components/useTitle';
import { Downloads } from '../../components/workbench/Downloads';
import { DraftsTable } from '../../components/workbench/DraftsTable';
import { ImportForm } from '../../components/workbench/ImportForm';
import { NewDraft } from '../../components/workbench/NewDraft';
import { MethodologistsOnly } from '../../components/workbench/StatusBadge';
import '../../components/workbench/workbench.css';
import { useI18n } from '../../i18n';

export default function WorkbenchPage() {
  const { t } = useI18n();
  useTitle(t('wb.title'));
  return (
    <div className="wb-page">
      <h1>{t('wb.title')}</h1>
      <SignedIn>
        {(me) =>
          me.user.platformRoles.includes('methodologist') ? (
            <>
              <p className="wb-lead">{t('wb.lead')}</p>
              <div className="wb-start">
                <NewDraft />
                <ImportForm me={me} />
              </div>
              <DraftsTable />
              <Downloads />
            </>
          ) : (
            <MethodologistsOnly />
          )
        }
      </SignedIn>
    </div>
  );
}
