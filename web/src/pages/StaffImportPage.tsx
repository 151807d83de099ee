/**
 * /orgs/:orgId/staff/import — a staff list (CSV or XLSX) uploaded raw with progress, then the
 * server's preview: what would be added, changed, left alone and rejected (with the cell and the
 * reason, already in the page's language). A file whose headers are not recognised gets a mapping
 * editor; a file with rejected rows is corrected and chosen again. Nothing is written until
 * "Commit import".
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { type ImportPreview, STAFF_COLUMNS, type StaffColumn, uploadStaffFile } from '../api/hr';
import { api, call, type Me } from '../api/session';
import { ConfirmButton } from '../components/account/ConfirmButton';
import { FormError } from '../components/account/common';
import { HrFrame } from '../components/hr/common';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link } from '../router';

export default function StaffImportPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  useTitle(t('hr.import.title'));
  return (
    <HrFrame orgId={orgId} titleId="import-title" title={t('hr.import.title')}>
      {(me) => <Importer orgId={orgId} me={me} />}
    </HrFrame>
  );
}

type Done = { added: number; changed: number };

function Importer({ orgId, me }: { orgId: string; me: Me }) {
  const { t, lang } = useI18n();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Done | null>(null);

  const upload = async (chosen: File, mappingId?: string) => {
    setError(null);
    setDone(null);
    setProgress(0);
    try {
      const answer = await uploadStaffFile({
        orgId,
        file: chosen,
        lang,
        csrfToken: me.csrfToken ?? '',
        mappingId,
        onProgress: setProgress,
      });
      setPreview(answer);
    } catch (e) {
      setPreview(null);
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = fileInput.current?.files?.[0];
    if (!chosen) return;
    setFile(chosen);
    void upload(chosen);
  };

  const commit = async (importId: string) => {
    setError(null);
    try {
      const result = await call(
        api.POST('/v1/orgs/{orgId}/staff-imports/{importId}/commit', { params: { path: { orgId, importId } } }),
      );
      setDone({ added: result.added, changed: result.changed });
      setPreview(null);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (e) {
      setError(e);
    }
  };

  return (
    <>
      <p className="muted">{t('hr.import.hint')}</p>
      <form className="hr-upload hr-noprint" onSubmit={submit}>
        <label htmlFor={inputId}>{t('hr.import.file')}</label>
        <input
          id={inputId}
          ref={fileInput}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="import-file"
          required
        />
        <button type="submit" disabled={progress !== null} data-testid="import-upload">
          {preview ? t('hr.import.reupload') : t('hr.import.upload')}
        </button>
      </form>
      {progress !== null && (
        <p role="status" className="hr-progress">
          <label>
            {progress < 1 ? t('hr.import.progress') : t('hr.import.checking')} <progress max={1} value={progress} />
          </label>
        </p>
      )}
      {error !== null && <FormError error={error} />}
      {done && (
        <div className="notice hr-done" role="status" data-testid="import-done">
          <p>{t('hr.import.done', { added: done.added, changed: done.changed })}</p>
          <p>
            <Link href={`/orgs/${orgId}/staff`}>{t('hr.import.toRegister')}</Link>
          </p>
        </div>
      )}
      {preview && file && (
        <PreviewView
          orgId={orgId}
          preview={preview}
          onMapped={(mappingId) => void upload(file, mappingId)}
          onCommit={commit}
        />
      )}
    </>
  );
}

function PreviewView({
  orgId,
  preview,
  onMapped,
  onCommit,
}: {
  orgId: string;
  preview: ImportPreview;
  onMapped: (mappingId: string) => void;
  onCommit: (importId: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const headerOf = (column: StaffColumn | null) => {
    if (!column) return '—';
    const header = Object.entries(preview.mapping).find(([, c]) => c === column)?.[0];
    return header ?? t(`hr.col.${column}`);
  };
  const counts = preview.counts;
  return (
    <section aria-labelledby="preview-title" data-testid="import-preview">
      <h2 id="preview-title">{t('hr.import.preview', { file: preview.fileName })}</h2>
      {preview.importId === null && (
        <>
          {preview.problem && (
            <p className="form-error" role="alert">
              {preview.problem}
            </p>
          )}
          <MappingEditor orgId={orgId} preview={preview} onSaved={onMapped} />
        </>
      )}
      {preview.importId !== null && (
        <>
          <dl className="hr-counts" data-testid="import-counts">
            {(['add', 'change', 'unchanged', 'reject'] as const).map((k) => (
              <div key={k} className={`hr-count hr-count-${k}`} data-count={k}>
                <dt>{t(`hr.import.count.${k}`)}</dt>
                <dd data-testid={`count-${k}`}>{counts[k]}</dd>
              </div>
            ))}
          </dl>
          {preview.truncated && <p className="muted">{t('hr.import.truncated')}</p>}
          {preview.reject.length > 0 && (
            <>
              <h3>{t('hr.import.rejected')}</h3>
              <p className="muted">{t('hr.import.rejectedHint')}</p>
              <div className="table-scroll hr-table-scroll">
                <table className="hr-table" data-testid="rejected-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('hr.import.th.row')}</th>
                      <th scope="col">{t('hr.th.personnelNo')}</th>
                      <th scope="col">{t('hr.import.th.column')}</th>
                      <th scope="col">{t('hr.import.th.message')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.reject.flatMap((r) =>
                      r.errors.map((e, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a row's errors keep their order; the index tells equal ones apart
                        <tr key={`${r.row}-${e.path}-${i}`} data-row={r.row}>
                          <td>{i === 0 ? r.row : ''}</td>
                          <td>{i === 0 ? (r.personnelNo ?? '—') : ''}</td>
                          <td>{headerOf(e.column)}</td>
                          <td>{e.message}</td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {counts.add + counts.change > 0 ? (
            <div className="hr-commit hr-noprint">
              <ConfirmButton
                small={false}
                label={t('hr.import.commit')}
                question={t('hr.import.commitQuestion', { add: counts.add, change: counts.change })}
                confirm={t('hr.import.commitYes')}
                onConfirm={() => onCommit(preview.importId ?? '')}
                testId="import-commit"
              />
            </div>
          ) : (
            <p className="notice">{t('hr.import.nothing')}</p>
          )}
          {preview.add.length > 0 && (
            <details>
              <summary>
                {t('hr.import.added')} ({counts.add})
              </summary>
              <ul className="hr-list">
                {preview.add.map((a) => (
                  <li key={a.row}>
                    {a.personnelNo} — {a.fullName}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {preview.change.length > 0 && (
            <details open>
              <summary>
                {t('hr.import.changed')} ({counts.change})
              </summary>
              <ul className="hr-list">
                {preview.change.map((c) => (
                  <li key={c.row}>
                    {c.personnelNo} — {c.fullName}: <span className="muted">{c.changed.join(', ')}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

function MappingEditor({
  orgId,
  preview,
  onSaved,
}: {
  orgId: string;
  preview: ImportPreview;
  onSaved: (mappingId: string) => void;
}) {
  const { t } = useI18n();
  const [mapping, setMapping] = useState<Record<string, StaffColumn | null>>(() => ({ ...preview.mapping }));
  const [name, setName] = useState(preview.fileName);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await call(
        api.PUT('/v1/orgs/{orgId}/staff-mappings', { params: { path: { orgId } }, body: { name, mapping } }),
      );
      onSaved(saved.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="hr-mapping" onSubmit={save} data-testid="mapping-editor">
      <h3>{t('hr.import.mapping')}</h3>
      <p className="muted">{t('hr.import.mappingHint')}</p>
      <div className="table-scroll hr-table-scroll">
        <table className="hr-table">
          <tbody>
            {preview.headers.map((header, i) => (
              <tr key={header}>
                <th scope="row">
                  <label htmlFor={`map-${i}`}>{header}</label>
                </th>
                <td>
                  <select
                    id={`map-${i}`}
                    value={mapping[header] ?? ''}
                    onChange={(e) =>
                      setMapping((m) => ({ ...m, [header]: (e.target.value || null) as StaffColumn | null }))
                    }
                  >
                    <option value="">{t('hr.import.ignore')}</option>
                    {STAFF_COLUMNS.map((c) => (
                      <option key={c} value={c}>
                        {t(`hr.col.${c}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label htmlFor="mapping-name">{t('hr.import.mappingName')}</label>
      <input id="mapping-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
      {error !== null && <FormError error={error} />}
      <button type="submit" disabled={busy}>
        {t('hr.import.mappingSave')}
      </button>
    </form>
  );
}
