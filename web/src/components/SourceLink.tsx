import type { Source } from '../api/types';
import { sourceHref } from '../format';
import { useI18n } from '../i18n';
import { Link } from '../router';

/** "Show in source" for an item: opens the official text at its lines, highlighted. */
export function SourceLink({
  source,
  compact = false,
}: {
  source?: Source | { lines: [number, number] };
  compact?: boolean;
}) {
  const { t } = useI18n();
  if (!source) return null;
  const [from, to] = source.lines;
  const lines = from === to ? t('common.sourceLine', { from }) : t('common.sourceLines', { from, to });
  return (
    <Link className="source-link" href={sourceHref(source.lines)} title={`${t('common.showInSource')}: ${lines}`}>
      {compact ? lines : `${t('common.showInSource')} (${lines})`}
    </Link>
  );
}
