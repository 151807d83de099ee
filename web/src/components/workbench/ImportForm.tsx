/**
 * "Import a file": a standard as the XLSX template, a CASE package (JSON), a zip of CSV files or
 * Kasip JSON becomes a new draft; an optional official text (.txt) is attached to it so its texts
 * cite it. The upload shows its progress; a refused file lists every problem by sheet, row and
 * column in the page's language; accepted, the draft opens (its warnings listed first).
 */
import { type FormEvent, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import type { Me } from '../../api/session';
import {
  IMPORT_ACCEPT,
  IMPORT_MAX_BYTES,
  type ImportAnswer,
  type SourceAnswer,
  type ImportIssue,
  uploadOfficialText,
  uploadStandard,
} from '../../api/workbench';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { FormError } from '../account/common';
import { ImportIssues, issuesOfProblem } from './ImportIssues';

export function ImportForm({ me }: { me: Me }) {
  const { t, lang } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const textInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<ImportIssue[]>([]);
  const [done, setDone] = useState<ImportAnswer | null>(null);
  const [sourceFailed, setSourceFailed] = useState<unknown>(null);
  const [source, setSource] = useState<SourceAnswer | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    setError(null);
    setIssues([]);
    setDone(null);
    setSourceFailed(null);
    setSource(null);
    if (file.size > IMPORT_MAX_BYTES) {
      setError(new ApiError(413, null, 'too large'));
      return;
    }
    setProgress(0);
    try {
      const csrfToken = me.csrfToken ?? '';
      const answer = await uploadStandard({ file, uiLang: lang, csrfToken, onProgress: setProgress });
      const text = textInput.current?.files?.[0];
      if (text) {
        try {
          const located = await uploadOfficialText({
            draftId: answer.draft.id,
            revision: answer.draft.revision,
            file: text,
            uiLang: lang,
            csrfToken,
            onProgress: setProgress,
          });
          setSource(located);
        } catch (e) {
          setSourceFailed(e);
        }
      }
      setDone(answer);
    } catch (e) {
      setError(e);
      setIssues(issuesOfProblem(e));
    } finally {
      setProgress(null);
    }
  };
  const warnings = done?.warnings ?? [];
  return (
    <section aria-labelledby="wb-import-title" className="wb-import">
      <h2 id="wb-import-title">{t('wb.import.title')}</h2>
      <p className="small">{t('wb.import.formats')}</p>
      <form onSubmit={(e) => void submit(e)} className="wb-form" data-testid="wb-import-form">
        <div className="wb-field wb-field-wide">
          <label htmlFor="wb-import-file">{t('wb.import.file')}</label>
          <input
            id="wb-import-file"
            ref={fileInput}
            type="file"
            accept={IMPORT_ACCEPT}
            required
            data-testid="wb-import-file"
          />
        </div>
        <div className="wb-field wb-field-wide">
          <label htmlFor="wb-import-text">{t('wb.import.text')}</label>
          <input
            id="wb-import-text"
            ref={textInput}
            type="file"
            accept=".txt,text/plain"
            aria-describedby="wb-import-text-hint"
          />
          <span id="wb-import-text-hint" className="small muted">
            {t('wb.import.textHint')}
          </span>
        </div>
        <p>
          <button type="submit" disabled={progress !== null} data-testid="wb-import-submit">
            {t('wb.import.submit')}
          </button>
        </p>
        {progress !== null && (
          <p className="wb-progress" role="status">
            <label htmlFor="wb-import-progress">{t('wb.import.progress')}</label>{' '}
            <progress id="wb-import-progress" max={1} value={progress} />
          </p>
        )}
      </form>
      {error !== null &&
        (error instanceof ApiError && error.status === 413 ? (
          <p className="form-error" role="alert">
            {t('wb.import.tooLarge')}
          </p>
        ) : issues.length > 0 ? (
          <div role="alert" data-testid="wb-import-problems">
            <p className="form-error">{t('wb.import.refused', { n: issues.length })}</p>
            <ImportIssues issues={issues} />
          </div>
        ) : (
          <FormError error={error} />
        ))}
      {done && (
        <div className="notice" role="status" data-testid="wb-import-done">
          <p>
            {t('wb.import.done')}{' '}
            <Link href={`/workbench/drafts/${encodeURIComponent(done.draft.id)}`} lang="kk">
              {done.draft.title.kk}
            </Link>
          </p>
          {sourceFailed !== null && <FormError error={sourceFailed} />}
          {source && (
            <p data-testid="wb-import-source">
              {t('wb.import.located', { located: source.located, unlocated: source.unlocated.length })}
            </p>
          )}
          {warnings.length > 0 && (
            <>
              <p>{t('wb.import.warnings', { n: warnings.length })}</p>
              <ImportIssues issues={warnings} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
