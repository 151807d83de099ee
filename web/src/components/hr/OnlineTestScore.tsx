/**
 * The testing stage from an online test: the person's tests in the organisation's assessment
 * sessions (enrolled from the register), each with its score, and a button that records it as
 * the attestation's testing stage. The server computes the score from the stored answers; the
 * page only says which test. A test still running is listed but cannot be taken yet.
 */
import { useState } from 'react';
import type { Attestation } from '../../api/hr';
import { api, call, usePrivate } from '../../api/session';
import { useI18n } from '../../i18n';
import { HrError, IsoDate } from './common';

type Props = { orgId: string; staffId: string; attestation: Attestation; onChanged: () => void };

export function OnlineTestScore({ orgId, staffId, attestation, onChanged }: Props) {
  const { t, lang } = useI18n();
  const tests = usePrivate(`online-tests|${orgId}|${staffId}`, () =>
    call(api.GET('/v1/orgs/{orgId}/staff/{staffId}/online-tests', { params: { path: { orgId, staffId } } })),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = tests.data?.tests ?? [];
  if (tests.error) return <HrError error={tests.error} />;
  if (list.length === 0) return null;

  const take = async (candidateId: string) => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/v1/orgs/{orgId}/attestations/{attestationId}/testing-from-online-test', {
          params: { path: { orgId, attestationId: attestation.id }, query: { lang } },
          body: { version: attestation.version, candidateId },
        }),
      );
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="hr-step hr-noprint" aria-labelledby="online-tests-title" data-testid="online-tests">
      <h3 id="online-tests-title">{t('hr.att.online.title')}</h3>
      <p className="muted small">{t('hr.att.online.help')}</p>
      <ul className="hr-list">
        {list.map((test) => (
          <li key={test.candidateId}>
            <strong>{test.sessionTitle}</strong>
            {test.finishedOn && (
              <>
                {' '}
                · <IsoDate iso={test.finishedOn} />
              </>
            )}{' '}
            · {t('hr.att.result', { score: test.correct, max: test.total })}{' '}
            {test.finished ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => void take(test.candidateId)}
                aria-label={`${t('hr.att.online.take')}: ${test.sessionTitle}`}
              >
                {t('hr.att.online.take')}
              </button>
            ) : (
              <span className="muted">{t('hr.att.online.running')}</span>
            )}
          </li>
        ))}
      </ul>
      {error !== null && <HrError error={error} testId="online-test-error" />}
    </section>
  );
}
