/** An item's state against the base edition in words (never colour alone): new, changed, deprecated. */
import type { ItemState } from '../../api/workbench';
import { useI18n } from '../../i18n';

export function StateBadge({ state }: { state: ItemState }) {
  const { t } = useI18n();
  if (state === 'unchanged') return null;
  return (
    <span className={`wb-badge wb-state-${state}`} data-state={state}>
      {t(`wb.state.${state}`)}
    </span>
  );
}
