/**
 * One programme. SHELL owned by the editor slice: it loads the programme, shows its header
 * (title, status, version, the actions and downloads from components/programmes), the tab links
 * (modules, coverage, history, impact; each its own URL) and the tab's component.
 */
import { useI18n } from '../../i18n';
import type { ProgrammeTabProps } from '../../components/programmes/tab-props';

export type ProgrammeTab = 'modules' | 'coverage' | 'history' | 'impact';

export default function ProgrammePage({
  orgId,
  programmeId,
  tab,
}: {
  orgId: string;
  programmeId: string;
  tab: ProgrammeTab;
}) {
  const { t } = useI18n();
  const _props: ProgrammeTabProps | undefined = undefined;
  return (
    <h1 data-org={orgId} data-programme={programmeId} data-tab={tab}>
      {t('prog.editor.title')}
    </h1>
  );
}
