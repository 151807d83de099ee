/** A new programme: from a card's proposal, empty, or from an imported curriculum. PLACEHOLDER: built by the web slice. */
import { useI18n } from '../../i18n';

export default function NewProgrammePage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  return <h1 data-org={orgId}>{t('prog.title')}</h1>;
}
