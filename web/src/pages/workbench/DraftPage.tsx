/**
 * /workbench/drafts/:draftId[/checks|/changes|/review] — one draft edition: the item editor
 * (slice B1), the live checks, the changes against the base edition and the review (comments,
 * workflow, publishing with its impact) (slice B2).
 */
import { useTitle } from '../../components/useTitle';
import { useI18n } from '../../i18n';

export type DraftTab = 'items' | 'checks' | 'changes' | 'review';

export default function DraftPage({ draftId, tab }: { draftId: string; tab: DraftTab }) {
  const { t } = useI18n();
  useTitle(t('wbr.title'));
  return (
    <main data-draft={draftId} data-tab={tab}>
      <h1>{t('wbr.title')}</h1>
    </main>
  );
}
