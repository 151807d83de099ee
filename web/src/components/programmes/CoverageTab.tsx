/**
 * The coverage tab: the summary in words, the heat map of the cards' items against the modules
 * (filtered by status; the filter is in the address, `?show=uncovered`, so "Mark final" can link
 * to exactly the items that block it), the written exceptions, and hours per labour function.
 */
import { useEffect, useState } from 'react';
import { apiUrl, fetchJson } from '../../api/client';
import { type CoverageRow, getCoverage } from '../../api/programme-tabs';
import { usePrivate } from '../../api/session';
import type { CardDetail } from '../../api/types';
import { useI18n } from '../../i18n';
import { useLocation } from '../../router';
import { ErrorBox, Loading } from '../Status';
import { ExceptionDialog, RemoveException } from './CoverageException';
import { CoverageHours } from './CoverageHours';
import {
  COVERAGE_FILTERS,
  CoverageLegend,
  CoverageMatrix,
  type CoverageFilter,
  isCoverageFilter,
} from './CoverageMatrix';
import { CoverageSummary } from './CoverageSummary';
import type { ProgrammeContent, ProgrammeTabProps } from './tab-props';
import './programme-tabs.css';

/** The official Kazakh names of the cards' tasks (headings of the matrix); empty if a card cannot be read. */
function useTaskNames(cards: ProgrammeContent['cards']): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = cards.map((c) => `${c.code}/${c.level}@${c.editionId}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the cards
  useEffect(() => {
    let live = true;
    Promise.all(
      cards.map((c) =>
        fetchJson<CardDetail>(apiUrl(`/cards/${c.code}/${c.level}`, { edition: c.editionId, lang: 'kk' })).catch(
          () => null,
        ),
      ),
    ).then((details) => {
      if (!live) return;
      const map = new Map<string, string>();
      for (const d of details)
        for (const f of d?.card.labourFunctions ?? []) for (const task of f.tasks) map.set(task.id, task.name.kk);
      setNames(map);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}

function setFilterInAddress(filter: CoverageFilter) {
  const url = new URL(window.location.href);
  if (filter === 'all') url.searchParams.delete('show');
  else url.searchParams.set('show', filter);
  // Replace, not push: a filter is a view of this tab, not a page to go back to; no scroll to top.
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function CoverageTab(props: ProgrammeTabProps) {
  const { orgId, programme } = props;
  const { t } = useI18n();
  const { search } = useLocation();
  const asked = new URLSearchParams(search).get('show');
  const filter: CoverageFilter = isCoverageFilter(asked) ? asked : 'all';
  const coverage = usePrivate(`${orgId}/${programme.id}@${programme.version}`, () => getCoverage(orgId, programme.id));
  const taskNames = useTaskNames(programme.content.cards);
  const [excepting, setExcepting] = useState<CoverageRow | null>(null);
  const editable = programme.status === 'draft';

  if (coverage.error) return <ErrorBox error={coverage.error} onRetry={coverage.reload} />;
  if (!coverage.data) return <Loading />;
  const report = coverage.data;
  const count = (f: CoverageFilter) =>
    f === 'all' ? report.rows.length : report.rows.filter((r) => r.status === f).length;

  const statusCell = (row: CoverageRow) => (
    <>
      <span className="prog-status-word">{t(`prog.coverage.st.${row.status}`)}</span>
      {row.status === 'excepted' && row.exceptionReason && (
        <span className="prog-reason">
          <span className="visually-hidden">{t('prog.coverage.reason')}: </span>
          {row.exceptionReason}
        </span>
      )}
      {editable && row.status === 'uncovered' && (
        <button
          type="button"
          className="secondary small prog-noprint"
          onClick={() => setExcepting(row)}
          data-testid="exception-add"
        >
          {t('prog.coverage.exceptionAdd')}
          <span className="visually-hidden"> {row.itemId}</span>
        </button>
      )}
      {editable && row.status === 'excepted' && <RemoveException {...props} row={row} />}
    </>
  );

  return (
    <div className="prog-coverage" data-testid="coverage-tab">
      <CoverageSummary coverage={report} content={programme.content} />
      <section aria-labelledby="prog-matrix-title" className="prog-matrix-section">
        <h2 id="prog-matrix-title">{t('prog.coverage.title')}</h2>
        <fieldset className="prog-filter prog-noprint" data-testid="coverage-filter">
          <legend>{t('prog.coverage.filter')}</legend>
          {COVERAGE_FILTERS.map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="coverage-filter"
                value={f}
                checked={filter === f}
                onChange={() => setFilterInAddress(f)}
              />{' '}
              {t(`prog.coverage.show.${f}`)} <span className="muted">({count(f)})</span>
            </label>
          ))}
        </fieldset>
        {!editable && <p className="muted small prog-noprint">{t('prog.coverage.readOnly')}</p>}
        <CoverageMatrix
          coverage={report}
          content={programme.content}
          filter={filter}
          taskNames={taskNames}
          statusCell={statusCell}
        />
        <CoverageLegend />
      </section>
      <CoverageHours coverage={report} />
      {excepting && <ExceptionDialog {...props} row={excepting} onClose={() => setExcepting(null)} />}
    </div>
  );
}
