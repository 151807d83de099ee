import { lazy, Suspense } from 'react';
import { apiUrl, useApi } from '../api/client';
import type { CareerGraph, Levels } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { Text } from '../components/Text';
import { TranslatedSection } from '../components/TranslatedSection';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link } from '../router';

const CareerGraphView = lazy(() => import('../components/CareerGraph'));

export default function LevelsPage() {
  const { t, lang } = useI18n();
  useTitle(t('levels.title'));
  const levels = useApi<Levels>(apiUrl('/levels', { lang }));
  const graph = useApi<CareerGraph>(apiUrl('/career/graph', { lang }));

  return (
    <div className="levels-page">
      <h1>{t('levels.title')}</h1>
      <p className="lead">{t('levels.lead')}</p>
      {levels.loading && <Loading />}
      {levels.error && <ErrorBox error={levels.error} onRetry={levels.retry} />}
      {levels.data && (
        <TranslatedSection texts={levels.data.levels.flatMap((l) => l.cards.map((c) => c.name))} originals={false}>
          <ol className="level-grid">
            {levels.data.levels.map((l) => (
              <li key={l.level} className={l.cards.length ? 'level-box' : 'level-box empty'}>
                <section aria-labelledby={`level-${l.level}`}>
                  <h2 id={`level-${l.level}`}>{t('common.sqfLevel', { n: l.level })}</h2>
                  {l.cards.length === 0 ? (
                    <p className="muted small">{t('levels.empty')}</p>
                  ) : (
                    <ul>
                      {l.cards.map((c) => (
                        <li key={`${c.code}/${c.level}`}>
                          <Link href={`/cards/${c.code}/${c.level}`}>
                            <Text d={c.name} />
                          </Link>{' '}
                          <span className="code small">{c.code}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              </li>
            ))}
          </ol>
        </TranslatedSection>
      )}

      {/* A plain block, not a region: the graph inside is the region of this name (CareerGraph's
          scroll box), and two landmarks of one name confuse a screen reader's landmark list. */}
      <div className="career">
        <h2 id="graph-title">{t('levels.graph')}</h2>
        <p className="muted">{t('levels.graphLead')}</p>
        <ul className="legend">
          <li>
            <span className="legend-line solid" aria-hidden="true" /> {t('levels.legendStated')}
          </li>
          <li>
            <span className="legend-line dashed" aria-hidden="true" /> {t('levels.legendNext')}
          </li>
          <li>
            <span className="legend-box" aria-hidden="true" /> {t('levels.legendNoCard')}
          </li>
        </ul>
        {graph.loading && <Loading />}
        {graph.error && <ErrorBox error={graph.error} onRetry={graph.retry} />}
        {graph.data && (
          <>
            <Suspense fallback={<Loading label={t('levels.graphLoading')} />}>
              <CareerGraphView graph={graph.data} />
            </Suspense>
            <CareerList graph={graph.data} />
          </>
        )}
      </div>
    </div>
  );
}

/** The graph as a list: every card with the cards it leads to. What keyboard and screen-reader users use. */
function CareerList({ graph }: { graph: CareerGraph }) {
  const { t } = useI18n();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes = [...graph.nodes].sort((a, b) => a.level - b.level || a.code.localeCompare(b.code));
  return (
    <>
      <h3 id="career-list-title">{t('levels.list')}</h3>
      <ul className="career-list" aria-labelledby="career-list-title" data-testid="career-list">
        {nodes.map((n) => {
          const seen = new Set<string>();
          const next = graph.edges.filter((e) => {
            if (e.from !== n.id || seen.has(e.to)) return false;
            seen.add(e.to);
            return true;
          });
          const unresolved = graph.unresolved.filter((u) => u.from === n.id);
          return (
            <li key={n.id}>
              <Link href={`/cards/${n.code}/${n.level}`}>
                <Text d={n.name} />
              </Link>{' '}
              <span className="muted small">
                {n.code} · {t('common.level', { n: n.level })}
              </span>
              <div className="next-steps">
                <span className="muted">{t('levels.leadsTo')}</span>{' '}
                {next.length + unresolved.length === 0 ? (
                  <span className="muted">{t('levels.noNext')}</span>
                ) : (
                  <ul>
                    {next.map((e) => {
                      const target = byId.get(e.to);
                      if (!target) return null;
                      return (
                        <li key={e.to}>
                          →{' '}
                          <Link href={`/cards/${target.code}/${target.level}`}>
                            <Text d={target.name} />
                          </Link>{' '}
                          <span className="muted small">
                            ({t('common.level', { n: target.level })}, {t(`levels.edge.${e.kind}`)})
                          </span>
                        </li>
                      );
                    })}
                    {unresolved.map((u) => (
                      <li key={u.linkId}>
                        → <Text d={u.name} />{' '}
                        <span className="muted small">
                          ({t('common.level', { n: u.level })}, <span className="no-card">{t('common.noCard')}</span>)
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
