/**
 * The coverage heat map: the cards' skill and knowledge items (grouped by labour function, then
 * task) against the programme's modules. A cell says how many of the module's outcomes link the
 * item, in its text as well as its colour (0, 1, 2 or more), and the status column says covered,
 * theory only, uncovered or excepted, so nothing is told by colour alone. The table scrolls in
 * its own box with the item column sticky, so a 360 px page never scrolls sideways.
 */
import { Fragment, type ReactNode } from 'react';
import type { Coverage, CoverageRow, CoverageStatus, ProgrammeContent } from '../../api/programme-tabs';
import { useI18n } from '../../i18n';
import { ItemId } from '../ItemId';

export type CoverageFilter = 'all' | Exclude<CoverageStatus, 'covered'>;
export const COVERAGE_FILTERS: readonly CoverageFilter[] = ['all', 'uncovered', 'theory-only', 'excepted'];

export const isCoverageFilter = (value: string | null): value is CoverageFilter =>
  (COVERAGE_FILTERS as readonly (string | null)[]).includes(value);

type Group = { key: string; name: string; tasks: { taskId: string | null; rows: CoverageRow[] }[] };

/** Rows in the report's order, grouped by labour function and then by task. */
export function groupRows(coverage: Coverage, rows: CoverageRow[]): Group[] {
  const names = new Map(coverage.functions.map((f) => [f.labourFunctionId, f.kk]));
  const groups: Group[] = [];
  for (const row of rows) {
    let group = groups.find((g) => g.key === row.labourFunctionId);
    if (!group) {
      group = { key: row.labourFunctionId, name: names.get(row.labourFunctionId) ?? '', tasks: [] };
      groups.push(group);
    }
    let task = group.tasks.find((x) => x.taskId === row.taskId);
    if (!task) {
      task = { taskId: row.taskId, rows: [] };
      group.tasks.push(task);
    }
    task.rows.push(row);
  }
  return groups;
}

const heat = (count: number) => Math.min(count, 2);

export function CoverageMatrix({
  coverage,
  content,
  filter,
  taskNames,
  statusCell,
}: {
  coverage: Coverage;
  content: ProgrammeContent;
  filter: CoverageFilter;
  /** The official Kazakh name of each task, by id (empty while the card is being read). */
  taskNames: ReadonlyMap<string, string>;
  /** The status column's content for a row (its word, an exception's reason and buttons). */
  statusCell: (row: CoverageRow) => ReactNode;
}) {
  const { t } = useI18n();
  const modules = content.modules;
  const shown = filter === 'all' ? coverage.rows : coverage.rows.filter((r) => r.status === filter);
  const groups = groupRows(coverage, shown);
  const span = modules.length + 2;
  return (
    <div className="prog-matrix-scroll" data-testid="coverage-matrix-box">
      <table className="prog-matrix" data-testid="coverage-matrix">
        <caption className="visually-hidden">{t('prog.coverage.matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="prog-matrix-item">
              {t('prog.coverage.item')}
            </th>
            {modules.map((m) => {
              const practical = m.kind === 'practice' || m.hours.practice > 0;
              return (
                <th scope="col" key={m.id} className="prog-matrix-module" title={m.name}>
                  <span className="prog-module-code">{m.code}</span>
                  <span className="prog-module-kind">{t(`prog.kind.${m.kind}`)}</span>
                  {practical && (
                    <span className="prog-practical" title={t('prog.coverage.practical')}>
                      <span aria-hidden="true">⚒</span>
                      <span className="visually-hidden">{t('prog.coverage.practical')}</span>
                    </span>
                  )}
                </th>
              );
            })}
            <th scope="col" className="prog-matrix-status">
              {t('prog.coverage.status')}
            </th>
          </tr>
        </thead>
        {groups.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={span} className="muted" data-testid="coverage-empty">
                {t('prog.coverage.noneShown')}
              </td>
            </tr>
          </tbody>
        )}
        {groups.map((g) => (
          <tbody key={g.key}>
            <tr className="prog-matrix-function">
              <th scope="rowgroup" colSpan={span}>
                <span className="prog-sticky-label">
                  <ItemId id={g.key} /> <span lang="kk">{g.name}</span>
                </span>
              </th>
            </tr>
            {g.tasks.map((task) => (
              <Fragment key={task.taskId ?? '-'}>
                {task.taskId && (
                  <tr className="prog-matrix-task">
                    <th scope="rowgroup" colSpan={span}>
                      <span className="prog-sticky-label">
                        <ItemId id={task.taskId} /> <span lang="kk">{taskNames.get(task.taskId) ?? ''}</span>
                      </span>
                    </th>
                  </tr>
                )}
                {task.rows.map((row) => (
                  <tr key={row.itemId} data-item={row.itemId} data-status={row.status}>
                    <th scope="row" className="prog-matrix-item">
                      <span className={`prog-itemkind-badge prog-kind-${row.kind}`}>
                        {t(row.kind === 'skill' ? 'prog.coverage.skill' : 'prog.coverage.knowledge')}
                      </span>{' '}
                      <ItemId id={row.itemId} />
                      <span className="prog-matrix-text" lang="kk">
                        {row.kk}
                      </span>
                    </th>
                    {modules.map((m) => {
                      const count = row.cells.find((c) => c.moduleId === m.id)?.outcomeIds.length ?? 0;
                      const label = t('prog.coverage.cell', { count, module: m.code });
                      return (
                        <td key={m.id} className={`prog-heat prog-heat-${heat(count)}`} title={label}>
                          <span aria-hidden="true">{count === 0 ? '·' : count}</span>
                          <span className="visually-hidden">{label}</span>
                        </td>
                      );
                    })}
                    <td className={`prog-matrix-status prog-status-${row.status}`}>{statusCell(row)}</td>
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The colour steps of the cells, named (the legend under the matrix). */
export function CoverageLegend() {
  const { t } = useI18n();
  return (
    <ul className="prog-legend" aria-label={t('prog.coverage.legend')}>
      {[0, 1, 2].map((step) => (
        <li key={step}>
          <span className={`prog-swatch prog-heat-${step}`} aria-hidden="true" />{' '}
          {t(`prog.coverage.legend${step as 0 | 1 | 2}`)}
        </li>
      ))}
      <li>
        <span aria-hidden="true">⚒</span> {t('prog.coverage.practical')}
      </li>
    </ul>
  );
}
