import { useCallback, useEffect, useMemo, useState } from 'react';
import { apiUrl, useApi } from '../api/client';
import type { CardList, SourceText } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { findInText, findPhrase } from '../components/source/find-in-text';
import { SourceContents } from '../components/source/SourceContents';
import { SourceFind } from '../components/source/SourceFind';
import { matchesBySection, SourceLines } from '../components/source/SourceLines';
import { sourceOutline } from '../components/source/source-outline';
import { useTitle } from '../components/useTitle';
import { parseLineHash } from '../format';
import { useI18n } from '../i18n';
import { navigate, useLocation } from '../router';

export default function SourcePage() {
  const { t, lang } = useI18n();
  useTitle(t('source.title'));
  const { hash, search } = useLocation();
  const range = parseLineHash(hash);
  // ?edition=ID shows another edition's text (the Changes page links to the lines of both editions).
  const asked = new URLSearchParams(search).get('edition') ?? '';
  const edition = /^[0-9a-z][0-9a-z.-]*$/.test(asked) ? asked : 'current';
  const source = useApi<SourceText>(apiUrl(`/editions/${edition}/source`));
  // The cards of the same edition place the contents' card entries (their names have source lines).
  const cards = useApi<CardList>(
    apiUrl('/cards', { lang, limit: 100, edition: edition === 'current' ? undefined : edition }),
  );
  const from = range?.[0];
  const to = range?.[1];
  const lines = source.data?.lines;

  const outline = useMemo(
    () =>
      lines
        ? sourceOutline(
            lines,
            (cards.data?.cards ?? []).map((c) => ({
              code: c.code,
              level: c.level,
              name: c.name.display.text,
              nameLine: c.name.source.lines[0],
            })),
          )
        : [],
    [lines, cards.data],
  );

  const [phrase, setPhrase] = useState('');
  const [current, setCurrent] = useState(-1);
  const found = useMemo(() => (lines ? findInText(lines, phrase) : { matches: [], capped: false }), [lines, phrase]);
  const marks = useMemo(() => matchesBySection(found.matches, lines?.length ?? 0), [found, lines]);
  const onPhrase = useCallback((next: string) => setPhrase(next), []);
  // A new phrase starts at its first match (as a browser's find does).
  useEffect(() => setCurrent(found.matches.length > 0 ? 0 : -1), [found]);
  const count = found.matches.length;
  const onStep = useCallback(
    (delta: 1 | -1) => setCurrent((c) => (count === 0 ? -1 : (c + delta + count) % count)),
    [count],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new phrase's first match is index 0 again, and is scrolled to
  useEffect(() => {
    if (current < 0) return;
    document.querySelector(`mark[data-match="${current}"]`)?.scrollIntoView({ block: 'center' });
  }, [current, found]);

  useEffect(() => {
    if (!lines || from === undefined) return;
    const line = document.getElementById(`L${from}`);
    if (!line) return;
    line.scrollIntoView({ block: from === to ? 'center' : 'start' });
    line.setAttribute('tabindex', '-1');
    line.focus({ preventScroll: true });
  }, [lines, from, to]);

  return (
    <section aria-labelledby="source-title">
      <h1 id="source-title">{t('source.title')}</h1>
      <p className="lead">{t('source.lead')}</p>
      {source.loading && <Loading />}
      {source.error && <ErrorBox error={source.error} onRetry={source.retry} />}
      {source.data && lines && (
        <>
          <p className="muted small">
            {source.data.edition} · {t('source.lines', { n: lines.length })}
          </p>
          <SourceContents entries={outline} />
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
          <SourceFind
            onPhrase={onPhrase}
            count={count}
            capped={found.capped}
            current={current}
            onStep={onStep}
            searched={findPhrase(phrase) !== ''}
          />
          <SourceLines lines={lines} from={from} to={to} marks={marks} current={current} />
        </>
      )}
    </section>
  );
}
