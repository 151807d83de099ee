/**
 * One person's attestations: the list with their stages, a form to schedule one, and for the open
 * one the form of its next stage (testing, interview, the commission's decision) and a cancel
 * action. A decided one links to its protocol PDF and takes an appeal (filed on, text, outcome).
 * Each step is sent with the attestation's version and `lang`, so a stage the rules refuse comes
 * back as the server's own sentence in the page's language, shown as it is. The forms and the
 * appeal live in their own `Attestation*.tsx` files; this one only lays them out.
 */
import type { Attestation } from '../../api/hr';
import { api, call, usePrivate } from '../../api/session';
import { useI18n } from '../../i18n';
import { AttestationAppeal } from './AttestationAppeal';
import { AttestationCancel } from './AttestationCancel';
import { AttestationScheduleForm } from './AttestationScheduleForm';
import { AttestationStepForm } from './AttestationStepForm';
import { IsoDate } from './common';
import { FileLink } from './FileLink';
import { OnlineTestScore } from './OnlineTestScore';

type Props = { orgId: string; staffId: string; attestations: Attestation[]; onChanged: () => void };

export function AttestationPanel({ orgId, staffId, attestations, onChanged }: Props) {
  const { t, lang } = useI18n();
  const commissions = usePrivate(`commissions|${orgId}`, () =>
    call(api.GET('/v1/orgs/{orgId}/commissions', { params: { path: { orgId } } })),
  );
  const list = commissions.data?.commissions ?? [];
  const open = attestations.find((a) => a.stage !== 'decided' && a.stage !== 'cancelled');
  const pdfLang = lang;
  return (
    <section aria-labelledby="att-title" className="hr-panel" data-testid="attestations">
      <h2 id="att-title">{t('hr.att.heading')}</h2>
      {attestations.length === 0 && <p className="muted">{t('hr.att.none')}</p>}
      <ul className="hr-list">
        {attestations.map((a) => {
          const testing = a.testing as { score?: number; max?: number; source?: string } | null;
          const decision = a.decision as {
            outcome?: 'assigned' | 'confirmed' | 'not-passed';
            category?: string;
          } | null;
          return (
            <li key={a.id} data-stage={a.stage}>
              <strong>
                <IsoDate iso={a.scheduledOn} />
              </strong>{' '}
              <span className={`hr-badge hr-stage-${a.stage}`}>{t(`hr.stage.${a.stage}`)}</span>
              {a.protocolNo && <span className="muted"> · № {a.protocolNo}</span>}
              {testing?.score !== undefined && (
                <span className="muted">
                  {' '}
                  · {t('hr.att.result', { score: testing.score, max: testing.max ?? '' })}
                  {testing.source === 'online-test' && ` (${t('hr.att.online.source')})`}
                </span>
              )}
              {decision?.outcome && <span> · {t(`hr.outcome.${decision.outcome}`)}</span>}
              {a.stage === 'decided' && (
                <>
                  {' '}
                  <FileLink
                    href={`/api/v1/orgs/${encodeURIComponent(orgId)}/attestations/${a.id}/protocol?lang=${pdfLang}`}
                    fileName={`protocol-${a.protocolNo ?? a.id}.pdf`}
                    testId="protocol-link"
                  >
                    {t('hr.att.protocol')}
                  </FileLink>
                  <AttestationAppeal orgId={orgId} attestation={a} onChanged={onChanged} />
                </>
              )}
            </li>
          );
        })}
      </ul>
      {open ? (
        <>
          {open.stage === 'scheduled' && (
            <OnlineTestScore orgId={orgId} staffId={staffId} attestation={open} onChanged={onChanged} />
          )}
          <AttestationStepForm orgId={orgId} attestation={open} commissions={list} onChanged={onChanged} />
          <AttestationCancel orgId={orgId} attestation={open} onChanged={onChanged} />
        </>
      ) : (
        <AttestationScheduleForm orgId={orgId} staffId={staffId} commissions={list} onChanged={onChanged} />
      )}
    </section>
  );
}
