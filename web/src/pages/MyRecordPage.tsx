/**
 * /my-record — the signed-in worker's own staff records (one per organisation that linked them):
 * category and its summary, the next attestation, and development plans with their items.
 */
import { api, call, usePrivate } from '../api/session';
import { FormError, SignedIn } from '../components/account/common';
import { IsoDate } from '../components/hr/common';
import { PlanList } from '../components/hr/Plans';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { CategoryBlock } from './StaffMemberPage';

export default function MyRecordPage() {
  const { t } = useI18n();
  useTitle(t('hr.my.title'));
  return (
    <section aria-labelledby="my-title" className="account-page hr-page">
      <h1 id="my-title">{t('hr.my.title')}</h1>
      <SignedIn>{(me) => <Mine key={me.user.id} />}</SignedIn>
    </section>
  );
}

function Mine() {
  const { t, lang } = useI18n();
  const mine = usePrivate(`mine|${lang}`, () => call(api.GET('/v1/me/staff', { params: { query: { lang } } })));
  if (mine.error) return <FormError error={mine.error} />;
  if (!mine.data) return <Loading />;
  if (mine.data.records.length === 0)
    return (
      <p className="notice" data-testid="my-record-none">
        {t('hr.my.none')}
      </p>
    );
  return (
    <>
      {mine.data.records.map((r) => (
        <article key={r.id} className="hr-panel" data-testid="my-record">
          <h2>
            {r.record.fullName} — {r.orgName}
          </h2>
          <p className="muted">
            {r.record.personnelNo} · {r.record.position.title ?? ''} ({r.record.position.cardCode} /{' '}
            {r.record.position.level})
          </p>
          <CategoryBlock detail={r} />
          <h3>{t('hr.my.next')}</h3>
          <p>
            <IsoDate iso={r.attestation.due} />
          </p>
          <h3>{t('hr.plan.heading')}</h3>
          <PlanList plans={r.plans} />
        </article>
      ))}
    </>
  );
}
