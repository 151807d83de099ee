/**
 * A proposed or imported programme before it is created: its header, what it holds (modules,
 * outcomes, card items linked, link suggestions to review) and its modules one per row. The
 * focus comes here when it appears, so a keyboard or screen reader user hears the result.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { contentCounts, type ProgrammeContent } from '../../api/programmes';
import { useI18n } from '../../i18n';

export function NewPreview({
  content,
  heading,
  children,
  busy,
  onCreate,
  onBack,
}: {
  content: ProgrammeContent;
  heading: string;
  /** What else to show before the modules (the import's warnings). */
  children?: ReactNode;
  busy: boolean;
  onCreate: () => void;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const counts = contentCounts(content);
  const card = content.cards[0];
  return (
    <section aria-labelledby="preview-title" className="prog-preview" data-testid="prog-preview">
      <h2 id="preview-title" ref={title} tabIndex={-1}>
        {heading}
      </h2>
      <p className="prog-preview-title" lang={content.lang} data-testid="preview-title">
        <strong>{content.title}</strong>
      </p>
      <p className="muted">
        {t(`prog.type.${content.type}`)} · {t(`prog.lang.${content.lang}`)}
        {card && (
          <>
            {' '}
            · {card.code} / {card.level}
          </>
        )}
        {content.volume.value > 0 && (
          <>
            {' '}
            · {content.volume.value} {t(`prog.unit.${content.volume.unit}`)}
          </>
        )}
      </p>
      <dl className="prog-counts" data-testid="preview-counts">
        {(['modules', 'outcomes', 'items', 'suggestions'] as const).map((k) => (
          <div key={k} className="prog-count" data-count={k}>
            <dt>{t(`prog.preview.count.${k}`)}</dt>
            <dd data-testid={`preview-count-${k}`}>{counts[k]}</dd>
          </div>
        ))}
      </dl>
      {children}
      {content.modules.length > 0 ? (
        <table className="prog-table prog-stack" data-testid="preview-modules">
          <caption>{t('prog.preview.modules')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('prog.preview.th.code')}</th>
              <th scope="col">{t('prog.preview.th.name')}</th>
              <th scope="col">{t('prog.preview.th.kind')}</th>
              <th scope="col">{t('prog.preview.th.hours')}</th>
              <th scope="col">{t('prog.preview.th.outcomes')}</th>
            </tr>
          </thead>
          <tbody lang={content.lang}>
            {content.modules.map((m) => (
              <tr key={m.id}>
                <td data-label={t('prog.preview.th.code')}>{m.code}</td>
                <th scope="row" data-label={t('prog.preview.th.name')}>
                  {m.name}
                </th>
                <td data-label={t('prog.preview.th.kind')}>{t(`prog.kind.${m.kind}`)}</td>
                <td data-label={t('prog.preview.th.hours')}>
                  {t('prog.preview.hours', { theory: m.hours.theory, practice: m.hours.practice })}
                </td>
                <td data-label={t('prog.preview.th.outcomes')}>{(m.outcomes ?? []).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('prog.preview.noModules')}</p>
      )}
      <p className="button-row prog-noprint">
        <button type="button" onClick={onCreate} disabled={busy} data-testid="create-programme">
          {t('prog.preview.create')}
        </button>
        <button type="button" className="secondary" onClick={onBack} disabled={busy}>
          {t('prog.preview.back')}
        </button>
      </p>
    </section>
  );
}
