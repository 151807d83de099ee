/** A draft's status in words, and the plain "only methodologists" answer to a 403. */
import type { DraftStatus } from '../../api/workbench';
import { useI18n } from '../../i18n';

export function StatusBadge({ status }: { status: DraftStatus }) {
  const { t } = useI18n();
  return (
    <span className={`wb-badge wb-status wb-status-${status}`} data-status={status} data-testid="wb-status">
      {t(`wb.status.${status}`)}
    </span>
  );
}

export function MethodologistsOnly() {
  const { t } = useI18n();
  return (
    <p className="notice" data-testid="wb-methodologists-only">
      {t('wb.onlyMethodologists')}
    </p>
  );
}
