/**
 * The coverage heat map: each skill and knowledge item of the card in a row, the number of
 * instruments that assess it printed in each cell (the colour only repeats the number), a legend,
 * and uncovered rows said in words as well as marked.
 */
import type { Coverage, CoverageRow } from '../../../api/assessment-instruments';
import { useI18n } from '../../../i18n';

const heat = (n: number) => `ins-heat-${Math.min(n, 3)}`;

export function CoverageMap({ coverage, caption }: { coverage: Coverage; caption?: string }) {
  const { t } = useI18n();
  const total = coverage.rows.length;
  const uncovered = coverage.uncovered.length;
  return (
    <div className="ins-coverage" data-testid="coverage-map">
      <p data-testid="coverage-summary">
        {uncovered === 0 ? t('ins.cov.allCovered', { total }) : t('ins.cov.summary', { uncovered, total })}
      </p>
      <ul className="ins-legend" aria-label={t('ins.cov.legend')}>
        <li>
          <span className="ins-heat-0" aria-hidden="true" />
          {t('ins.cov.legend0')}
        </li>
        <li>
          <span className="ins-heat-1" aria-hidden="true" />1
        </li>
        <li>
          <span className="ins-heat-2" aria-hidden="true" />2
        </li>
        <li>
          <span className="ins-heat-3" aria-hidden="true" />
          {t('ins.cov.legend3')}
        </li>
      </ul>
      <div className="table-scroll hr-table-scroll">
        <table className="hr-table ins-heat">
          <caption className="visually-hidden">{caption ?? t('ins.cov.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ins.cov.item')}</th>
              <th scope="col">{t('ins.cov.kind')}</th>
              <th scope="col">{t('ins.cov.reviewedItems')}</th>
              <th scope="col">{t('ins.cov.draftItems')}</th>
              <th scope="col">{t('ins.cov.reviewedTasks')}</th>
              <th scope="col">{t('ins.cov.draftTasks')}</th>
              <th scope="col">{t('ins.cov.state')}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((row) => (
              <Row key={row.id} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Row({ row }: { row: CoverageRow }) {
  const { t } = useI18n();
  const knowledge = row.kind === 'knowledge';
  // Only reviewed instruments cover an item, so only their columns are coloured: a draft column's
  // 0 is not a gap, and painting it red sent readers after gaps that were not there.
  const cell = (n: number, counts: boolean, coloured: boolean) => (
    <td className={`ins-count ${counts && coloured ? heat(n) : ''}`}>{counts ? n : '—'}</td>
  );
  return (
    <tr className={row.covered ? '' : 'ins-uncovered'} data-item-id={row.id} data-covered={row.covered}>
      <th scope="row">
        <code className="small">{row.id}</code>
        <div lang={row.display.lang}>{row.display.text}</div>
        {!row.display.official && (
          <div className="muted small" lang="kk">
            {row.kk}
          </div>
        )}
      </th>
      <td>{t(knowledge ? 'ins.cov.knowledge' : 'ins.cov.skill')}</td>
      {cell(row.reviewedItems, knowledge, true)}
      {cell(row.draftItems, knowledge, false)}
      {cell(row.reviewedTasks, !knowledge, true)}
      {cell(row.draftTasks, !knowledge, false)}
      <td>{row.covered ? t('ins.cov.covered') : <strong>{t('ins.cov.uncovered')}</strong>}</td>
    </tr>
  );
}
