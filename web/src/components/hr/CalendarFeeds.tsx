/**
 * Calendar subscriptions: an address an HR officer pastes into Outlook, Google or Apple Calendar,
 * which then keeps the attestation dates up to date on its own. The address is a secret shown
 * once (like an invitation link); the list shows when each was last fetched, so a forgotten one
 * stands out, and each can be revoked.
 */
import { useState } from 'react';
import { api, call, usePrivate } from '../../api/session';
import { useI18n } from '../../i18n';
import { FormError } from '../account/common';
import { ConfirmButton } from '../account/ConfirmButton';
import { OnceBox } from '../account/OnceBox';
import { Loading } from '../Status';

export function CalendarFeeds({ orgId }: { orgId: string }) {
  const { t, lang } = useI18n();
  const feeds = usePrivate(orgId, () =>
    call(api.GET('/v1/orgs/{orgId}/calendar-feeds', { params: { path: { orgId } } })),
  );
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      const out = await call(
        api.POST('/v1/orgs/{orgId}/calendar-feeds', { params: { path: { orgId }, query: { lang } } }),
      );
      setMade(out.url);
      feeds.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (feedId: string) => {
    try {
      await call(api.DELETE('/v1/orgs/{orgId}/calendar-feeds/{feedId}', { params: { path: { orgId, feedId } } }));
      feeds.reload();
    } catch (err) {
      setError(err);
    }
  };

  const active = (feeds.data?.feeds ?? []).filter((f) => f.revokedAt === null);
  const when = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-KZ`) : t('hr.feeds.never');
  return (
    <section aria-labelledby="feeds-title" className="hr-panel hr-noprint" data-testid="calendar-feeds">
      <h2 id="feeds-title">{t('hr.feeds.heading')}</h2>
      <p className="muted">{t('hr.feeds.intro')}</p>
      <p className="button-row">
        <button type="button" onClick={() => void make()} disabled={busy} data-testid="feed-make">
          {t('hr.feeds.make')}
        </button>
      </p>
      {made && <OnceBox label={t('hr.feeds.address')} value={made} hint={t('hr.feeds.once')} testId="feed-url" />}
      {error !== null && <FormError error={error} />}
      {!feeds.data && !feeds.error && <Loading />}
      {feeds.error && <FormError error={feeds.error} />}
      {feeds.data && active.length === 0 && <p className="muted">{t('hr.feeds.none')}</p>}
      {active.length > 0 && (
        <ul className="hr-list" data-testid="feed-list">
          {active.map((f) => (
            <li key={f.id}>
              {t('hr.feeds.item', { created: when(f.createdAt), used: when(f.lastUsedAt) })}{' '}
              <ConfirmButton
                label={t('hr.feeds.revoke')}
                question={t('hr.feeds.revokeQuestion')}
                confirm={t('hr.feeds.revokeConfirm')}
                onConfirm={() => revoke(f.id)}
                testId="feed-revoke"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
