/** The review moves of an instrument: review a draft, retire a reviewed one, send either back to draft. */
import { useState } from 'react';
import type { ReviewStatus } from '../../../api/assessment-instruments';
import { useI18n } from '../../../i18n';
import { HrError } from '../../hr/common';

export function StatusButtons({
  status,
  name,
  onMove,
}: {
  status: ReviewStatus;
  /** What the buttons act on, for their accessible names ("Review: <stem>"). */
  name: string;
  onMove: (to: ReviewStatus) => Promise<void>;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const moves: ReviewStatus[] =
    status === 'draft' ? ['reviewed', 'retired'] : status === 'reviewed' ? ['draft', 'retired'] : ['draft'];
  const move = async (to: ReviewStatus) => {
    setBusy(true);
    setError(null);
    try {
      await onMove(to);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="button-row">
      {moves.map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'reviewed' ? '' : 'secondary'}
          disabled={busy}
          aria-label={`${t(`ins.move.${to}`)}: ${name}`}
          onClick={() => move(to)}
        >
          {t(`ins.move.${to}`)}
        </button>
      ))}
      {error ? <HrError error={error} inline /> : null}
    </span>
  );
}
