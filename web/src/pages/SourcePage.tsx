import { memo, useEffect } from 'react';
import { apiUrl, useApi } from '../api/client';
import type { SourceText } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { parseLineHash } from '../format';
import { useI18n } from '../i18n';
import { navigate, useLocation } from '../router';

export default function SourcePage() {
  const { t } = useI18n();
  useTitle(t('source.title'));
  const { hash, search } = useLocation();
  const range = parseLineHash(hash);
  // ?edition=ID shows another edition's text (the Changes page links to the lines of both editions).
  const asked = new URLSearchParams(search).get('edition') ?? '';
  const edition = /^[0-9a-z][0-9a-z.-]*$/.test(asked) ? asked : 'current';
  const source = useApi<SourceText>(apiUrl(`/editions/${edition}/source`));
  const from = range?.[0];
  const to = range?.[1];

  useEffect(() => {
    if (!source.data || from === undefined) return;
    const line = document.getElementById(`L${from}`);
    if (!line) return;
    line.scrollIntoView({ block: from === to ? 'center' : 'start' });
    line.setAttribute('tabindex', '-1');
    line.focus({ preventScroll: true });
  }, [source.data, from, to]);

  return (
    <section aria-labelledby="source-title">
      <h1 id="source-title">{t('source.title')}</h1>
      <p className="lead">{t('source.lead')}</p>
      {source.loading && <Loading />}
      {source.error && <ErrorBox error={source.error} onRetry={source.retry} />}
      {source.data && (
        <>
          <p className="muted small">
            {source.data.edition} · {t('source.lines', { n: source.data.lines.length })}
          </p>
          {range && (
            <p className="highlight-note" role="status">
              {t('source.highlighted', { from: range[0], to: range[1] })}{' '}
              <button
                type="button"
                className="secondary small"
                onClick={() => navigate(`/source${search}`, { replace: true })}
              >
                {t('source.clear')}
              </button>
            </p>
          )}
          <Lines lines={source.data.lines} from={from} to={to} />
        </>
      )}
    </section>
  );
}

const Lines = memo(function Lines({ lines, from, to }: { lines: string[]; from?: number; to?: number }) {
  return (
    <div className="source-text" lang="kk" data-testid="source-text">
      {lines.map((text, i) => {
        const n = i + 1;
        const marked = from !== undefined && to !== undefined && n >= from && n <= to;
        return (
          <div key={n} id={`L${n}`} className={marked ? 'line marked' : 'line'}>
            <a className="ln" href={`#L${n}`}>
              {n}
            </a>
            <span className="lt">{text || '\u00a0'}</span>
          </div>
        );
      })}
    </div>
  );
});
