/**
 * Development plans with their items (each with the number of card items it addresses). HR changes an item's status (with the plan's version; a
 * finished item needs its date); the worker's own view shows them read-only.
 */
import { type FormEvent, useState } from 'react';
import { type DevelopmentPlan, PLAN_ITEM_STATUSES, type PlanItem, todayIso } from '../../api/hr';
import { api, call } from '../../api/session';
import { useI18n } from '../../i18n';
import { FormError } from '../account/common';
import { HR_WORDS, IsoDate } from './common';

export function PlanList({
  plans,
  orgId,
  onChanged,
}: {
  plans: DevelopmentPlan[];
  /** Given: items can be updated (HR). */
  orgId?: string;
  onChanged?: () => void;
}) {
  const { t } = useI18n();
  if (plans.length === 0) return <p className="muted">{t('hr.plan.none')}</p>;
  return (
    <ul className="hr-plans" data-testid="plans">
      {plans.map((plan) => (
        <li key={plan.id} className="hr-plan" data-plan-id={plan.id}>
          <h3>
            {plan.title} <span className={`hr-badge hr-plan-${plan.status}`}>{t(`hr.plan.status.${plan.status}`)}</span>
          </h3>
          <p className="muted small">
            {plan.target.code} / {plan.target.level} · <IsoDate iso={plan.createdAt.slice(0, 10)} />
          </p>
          {plan.items.length === 0 ? (
            <p className="muted">{t('hr.plan.noItems')}</p>
          ) : (
            <ol className="hr-plan-items">
              {plan.items.map((item) => (
                <li key={item.id} data-status={item.status}>
                  {orgId && onChanged ? (
                    <ItemEditor orgId={orgId} plan={plan} item={item} onChanged={onChanged} />
                  ) : (
                    <>
                      {item.title} <Addresses item={item} /> —{' '}
                      <span className={`hr-badge hr-item-${item.status}`}>{t(`hr.item.status.${item.status}`)}</span>
                      {item.completedOn && (
                        <>
                          {' '}
                          (<IsoDate iso={item.completedOn} />)
                        </>
                      )}
                    </>
                  )}
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ul>
  );
}

/** How many of the card's skills and knowledge items the plan item addresses. */
function Addresses({ item }: { item: PlanItem }) {
  const { t } = useI18n();
  if (item.itemIds.length === 0) return null;
  return (
    <span className="muted small" data-testid="item-addresses" data-count={item.itemIds.length}>
      ({t('hr.plan.addresses', { n: item.itemIds.length })})
    </span>
  );
}

function ItemEditor({
  orgId,
  plan,
  item,
  onChanged,
}: {
  orgId: string;
  plan: DevelopmentPlan;
  item: PlanItem;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState(item.status);
  const [completedOn, setCompletedOn] = useState(item.completedOn ?? todayIso());
  const [error, setError] = useState<unknown>(null);
  const [needDate, setNeedDate] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setNeedDate(false);
    if (status === 'done' && !completedOn) {
      setNeedDate(true);
      return;
    }
    try {
      await call(
        api.PUT('/v1/orgs/{orgId}/plans/{planId}/items/{itemId}', {
          params: { path: { orgId, planId: plan.id, itemId: item.id } },
          body: { version: plan.version, status, completedOn: status === 'done' ? completedOn : null },
        }),
      );
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const id = `item-${item.id}`;
  return (
    <form className="hr-item-form" onSubmit={submit}>
      <span className="hr-item-title">
        {item.title} <Addresses item={item} />
      </span>
      <label htmlFor={`${id}-status`} className="visually-hidden">
        {t('hr.item.status')}
      </label>
      <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
        {PLAN_ITEM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`hr.item.status.${s}`)}
          </option>
        ))}
      </select>
      {status === 'done' && (
        <>
          <label htmlFor={`${id}-done`}>{t('hr.item.completedOn')}</label>
          <input id={`${id}-done`} type="date" value={completedOn} onChange={(e) => setCompletedOn(e.target.value)} />
        </>
      )}
      <button type="submit" className="secondary small">
        {t('hr.item.update')}
      </button>
      {needDate && (
        <span className="field-error" role="alert">
          {t('hr.item.needDate')}
        </span>
      )}
      {error !== null && <FormError error={error} words={HR_WORDS} />}
    </form>
  );
}
