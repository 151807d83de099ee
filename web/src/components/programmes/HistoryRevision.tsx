/**
 * One revision's document, read-only and compact: its volume, then each module (code, name, kind,
 * hours) with its outcomes, their criteria count, method and linked item ids, and the exceptions.
 */
import type { ProgrammeContent } from '../../api/programme-tabs';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { ItemId } from '../ItemId';

export function HistoryRevision({ content }: { content: ProgrammeContent }) {
  const { t, lang } = useI18n();
  const n = (value: number) => formatNumber(value, lang);
  const exceptions = content.exceptions ?? [];
  return (
    <div className="prog-revision" data-testid="revision-view">
      <p>
        <strong>{content.title}</strong> ·{' '}
        {t('prog.history.volume', { value: n(content.volume.value), unit: t(`prog.unit.${content.volume.unit}`) })}
      </p>
      {content.modules.length === 0 && <p className="muted">{t('prog.history.noModules')}</p>}
      <ol className="prog-revision-modules">
        {content.modules.map((m) => (
          <li key={m.id}>
            <p>
              <strong>{m.code}</strong> {m.name} <span className="muted small">({t(`prog.kind.${m.kind}`)})</span>{' '}
              <span className="muted small">
                {t('prog.history.hours', { theory: n(m.hours.theory), practice: n(m.hours.practice) })}
              </span>
            </p>
            <ul>
              {(m.outcomes ?? []).map((o) => (
                <li key={o.id}>
                  {o.text}{' '}
                  <span className="muted small">
                    ({t(`prog.method.${o.method}`)};{' '}
                    {t('prog.history.criteria', { count: n((o.criteria ?? []).length) })})
                  </span>
                  {(o.itemIds ?? []).length > 0 && (
                    <span className="prog-revision-items">
                      {(o.itemIds ?? []).map((id) => (
                        <ItemId key={id} id={id} />
                      ))}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {exceptions.length > 0 && (
        <>
          <p>
            <strong>{t('prog.history.exceptions')}</strong>
          </p>
          <ul>
            {exceptions.map((e) => (
              <li key={e.itemId}>
                <ItemId id={e.itemId} /> — {e.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
