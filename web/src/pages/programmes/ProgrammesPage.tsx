/** An education provider's programmes. PLACEHOLDER: built by the web slice. */
import { useI18n } from '../../i18n';

export default function ProgrammesPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  return <h1 data-org={orgId}>{t('prog.title')}</h1>;
}
