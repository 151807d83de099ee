/**
 * An organisation's certificates: the list (newest first), each with its PDF, its public page
 * and revocation behind a confirmation dialog that asks for the reason; and the issuer key's
 * rotation, which keeps every certificate issued before it valid.
 */
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import {
  type CertificateList,
  type ListedCertificate,
  certificatePdfUrl,
  listCertificates,
  revokeCertificate,
  rotateIssuerKey,
} from '../../api/certificates';
import { FormError, SignedIn } from '../../components/account/common';
import { ErrorBox, Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import '../../components/certificates/certificates.css';

function RevokeDialog({
  orgId,
  certificate,
  onClose,
}: {
  orgId: string;
  certificate: ListedCertificate;
  onClose: (revoked: boolean) => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await revokeCertificate(orgId, certificate.id, reason.trim());
      onClose(true);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <dialog ref={ref} className="cert-dialog" aria-labelledby="revoke-title" onCancel={() => onClose(false)}>
      <form onSubmit={submit} className="cert-form">
        <h2 id="revoke-title">{t('cert.revoke.title', { number: certificate.number })}</h2>
        <p>{t('cert.revoke.warning')}</p>
        <label htmlFor="revoke-reason">{t('cert.revoke.reason')}</label>
        <textarea
          id="revoke-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          minLength={3}
          maxLength={500}
          required
        />
        {error !== null && <FormError error={error} />}
        <div className="cert-row">
          <button type="submit" disabled={busy || reason.trim().length < 3}>
            {t('cert.revoke.confirm')}
          </button>
          <button type="button" onClick={() => onClose(false)}>
            {t('cert.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function RotateKey({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rotate = async () => {
    if (!window.confirm(t('cert.rotate.confirm'))) return;
    setError(null);
    try {
      const out = await rotateIssuerKey(orgId);
      setDone(out.verificationMethod);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="rotate-title" className="cert-noprint">
      <h2 id="rotate-title">{t('cert.rotate.title')}</h2>
      <p>{t('cert.rotate.text')}</p>
      <button type="button" onClick={rotate}>
        {t('cert.rotate.button')}
      </button>
      {done && (
        <p role="status">
          {t('cert.rotate.done', { method: '' })}
          <code className="small">{done}</code>
        </p>
      )}
      {error !== null && <FormError error={error} />}
    </section>
  );
}

function CertificateTable({ orgId }: { orgId: string }) {
  const { t, lang } = useI18n();
  const [list, setList] = useState<CertificateList | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [revoking, setRevoking] = useState<ListedCertificate | null>(null);
  const load = useCallback(() => {
    setError(null);
    listCertificates(orgId).then(setList, (e: unknown) =>
      setError(e instanceof ApiError ? e : new ApiError(0, null, String(e))),
    );
  }, [orgId]);
  useEffect(load, [load]);
  if (error) return <ErrorBox error={error} onRetry={load} />;
  if (!list) return <Loading />;
  if (list.certificates.length === 0) return <p>{t('cert.list.empty')}</p>;
  const more = async () => {
    const next = await listCertificates(orgId, list.certificates.length);
    setList({ ...next, certificates: [...list.certificates, ...next.certificates] });
  };
  return (
    <>
      <table className="cert-table">
        <thead>
          <tr>
            <th scope="col">{t('cert.number')}</th>
            <th scope="col">{t('cert.holder')}</th>
            <th scope="col">{t('cert.card')}</th>
            <th scope="col">{t('cert.validUntil')}</th>
            <th scope="col" className="cert-noprint">
              <span className="visually-hidden">PDF</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.certificates.map((c) => (
            <tr key={c.id} data-revoked={c.revokedAt ? 'true' : 'false'}>
              <td>
                <Link href={`/verify/${c.id}`}>{c.number}</Link>
                {c.revokedAt && (
                  <>
                    {' '}
                    <strong className="cert-status" data-status="revoked">
                      {t('cert.status.revoked')}
                    </strong>
                  </>
                )}
              </td>
              <td>{c.holderName}</td>
              <td>
                {c.card.code}/{c.card.level}
              </td>
              <td>{formatDate(c.validUntil.slice(0, 10), lang)}</td>
              <td className="cert-noprint">
                <a href={certificatePdfUrl(orgId, c.id)} target="_blank" rel="noreferrer">
                  {t('cert.list.pdf')}
                </a>{' '}
                {!c.revokedAt && (
                  <button type="button" onClick={() => setRevoking(c)}>
                    {t('cert.list.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.total > list.certificates.length && (
        <button type="button" className="cert-noprint" onClick={more}>
          {t('cert.list.more')}
        </button>
      )}
      {revoking && (
        <RevokeDialog
          orgId={orgId}
          certificate={revoking}
          onClose={(revoked) => {
            setRevoking(null);
            if (revoked) load();
          }}
        />
      )}
    </>
  );
}

export default function CertificatesPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  useTitle(t('cert.list.title'));
  return (
    <section aria-labelledby="certs-title" className="account-page">
      <p className="back cert-noprint">
        <Link href={`/orgs/${orgId}/assessment`}>←</Link>
      </p>
      <h1 id="certs-title">{t('cert.list.title')}</h1>
      <SignedIn>
        {() => (
          <>
            <CertificateTable orgId={orgId} />
            <RotateKey orgId={orgId} />
          </>
        )}
      </SignedIn>
    </section>
  );
}
