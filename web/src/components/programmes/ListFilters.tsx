/**
 * The programme list's filters: status (the default leaves archived programmes out, as the API
 * does), card code and words of the title. Applied on submit, so typing does not send a request
 * per key; the page starts again at page 1.
 */
import { type FormEvent, useId, useState } from 'react';
import { type ListFilter, PROGRAMME_STATUSES, type ProgrammeStatus } from '../../api/programmes';
import { useI18n } from '../../i18n';

export const NO_FILTER: ListFilter = { status: '', card: '', q: '', page: 1 };

const CARD_CODE = /^\d{4}-\d-\d{3}$/;

export function ListFilters({ filter, onApply }: { filter: ListFilter; onApply: (filter: ListFilter) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<ProgrammeStatus | ''>(filter.status);
  const [card, setCard] = useState(filter.card);
  const [q, setQ] = useState(filter.q);
  const [cardInvalid, setCardInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = card.trim();
    if (code && !CARD_CODE.test(code)) {
      setCardInvalid(true);
      document.getElementById(`${id}-card`)?.focus();
      return;
    }
    setCardInvalid(false);
    onApply({ status, card: code, q: q.trim(), page: 1 });
  };
  const clear = () => {
    setStatus('');
    setCard('');
    setQ('');
    setCardInvalid(false);
    onApply(NO_FILTER);
  };
  const filtered = filter.status !== '' || filter.card !== '' || filter.q !== '';
  return (
    <search className="prog-noprint">
      <form className="prog-filters" onSubmit={submit} aria-label={t('prog.list.filters')} data-testid="prog-filters">
        <div className="prog-field">
          <label htmlFor={`${id}-q`}>{t('prog.list.filter.q')}</label>
          <input id={`${id}-q`} type="search" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="prog-field">
          <label htmlFor={`${id}-status`}>{t('prog.list.filter.status')}</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as ProgrammeStatus | '')}
            data-testid="prog-filter-status"
          >
            <option value="">{t('prog.list.filter.statusCurrent')}</option>
            {PROGRAMME_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`prog.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="prog-field">
          <label htmlFor={`${id}-card`}>{t('prog.list.filter.card')}</label>
          <input
            id={`${id}-card`}
            value={card}
            inputMode="numeric"
            placeholder="2635-3-001"
            maxLength={10}
            onChange={(e) => setCard(e.target.value)}
            aria-invalid={cardInvalid || undefined}
            aria-describedby={cardInvalid ? `${id}-card-error` : undefined}
          />
          {cardInvalid && (
            <span id={`${id}-card-error`} className="field-error" role="alert">
              {t('prog.list.filter.cardInvalid')}
            </span>
          )}
        </div>
        <div className="prog-filter-buttons">
          <button type="submit">{t('prog.list.filter.apply')}</button>
          {filtered && (
            <button type="button" className="secondary" onClick={clear}>
              {t('prog.list.filter.clear')}
            </button>
          )}
        </div>
      </form>
    </search>
  );
}
