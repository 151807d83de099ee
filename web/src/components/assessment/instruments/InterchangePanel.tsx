/**
 * The bank's files: the card's items exported as Moodle XML or GIFT, and such a file imported in
 * two steps — the preview lists what would be imported and each question that cannot be (its
 * position, line and reason), then "Import" commits exactly the previewed file as draft items.
 */
import { type FormEvent, useState } from 'react';
import { api, call } from '../../../api/session';
import type { components } from '../../../api/schema';
import { useI18n } from '../../../i18n';
import { FileLink } from '../../hr/FileLink';
import { HrError } from '../../hr/common';

type Preview = components['schemas']['BankImportPreview'];
type Format = Preview['format'];

export function InterchangePanel({
  orgId,
  card,
  onImported,
  canImport,
}: {
  orgId: string;
  card: { code: string; level: number };
  onImported: () => void;
  /** Importing writes items: admins and assessors only. */
  canImport: boolean;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/v1/orgs/${encodeURIComponent(orgId)}/item-bank-export?card=${card.code}&level=${card.level}`;
  const formatOf = (text: string): Format => (text.trimStart().startsWith('<') ? 'moodle-xml' : 'gift');
  const send = (text: string, fileHash?: string) => {
    const format = formatOf(text);
    const query = { card: card.code, level: card.level, format, ...(fileHash ? { fileHash } : {}) };
    const options = {
      params: { path: { orgId }, query },
      body: text,
      bodySerializer: (b: string) => b,
      headers: { 'Content-Type': format === 'moodle-xml' ? 'application/xml' : 'text/plain; charset=utf-8' },
    };
    return fileHash
      ? call(api.POST('/v1/orgs/{orgId}/item-bank-imports', options as never))
      : call(api.POST('/v1/orgs/{orgId}/item-bank-imports:preview', options as never));
  };

  const choose = async (list: FileList | null) => {
    setPreview(null);
    setCreated(null);
    setError(null);
    const chosen = list?.[0];
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  };
  const doPreview = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setPreview((await send(file.text)) as Preview);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    if (!file || !preview) return;
    setBusy(true);
    setError(null);
    try {
      const out = (await send(file.text, preview.fileHash)) as Preview & { created: string[] };
      setCreated(out.created.length);
      setPreview(null);
      onImported();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="files-title" className="hr-noprint">
      <h2 id="files-title">{t('ins.files.title')}</h2>
      <p className="button-row">
        <FileLink
          className="button secondary"
          href={`${base}&format=moodle-xml`}
          fileName={`${card.code}-${card.level}.xml`}
          testId="export-moodle"
        >
          {t('ins.files.exportXml')}
        </FileLink>
        <FileLink
          className="button secondary"
          href={`${base}&format=gift`}
          fileName={`${card.code}-${card.level}.gift.txt`}
          testId="export-gift"
        >
          {t('ins.files.exportGift')}
        </FileLink>
        <FileLink
          className="button secondary"
          href={`${base}&format=qti3`}
          fileName={`${card.code}-${card.level}.qti3.zip`}
          testId="export-qti"
        >
          {t('ins.files.exportQti')}
        </FileLink>
      </p>
      {canImport && (
        <form onSubmit={doPreview} className="ins-form">
          <label htmlFor="bank-file">{t('ins.files.choose')}</label>
          <input
            id="bank-file"
            type="file"
            accept=".xml,.txt,.gift,application/xml,text/plain"
            onChange={(e) => choose(e.target.files)}
          />
          <p className="muted small">{t('ins.files.help')}</p>
          <button type="submit" disabled={!file || busy}>
            {t('ins.files.preview')}
          </button>
        </form>
      )}
      {error ? <HrError error={error} /> : null}
      {created !== null && (
        <p role="status" data-testid="import-done">
          {t('ins.files.done', { n: created })}
        </p>
      )}
      {preview && (
        <div data-testid="import-preview">
          <p role="status">{t('ins.files.summary', { ok: preview.questions.length, bad: preview.issues.length })}</p>
          {preview.issues.length > 0 && (
            <>
              <h3>{t('ins.files.issues')}</h3>
              <ul className="ins-problems">
                {preview.issues.map((i) => (
                  <li key={`${i.position}-${i.reason}`}>
                    {i.position > 0 ? t('ins.files.position', { n: i.position }) : t('ins.files.whole')}
                    {i.line !== null && `, ${t('ins.files.line', { n: i.line })}`}
                    {i.title && ` (${i.title})`}: {i.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.questions.length > 0 && (
            <>
              <h3>{t('ins.files.ready')}</h3>
              <ol className="small">
                {preview.questions.map((q) => (
                  <li key={q.position}>
                    {q.stem}{' '}
                    <span className="muted">
                      ({t(`ins.kind.${q.kind}`)}; {q.knowledgeIds.join(', ')})
                    </span>
                  </li>
                ))}
              </ol>
              <button type="button" onClick={commit} disabled={busy}>
                {t('ins.files.commit', { n: preview.questions.length })}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
