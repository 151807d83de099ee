/**
 * Evidence for the candidate: upload a photo (the camera on a tablet) or a document, tied to a
 * task or not; each file listed with its size and SHA-256, downloaded privately, deleted after a
 * confirmation. The size is checked here before sending; the kind is checked by the server.
 */
import { type ChangeEvent, useId, useState } from 'react';
import {
  EVIDENCE_ACCEPT,
  EVIDENCE_MAX_BYTES,
  type Evidence,
  type SheetTask,
  deleteEvidence,
  evidenceUrl,
  uploadEvidence,
} from '../../../api/assessment-decisions';
import { download } from '../../../api/session';
import { formatFileSize } from '../../../format';
import { useI18n } from '../../../i18n';
import { HrError } from '../../hr/common';

export function EvidencePanel({
  orgId,
  candidateId,
  tasks,
  evidence,
  locked,
  onChange,
}: {
  orgId: string;
  candidateId: string;
  tasks: readonly SheetTask[];
  evidence: readonly Evidence[];
  locked: boolean;
  onChange: () => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [taskId, setTaskId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const titleOf = new Map(tasks.map((task) => [task.id, task.title]));

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    setTooLarge(file.size > EVIDENCE_MAX_BYTES);
    if (file.size > EVIDENCE_MAX_BYTES) {
      input.value = '';
      return;
    }
    setBusy(true);
    try {
      await uploadEvidence(orgId, candidateId, file, taskId || null);
      onChange();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  const remove = async (item: Evidence) => {
    if (!window.confirm(t('dec.evidence.confirmDelete', { name: item.fileName }))) return;
    setError(null);
    try {
      await deleteEvidence(orgId, candidateId, item.id);
      onChange();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby={`${id}-h`} className="hr-panel dec-evidence">
      <h2 id={`${id}-h`}>{t('dec.evidence')}</h2>
      {evidence.length === 0 ? (
        <p className="muted">{t('dec.evidence.none')}</p>
      ) : (
        <ul className="dec-evidence-list" data-testid="evidence-list">
          {evidence.map((item) => (
            <li key={item.id}>
              <strong className="dec-file-name">{item.fileName}</strong>{' '}
              <span className="muted small">
                {item.mediaType} · {t('dec.evidence.size')}: {formatFileSize(item.sizeBytes, lang)}
                {item.taskId && titleOf.has(item.taskId) ? ` · ${titleOf.get(item.taskId)}` : ''}
              </span>
              <br />
              <span className="small">
                {t('dec.evidence.hash')}: <code className="dec-hash">{item.sha256}</code>
              </span>
              <span className="hr-actions dec-noprint">
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => void download(evidenceUrl(orgId, candidateId, item.id), item.fileName).catch(setError)}
                >
                  {t('dec.evidence.download')}
                </button>
                {!locked && (
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={`${t('dec.evidence.delete')}: ${item.fileName}`}
                    onClick={() => void remove(item)}
                  >
                    {t('dec.evidence.delete')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <div className="dec-upload dec-noprint">
          {tasks.length > 0 && (
            <label className="hr-field">
              {t('dec.evidence.task')}
              <select value={taskId} onChange={(e) => setTaskId(e.target.value)}>
                <option value="">{t('dec.evidence.anyTask')}</option>
                {tasks.map((task) => (
                  <option key={task.id} value={task.id}>
                    {task.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="hr-field">
            {t('dec.evidence.upload')} — {t('dec.evidence.file')}
            <input type="file" accept={EVIDENCE_ACCEPT} disabled={busy} onChange={(e) => void upload(e)} />
          </label>
          <label className="hr-field">
            {t('dec.evidence.camera')}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              disabled={busy}
              onChange={(e) => void upload(e)}
            />
          </label>
          <p role="status" className="muted small">
            {busy ? t('dec.evidence.uploading') : ''}
          </p>
          {tooLarge && (
            <p className="form-error" role="alert">
              {t('dec.evidence.tooLarge')}
            </p>
          )}
        </div>
      )}
      {error !== null && <HrError error={error} />}
    </section>
  );
}
