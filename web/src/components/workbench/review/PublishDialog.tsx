/**
 * Publishing an approved draft: the dialog shows first what publishing affects downstream (GET
 * /v1/drafts/{id}/impact: stored categories, programmes, assessment specifications, certificates
 * and development plans that point at changed or removed items, each with its organisation and a
 * link), then asks for the order that approves the edition (number and date, registration number
 * and date, in force from) and publishes it with the draft revision it was read at.
 */
import { type FormEvent, useId, useState } from 'react';
import { usePrivate } from '../../../api/session';
import {
  type Draft,
  type DraftImpact,
  getImpact,
  type ImpactEntry,
  type PublishOrder,
  type PublishResult,
  publishDraft,
} from '../../../api/workbench-review';
import { type Translate, useI18n } from '../../../i18n';
import { Link } from '../../../router';
import { WbDialog } from '../WbDialog';
import { ErrorBox, Loading } from '../../Status';
import { StepError } from './StepError';

/** The entry's name in the page's language, from its fields (the server's `label` is English). */
function entryLabel(entry: ImpactEntry, t: Translate): string {
  const card = entry.card ? { code: entry.card.code, level: entry.card.level } : { code: '', level: 0 };
  switch (entry.kind) {
    case 'stored-category':
      return t('wbr.impact.label.categories', { count: entry.count ?? 0, ...card });
    case 'certificate':
      return t('wbr.impact.label.certificate', { number: entry.name ?? entry.targetId, ...card });
    case 'assessment-spec':
      return entry.name ?? t('wbr.impact.label.spec', card);
    case 'development-plan':
      return t('wbr.impact.label.plan', { count: entry.count ?? entry.items.length });
    default:
      return entry.name ?? entry.targetId;
  }
}

function EntryView({ entry }: { entry: ImpactEntry }) {
  const { t } = useI18n();
  const label = entryLabel(entry, t);
  return (
    <li data-testid="impact-entry" data-kind={entry.kind} data-target={entry.targetId}>
      <p>
        <span className="wbr-tag">{t(`wbr.impact.kind.${entry.kind}`)}</span>{' '}
        {entry.href ? (
          <Link href={entry.href} target="_blank" rel="noopener">
            {label}
          </Link>
        ) : (
          <strong>{label}</strong>
        )}{' '}
        <span className="muted small">· {entry.orgName}</span>
      </p>
      <ul className="inline-list small">
        {entry.items.map((i) => (
          <li key={i.itemId} data-item={i.itemId} data-change={i.change}>
            <code>{i.itemId}</code> ({t(`wbr.impact.${i.change}`)})
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ImpactList({ impact }: { impact: DraftImpact }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="wbr-impact-title" className="wbr-impact" data-testid="impact-list">
      <h3 id="wbr-impact-title">{t('wbr.impact.title')}</h3>
      <p className="small">{t('wbr.impact.lead', { changed: impact.changedItems, removed: impact.removedItems })}</p>
      {impact.entries.length === 0 ? (
        <p data-testid="impact-none">{t('wbr.impact.none')}</p>
      ) : (
        <ul className="wbr-impact-entries">
          {impact.entries.map((e) => (
            <EntryView key={`${e.kind}/${e.targetId}`} entry={e} />
          ))}
        </ul>
      )}
    </section>
  );
}

const EMPTY_ORDER: PublishOrder = {
  number: '',
  date: '',
  registration: { number: '', date: '' },
  inForceFrom: '',
};

function OrderFields({ order, onChange }: { order: PublishOrder; onChange: (order: PublishOrder) => void }) {
  const { t } = useI18n();
  const ids = { number: useId(), date: useId(), regNumber: useId(), regDate: useId(), inForce: useId() };
  return (
    <fieldset className="wbr-order">
      <legend>{t('wbr.publish.order')}</legend>
      <div className="form-row">
        <div className="field">
          <label htmlFor={ids.number}>{t('wbr.publish.number')}</label>
          <input
            id={ids.number}
            required
            maxLength={40}
            value={order.number}
            onChange={(e) => onChange({ ...order, number: e.target.value })}
            data-testid="publish-number"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.date}>{t('wbr.publish.date')}</label>
          <input
            id={ids.date}
            type="date"
            required
            value={order.date}
            onChange={(e) => onChange({ ...order, date: e.target.value })}
            data-testid="publish-date"
          />
        </div>
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={ids.regNumber}>{t('wbr.publish.regNumber')}</label>
          <input
            id={ids.regNumber}
            required
            maxLength={40}
            value={order.registration.number}
            onChange={(e) => onChange({ ...order, registration: { ...order.registration, number: e.target.value } })}
            data-testid="publish-reg-number"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.regDate}>{t('wbr.publish.regDate')}</label>
          <input
            id={ids.regDate}
            type="date"
            required
            value={order.registration.date}
            onChange={(e) => onChange({ ...order, registration: { ...order.registration, date: e.target.value } })}
            data-testid="publish-reg-date"
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.inForce}>{t('wbr.publish.inForceFrom')}</label>
        <input
          id={ids.inForce}
          type="date"
          required
          value={order.inForceFrom}
          onChange={(e) => onChange({ ...order, inForceFrom: e.target.value })}
          data-testid="publish-in-force"
        />
      </div>
    </fieldset>
  );
}

export function PublishDialog({
  draft,
  onClose,
  onPublished,
}: {
  draft: Draft;
  onClose: () => void;
  onPublished: (result: PublishResult) => void;
}) {
  const { t } = useI18n();
  const impact = usePrivate(`${draft.id}@${draft.revision}`, () => getImpact(draft.id));
  const [order, setOrder] = useState<PublishOrder>(EMPTY_ORDER);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onPublished(
        await publishDraft(draft, {
          ...order,
          number: order.number.trim(),
          registration: { ...order.registration, number: order.registration.number.trim() },
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <WbDialog title={t('wbr.publish.title')} onClose={onClose} testId="publish-dialog">
      <div className="wbr-dialog-body">
        {impact.error && <ErrorBox error={impact.error} onRetry={impact.reload} />}
        {!impact.data && !impact.error && <Loading />}
        {impact.data && <ImpactList impact={impact.data} />}
        <form onSubmit={submit} aria-label={t('wbr.publish.title')}>
          <OrderFields order={order} onChange={setOrder} />
          {error !== null && <StepError error={error} />}
          <div className="button-row">
            <button type="submit" disabled={busy || !impact.data} data-testid="publish-confirm">
              {t('wbr.publish.confirm')}
            </button>
            <button type="button" className="secondary" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </div>
    </WbDialog>
  );
}
