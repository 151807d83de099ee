/**
 * Results per labour function: theory and practice percents, and passed or not passed in words
 * (the colour only repeats what the text says). A part that does not count shows so.
 */
import type { CandidateDecision, FunctionResult } from '../../../api/assessment-decisions';
import { formatPercent } from '../../../format';
import { type Lang, useI18n } from '../../../i18n';

const percent = (value: number | null, notCounted: string, lang: Lang) =>
  value === null ? notCounted : formatPercent(value, lang);

export function FunctionResultsTable({
  functions,
  results,
  caption,
}: {
  functions: CandidateDecision['functions'];
  results: readonly FunctionResult[];
  caption: string;
}) {
  const { t, lang } = useI18n();
  const nameOf = new Map(functions.map((f) => [f.labourFunctionId, f]));
  return (
    <div className="hr-table-scroll">
      <table className="hr-table dec-results" data-testid="function-results">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dec.col.function')}</th>
            <th scope="col">{t('dec.col.theory')}</th>
            <th scope="col">{t('dec.col.practical')}</th>
            <th scope="col">{t('dec.col.result')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => {
            const f = nameOf.get(r.labourFunctionId);
            return (
              <tr key={r.labourFunctionId} data-passed={r.passed}>
                <th scope="row" lang={f && !f.official ? undefined : 'kk'}>
                  {f?.name ?? r.labourFunctionId}
                </th>
                <td>{percent(r.theoryPercent, t('dec.notCounted'), lang)}</td>
                <td>
                  {percent(r.practicalPercent, t('dec.notCounted'), lang)}
                  {r.criticalMissed && <span className="dec-critical-missed"> ({t('dec.criticalMissed')})</span>}
                </td>
                <td className={r.passed ? 'dec-pass' : 'dec-fail'}>{r.passed ? t('dec.passed') : t('dec.failed')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
