/**
 * Deprecating (or restoring) an item asks first: a deprecated item leaves the next edition with
 * everything under it, and its id is never reused. Escape or "Cancel" closes the question and
 * the focus returns to the button that asked it.
 */
import { useState } from 'react';
import type { DraftItem } from '../../api/workbench';
import { useI18n } from '../../i18n';
import { EditProblem } from './EditProblem';
import { ItemLabel } from './ItemTree';
import { WbDialog } from './WbDialog';

export function DeprecateDialog({
  item,
  onConfirm,
  onClose,
  onReload,
}: {
  item: DraftItem;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const restore = item.deprecated;
  const yes = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <WbDialog
      title={t(restore ? 'wb.restore.title' : 'wb.deprecate.title')}
      onClose={onClose}
      testId="wb-deprecate-dialog"
    >
      <p>
        <ItemLabel item={item} />
      </p>
      <p>{t(restore ? 'wb.restore.question' : 'wb.deprecate.question')}</p>
      {error !== null && <EditProblem error={error} onReload={onReload} />}
      <div className="button-row">
        <button
          type="button"
          className={restore ? undefined : 'danger'}
          disabled={busy}
          onClick={() => void yes()}
          data-testid="wb-deprecate-confirm"
        >
          {t(restore ? 'wb.restore.confirm' : 'wb.deprecate.confirm')}
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice has the focus when the question opens */}
        <button type="button" className="secondary" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </WbDialog>
  );
}
