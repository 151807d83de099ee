/**
 * One certificate as the verification page shows it: the status first (valid, REVOKED, expired,
 * or not genuine when its signature fails), then the holder, the card, the results per labour
 * function, the issuer and the dates, and each check of the verification with its reason.
 */
import type { CertificateSummary, Verification } from '../../api/certificates';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import './certificates.css';

export type ShownStatus = CertificateSummary['status'] | 'not-genuine';

export function shownStatus(summary: CertificateSummary): ShownStatus {
  return summary.verification.checks.signature === 'failed' ? 'not-genuine' : summary.status;
}

/** What a verification of a handed-in credential comes to, in the page's status words. */
export function statusOfVerification(v: Verification): ShownStatus {
  if (v.valid) return 'valid';
  const codes = new Set(v.reasons.map((r) => r.code));
  if (v.checks.signature === 'failed') return 'not-genuine';
  if (codes.has('revoked')) return 'revoked';
  if (codes.has('expired')) return 'expired';
  if (codes.has('not-yet-valid')) return 'not-yet-valid';
  return 'not-genuine';
}

export function StatusBadge({ status }: { status: ShownStatus }) {
  const { t } = useI18n();
  return (
    <p>
      <strong className="cert-status" data-status={status} role="status">
        {t(`cert.status.${status}`)}
      </strong>
    </p>
  );
}

export function VerificationChecks({ verification }: { verification: Verification }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="cert-checks">
      <h2 id="cert-checks">{t('cert.checks')}</h2>
      <p>{verification.summary}</p>
      <ul>
        {(['signature', 'expiry', 'revocation'] as const).map((check) => (
          <li key={check} data-check={check} data-outcome={verification.checks[check]}>
            {t(`cert.check.${check}`)}: {t(`cert.check.${verification.checks[check]}`)}
          </li>
        ))}
      </ul>
      {verification.reasons.length > 0 && (
        <ul className="cert-reasons">
          {verification.reasons.map((r) => (
            <li key={r.code}>{r.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CertificateCard({ summary }: { summary: CertificateSummary }) {
  const { t, lang } = useI18n();
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso.slice(0, 10), lang)}</time>;
  return (
    <article aria-label={summary.number}>
      <StatusBadge status={shownStatus(summary)} />
      {summary.demo && <p className="muted">{t('cert.demo')}</p>}
      <dl className="cert-facts">
        <dt>{t('cert.holder')}</dt>
        <dd data-field="holder">{summary.holderName}</dd>
        <dt>{t('cert.number')}</dt>
        <dd>{summary.number}</dd>
        <dt>{t('cert.card')}</dt>
        <dd>
          {summary.card.code}, {t('cert.level', { level: summary.card.level })}: {summary.card.name}
        </dd>
        <dt>{t('cert.edition')}</dt>
        <dd>{summary.card.editionId}</dd>
        <dt>{t('cert.issuer')}</dt>
        <dd>
          {summary.issuer.name}
          <br />
          <code className="small">{summary.issuer.did}</code>
        </dd>
        <dt>{t('cert.issued')}</dt>
        <dd>{date(summary.issuedAt)}</dd>
        <dt>{t('cert.validUntil')}</dt>
        <dd>{date(summary.validUntil)}</dd>
        {summary.revokedAt && (
          <>
            <dt>{t('cert.revokedOn')}</dt>
            <dd>{date(summary.revokedAt)}</dd>
          </>
        )}
      </dl>
      <h2>{t('cert.results')}</h2>
      <table className="cert-table">
        <thead>
          <tr>
            <th scope="col">{t('cert.function')}</th>
            <th scope="col">{t('cert.outcome')}</th>
            <th scope="col">{t('cert.theory')}</th>
            <th scope="col">{t('cert.practice')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.functions.map((f) => (
            <tr key={f.id}>
              <td>{f.name}</td>
              <td>{f.passed ? t('cert.passed') : t('cert.failed')}</td>
              <td className="num">{f.theoryPercent ?? '—'}</td>
              <td className="num">{f.practicalPercent ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <VerificationChecks verification={summary.verification} />
      <p className="cert-noprint">
        <a href={summary.credentialUrl.replace(/^https?:\/\/[^/]+/, '')} download={`${summary.number}.json`}>
          {t('cert.download')}
        </a>{' '}
        ·{' '}
        <button type="button" onClick={() => window.print()}>
          {t('cert.print')}
        </button>
      </p>
    </article>
  );
}
