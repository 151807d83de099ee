/**
 * /workbench — the methodologists' workbench: the drafts (status, base edition, counts, who and
 * when), a new draft from the current edition or empty for a new standard, and a standard
 * imported from a file (XLSX template, CASE, CSV, JSON) as a draft. Slice B1 builds it.
 */
import { useTitle } from '../../components/useTitle';
import { useI18n } from '../../i18n';

export default function WorkbenchPage() {
  const { t } = useI18n();
  useTitle(t('wb.title'));
  return (
    <main>
      <h1>{t('wb.title')}</h1>
    </main>
  );
}
