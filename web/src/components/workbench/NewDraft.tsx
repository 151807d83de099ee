/**
 * Starting a draft: of the current published edition (one button), or empty for a new standard
 * (its id and title; Russian and English optional, unofficial). Either opens the new draft.
 */
import { type FormEvent, useState } from 'react';
import { fieldErrors } from '../../api/client';
import { createDraftFromCurrent, createEmptyDraft } from '../../api/workbench';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { FormError } from '../account/common';

const open = (id: string) => navigate(`/workbench/drafts/${encodeURIComponent(id)}`);

export function NewDraft() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fromCurrent = async () => {
    setBusy(true);
    setError(null);
    try {
      open((await createDraftFromCurrent()).id);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="wb-new-title" className="wb-new">
      <h2 id="wb-new-title">{t('wb.new.title')}</h2>
      <p>
        <button type="button" disabled={busy} onClick={() => void fromCurrent()} data-testid="wb-new-current">
          {t('wb.new.fromCurrent')}
        </button>
      </p>
      {error !== null && <FormError error={error} />}
      <EmptyStandardForm />
    </section>
  );
}

function EmptyStandardForm() {
  const { t } = useI18n();
  const [values, setValues] = useState({ standardId: '', kk: '', ru: '', en: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  const idError = errors['body.standardId'] ?? errors.standardId;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const title = {
        kk: values.kk.trim(),
        ...(values.ru.trim() ? { ru: values.ru.trim() } : {}),
        ...(values.en.trim() ? { en: values.en.trim() } : {}),
      };
      open((await createEmptyDraft(values.standardId.trim(), title)).id);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: e.target.value });
  return (
    <details className="wb-empty-form">
      <summary>{t('wb.new.empty')}</summary>
      <form onSubmit={(e) => void submit(e)} className="wb-form" data-testid="wb-new-empty">
        <div className="wb-field">
          <label htmlFor="wb-standard-id">{t('wb.new.standardId')}</label>
          <input
            id="wb-standard-id"
            value={values.standardId}
            onChange={set('standardId')}
            required
            pattern="[0-9a-z][0-9a-z.\-]*"
            aria-describedby="wb-standard-id-hint"
            aria-invalid={idError ? true : undefined}
          />
          <span id="wb-standard-id-hint" className="small muted">
            {t('wb.new.standardIdHint')}
          </span>
        </div>
        <div className="wb-field wb-field-wide">
          <label htmlFor="wb-title-kk">
            {t('wb.new.titleKk')} <span className="wb-official">{t('wb.form.official')}</span>
          </label>
          <input id="wb-title-kk" lang="kk" value={values.kk} onChange={set('kk')} required />
        </div>
        <div className="wb-field wb-field-wide">
          <label htmlFor="wb-title-ru">
            {t('wb.new.titleRu')} <span className="wb-unofficial">{t('common.unofficial')}</span>
          </label>
          <input id="wb-title-ru" lang="ru" value={values.ru} onChange={set('ru')} />
        </div>
        <div className="wb-field wb-field-wide">
          <label htmlFor="wb-title-en">
            {t('wb.new.titleEn')} <span className="wb-unofficial">{t('common.unofficial')}</span>
          </label>
          <input id="wb-title-en" lang="en" value={values.en} onChange={set('en')} />
        </div>
        {error !== null && <FormError error={error} />}
        <p>
          <button type="submit" disabled={busy} data-testid="wb-new-empty-submit">
            {t('wb.new.createEmpty')}
          </button>
        </p>
      </form>
    </details>
  );
}
