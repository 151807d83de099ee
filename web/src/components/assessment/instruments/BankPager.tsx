/**
 * The page size of the item bank's lists, what both lists take as props, and the previous/next
 * pager shown under a list longer than one page.
 */
import { useI18n } from '../../../i18n';

export const PAGE = 50;

/** What the bank page hands to each of its lists. */
export type Section = {
  orgId: string;
  card: { code: string; level: number };
  author: string;
  onChange: () => void;
  tick: number;
  canManage: boolean;
};

export function BankPager({
  offset,
  shown,
  total,
  onOffset,
  label,
}: {
  offset: number;
  shown: number;
  total: number;
  onOffset: (offset: number) => void;
  label: string;
}) {
  const { t } = useI18n();
  if (total <= PAGE) return null;
  return (
    <nav className="hr-pager hr-noprint" aria-label={label}>
      <button
        type="button"
        className="secondary"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - PAGE))}
      >
        {t('hr.prev')}
      </button>
      <span>{t('hr.pageOf', { from: offset + 1, to: offset + shown, total })}</span>
      <button
        type="button"
        className="secondary"
        disabled={offset + PAGE >= total}
        onClick={() => onOffset(offset + PAGE)}
      >
        {t('hr.next')}
      </button>
    </nav>
  );
}
