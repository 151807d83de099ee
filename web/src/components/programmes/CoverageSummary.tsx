/**
 * The coverage in words, before the matrix: how many skills and knowledge items are uncovered,
 * covered by theory only and excepted; whether the programme can be marked final; the volume the
 * header declares against what the modules add up to; links to ids the cards do not have.
 */
import type { Coverage, ProgrammeContent } from '../../api/programme-tabs';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { ItemId } from '../ItemId';

export function CoverageSummary({ coverage, content }: { coverage: Coverage; content: ProgrammeContent }) {
  const { t, lang } = useI18n();
  const { totals, volume, unknownLinks, blockers } = coverage;
  const n = (value: number) => formatNumber(value, lang);
  const unit = t(`prog.unit.${volume.unit}`);
  const moduleCode = (id: string) => content.modules.find((m) => m.id === id)?.code ?? id;
  const outcomeText = (moduleId: string, outcomeId: string) =>
    content.modules.find((m) => m.id === moduleId)?.outcomes?.find((o) => o.id === outcomeId)?.text ?? outcomeId;
  return (
    <section aria-labelledby="prog-coverage-summary" className="prog-summary" data-testid="coverage-summary">
      <h2 id="prog-coverage-summary">{t('prog.coverage.summaryTitle')}</h2>
      <p
        data-testid="coverage-summary-text"
        data-uncovered-skills={totals.uncoveredSkills}
        data-uncovered-knowledge={totals.uncoveredKnowledge}
      >
        {t('prog.coverage.summary', {
          skills: n(totals.uncoveredSkills),
          knowledge: n(totals.uncoveredKnowledge),
          theory: n(totals.theoryOnlySkills),
          excepted: n(totals.excepted),
        })}{' '}
        <span className="muted">
          {t('prog.coverage.ofTotal', { skills: n(totals.skills), knowledge: n(totals.knowledge) })}
        </span>
      </p>
      <p className={blockers.length > 0 ? 'prog-verdict prog-verdict-no' : 'prog-verdict prog-verdict-yes'}>
        {blockers.length > 0
          ? t('prog.coverage.blocked', { count: n(blockers.length) })
          : t('prog.coverage.finalisable')}
      </p>
      <p data-testid="coverage-volume">
        {t('prog.coverage.volume', { declared: n(volume.declared), planned: n(volume.planned), unit })}
        {volume.declared !== volume.planned && (
          <>
            {' '}
            <strong className="prog-warn">
              {t(volume.planned > volume.declared ? 'prog.coverage.volumeOver' : 'prog.coverage.volumeUnder', {
                diff: n(Math.abs(volume.planned - volume.declared)),
                unit,
              })}
            </strong>
          </>
        )}
      </p>
      {unknownLinks.length > 0 && (
        <div className="notice" role="note" data-testid="coverage-unknown">
          <p>{t('prog.coverage.unknownLinks', { count: n(unknownLinks.length) })}</p>
          <ul>
            {unknownLinks.map((u) => (
              <li key={`${u.outcomeId}/${u.itemId}`}>
                <ItemId id={u.itemId} /> — {moduleCode(u.moduleId)}: {outcomeText(u.moduleId, u.outcomeId)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
