/**
 * Hours per labour function: each module's hours shared out over the functions of the items it
 * links (the report does the sums), with how many of each function's items are covered, and the
 * hours of modules that link no item of the cards.
 */
import type { Coverage } from '../../api/programme-tabs';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { ItemId } from '../ItemId';

export function CoverageHours({ coverage }: { coverage: Coverage }) {
  const { t, lang } = useI18n();
  const n = (value: number) => formatNumber(value, lang);
  return (
    <section aria-labelledby="prog-hours-title" className="prog-hours">
      <h2 id="prog-hours-title">{t('prog.coverage.hoursTitle')}</h2>
      <div className="prog-tab-table-scroll">
        <table className="prog-tab-table" data-testid="coverage-hours">
          <thead>
            <tr>
              <th scope="col">{t('prog.coverage.function')}</th>
              <th scope="col" className="prog-num">
                {t('prog.coverage.hours')}
              </th>
              <th scope="col" className="prog-num">
                {t('prog.coverage.itemsCovered')}
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.functions.map((f) => (
              <tr key={f.labourFunctionId}>
                <th scope="row">
                  <ItemId id={f.labourFunctionId} /> <span lang="kk">{f.kk}</span>
                </th>
                <td className="prog-num">{n(f.hours)}</td>
                <td className="prog-num">{t('prog.coverage.ofItems', { covered: n(f.covered), items: n(f.items) })}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('prog.coverage.unattributed')}</th>
              <td className="prog-num" data-testid="coverage-unattributed">
                {n(coverage.unattributedHours)}
              </td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('prog.coverage.hoursNote')}</p>
    </section>
  );
}
