/**
 * The public verification page. `/verify/{id}` shows one certificate (the link in its QR code);
 * `/verify` looks one up by its number, or verifies a credential file pasted or uploaded.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { problemText, serverDetail } from '../../components/problem-text';
import {
  type CertificateSummary,
  type Verification,
  lookupNumber,
  summaryOf,
  verifyCredential,
} from '../../api/certificates';
import {
  CertificateCard,
  StatusBadge,
  VerificationChecks,
  statusOfVerification,
} from '../../components/certificates/CertificateCard';
import { ErrorBox, Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import '../../components/certificates/certificates.css';

function OneCertificate({ id }: { id: string }) {
  const { lang } = useI18n();
  const [summary, setSummary] = useState<CertificateSummary | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => {
    setError(null);
    summaryOf(id, lang).then(setSummary, (e: unknown) =>
      setError(e instanceof ApiError ? e : new ApiError(0, null, String(e))),
    );
  }, [id, lang]);
  useEffect(load, [load]);
  if (error) return <ErrorBox error={error} onRetry={load} />;
  if (!summary) return <Loading />;
  return <CertificateCard summary={summary} />;
}

function Lookup() {
  const { t, lang } = useI18n();
  const [number, setNumber] = useState('');
  const [found, setFound] = useState<CertificateSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    setFound(null);
    try {
      setFound(await lookupNumber(number.trim(), lang));
    } catch (e) {
      setMessage(
        e instanceof ApiError && e.status === 404
          ? t('cert.verify.notFound')
          : (serverDetail(e, lang) ?? problemText(t, e)),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <form className="cert-form cert-noprint" onSubmit={submit}>
        <label htmlFor="cert-number">{t('cert.verify.number')}</label>
        <div className="cert-row">
          <input
            id="cert-number"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            placeholder="KSP-2026-000123"
            autoComplete="off"
            required
          />
          <button type="submit" disabled={busy}>
            {t('cert.verify.find')}
          </button>
        </div>
      </form>
      {message && <p role="alert">{message}</p>}
      {found && <CertificateCard summary={found} />}
    </section>
  );
}

function PasteOrUpload() {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Verification | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setMessage(null);
    let credential: unknown;
    try {
      credential = JSON.parse(text);
    } catch {
      setMessage(t('cert.verify.notJson'));
      return;
    }
    setBusy(true);
    try {
      setResult(await verifyCredential(credential, lang));
    } catch (e) {
      setMessage(serverDetail(e, lang) ?? problemText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <form className="cert-form cert-noprint" onSubmit={check}>
        <label htmlFor="cert-paste">{t('cert.verify.paste')}</label>
        <textarea id="cert-paste" value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        <div className="cert-row">
          <label>
            {t('cert.verify.upload')}{' '}
            <input
              type="file"
              accept=".json,.jsonld,application/json,application/ld+json"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file) setText(await file.text());
              }}
            />
          </label>
          <button type="submit" disabled={busy || text.trim() === ''}>
            {t('cert.verify.check')}
          </button>
        </div>
      </form>
      {message && <p role="alert">{message}</p>}
      {result && (
        <div>
          <StatusBadge status={statusOfVerification(result)} />
          <VerificationChecks verification={result} />
          {result.credentialId && <Link href={`/verify/${result.credentialId}`}>{t('cert.list.page')}</Link>}
        </div>
      )}
    </section>
  );
}

export default function VerifyPage({ credentialId }: { credentialId: string | null }) {
  const { t } = useI18n();
  useTitle(t('cert.verify.title'));
  return (
    <section aria-labelledby="verify-title" className="account-page">
      <h1 id="verify-title">{t('cert.verify.title')}</h1>
      {credentialId ? (
        <OneCertificate id={credentialId} />
      ) : (
        <>
          <p>{t('cert.verify.intro')}</p>
          <Lookup />
          <PasteOrUpload />
        </>
      )}
    </section>
  );
}
