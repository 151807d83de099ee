/**
 * /orgs/:orgId/assessment — the organisation's assessment hub: its specifications (a new one is
 * proposed from a card and opened for editing), the item bank, certificates, and the sessions.
 */
import { useState } from 'react';
import { DEMO_CARD } from '../../api/assessment-instruments';
import { api, call, usePrivate } from '../../api/session';
import { FormError } from '../../components/account/common';
import { SessionsSection } from '../../components/assessment/SessionsSection';
import {
  CardPicker,
  InstrumentsFrame,
  StatusBadge,
  canManageInstruments,
} from '../../components/assessment/instruments/common';
import { HrError, IsoDate } from '../../components/hr/common';
import { Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';
import { useI18n } from '../../i18n';
import { Link, navigate } from '../../router';

export default function AssessmentPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  useTitle(t('ins.hub.title'));
  return (
    <InstrumentsFrame orgId={orgId} titleId="assessment-title" title={t('ins.hub.title')} back="org">
      {(me) => <Hub orgId={orgId} canManage={canManageInstruments(me, orgId)} />}
    </InstrumentsFrame>
  );
}

function Hub({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const { t } = useI18n();
  const specs = usePrivate(`${orgId}|specs`, () =>
    call(api.GET('/v1/orgs/{orgId}/specifications', { params: { path: { orgId } } })),
  );
  const [error, setError] = useState<unknown>(null);
  const create = async (code: string, level: number) => {
    setError(null);
    try {
      const spec = await call(
        api.POST('/v1/orgs/{orgId}/specifications', {
          params: { path: { orgId } },
          body: { from: { card: code, level } },
        }),
      );
      navigate(`/orgs/${orgId}/assessment/specs/${spec.id}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <p className="button-row hr-actions">
        <Link className="button secondary" href={`/orgs/${orgId}/assessment/bank`} data-testid="item-bank-link">
          {t('ins.bank.title')}
        </Link>
        <Link
          className="button secondary"
          href={`/orgs/${orgId}/assessment/certificates`}
          data-testid="certificates-link"
        >
          {t('ins.hub.certificates')}
        </Link>
      </p>
      <section aria-labelledby="specs-title">
        <h2 id="specs-title">{t('ins.hub.specs')}</h2>
        {canManage && (
          <>
            <h3>{t('ins.hub.newFromCard')}</h3>
            <CardPicker
              code={DEMO_CARD.code}
              level={DEMO_CARD.level}
              onPick={create}
              idPrefix="new-spec"
              submitLabel={t('ins.hub.create')}
            />
          </>
        )}
        {error ? <HrError error={error} /> : null}
        {specs.error && <FormError error={specs.error} />}
        {!specs.data && !specs.error && <Loading />}
        {specs.data && specs.data.specs.length === 0 && <p className="notice">{t('ins.hub.noSpecs')}</p>}
        {specs.data && specs.data.specs.length > 0 && (
          <ul className="ins-card-list" data-testid="specs-list">
            {specs.data.specs.map((s) => (
              <li key={s.id}>
                <Link href={`/orgs/${orgId}/assessment/specs/${s.id}`}>{s.content.title}</Link>{' '}
                <StatusBadge
                  status={s.status === 'published' ? 'published' : s.status === 'retired' ? 'retired' : 'draft'}
                />
                <div className="muted small">
                  {s.content.cardCode} / {s.content.cardLevel}
                  {s.publishedAt && (
                    <>
                      {' · '}
                      <IsoDate iso={s.publishedAt} />
                    </>
                  )}
                  {s.demo && ` · ${t('ins.demo')}`}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <SessionsSection orgId={orgId} />
    </>
  );
}
