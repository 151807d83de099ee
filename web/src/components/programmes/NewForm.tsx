/**
 * The new programme's header (card, type, language, title, volume) and how to start it: the
 * card's proposal, an empty document, or the designer's own curriculum (XLSX or DOCX). Controlled
 * by the page, which also holds the errors: each sits under its field, named by aria-describedby.
 */
import { type FormEvent, useId } from 'react';
import {
  CURRICULUM_ACCEPT,
  PROGRAMME_LANGS,
  PROGRAMME_TYPES,
  type ProgrammeLang,
  type ProgrammeType,
  unitOf,
} from '../../api/programmes';
import { useI18n } from '../../i18n';
import { CardSelect, useAllCards } from '../CardPicker';
import { ErrorBox, Loading } from '../Status';

export type StartFrom = 'propose' | 'empty' | 'import';
export const STARTS: readonly StartFrom[] = ['propose', 'empty', 'import'];

export type NewFields = {
  card: string;
  type: ProgrammeType;
  lang: ProgrammeLang;
  title: string;
  volume: string;
  start: StartFrom;
  file: File | null;
};
export type NewField = 'card' | 'type' | 'lang' | 'title' | 'volume' | 'file';
export type NewErrors = Partial<Record<NewField, string>>;

export function NewForm({
  fields,
  errors,
  busy,
  progress,
  onChange,
  onSubmit,
}: {
  fields: NewFields;
  errors: NewErrors;
  busy: boolean;
  /** The share of the curriculum sent while it uploads (0..1); null otherwise. */
  progress: number | null;
  onChange: (patch: Partial<NewFields>) => void;
  onSubmit: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const all = useAllCards();
  const fieldId = (name: NewField) => `${id}-${name}`;
  const errorId = (name: NewField) => `${id}-${name}-error`;
  const invalid = (name: NewField) => ({
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? errorId(name) : undefined,
  });
  const fieldError = (name: NewField) =>
    errors[name] ? (
      <span id={errorId(name)} className="field-error" data-testid={`new-error-${name}`}>
        {errors[name]}
      </span>
    ) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const unit = unitOf(fields.type);
  return (
    <form className="prog-new-form" onSubmit={submit} noValidate data-testid="new-form">
      <div className="prog-field prog-field-wide">
        <label htmlFor={fieldId('card')}>{t('prog.new.card')}</label>
        {all.error && <ErrorBox error={all.error} onRetry={all.retry} />}
        {!all.cards && !all.error && <Loading label={t('prog.new.cardsLoading')} />}
        {all.cards && (
          <span data-testid="new-card">
            <CardSelect
              id={fieldId('card')}
              cards={all.cards}
              value={fields.card}
              onChange={(card) => onChange({ card })}
              placeholder={t('prog.new.cardPlaceholder')}
              invalid={!!errors.card}
              describedBy={errors.card ? errorId('card') : `${id}-card-hint`}
            />
          </span>
        )}
        <span id={`${id}-card-hint`} className="muted small">
          {t('prog.new.cardHint')}
        </span>
        {fieldError('card')}
      </div>
      <div className="prog-field">
        <label htmlFor={fieldId('type')}>{t('prog.new.type')}</label>
        <select
          id={fieldId('type')}
          value={fields.type}
          onChange={(e) => onChange({ type: e.target.value as ProgrammeType })}
          data-testid="new-type"
          {...invalid('type')}
        >
          {PROGRAMME_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`prog.type.${type}`)}
            </option>
          ))}
        </select>
        {fieldError('type')}
      </div>
      <div className="prog-field">
        <label htmlFor={fieldId('lang')}>{t('prog.new.lang')}</label>
        <select
          id={fieldId('lang')}
          value={fields.lang}
          onChange={(e) => onChange({ lang: e.target.value as ProgrammeLang })}
          data-testid="new-lang"
          {...invalid('lang')}
        >
          {PROGRAMME_LANGS.map((lang) => (
            <option key={lang} value={lang}>
              {t(`prog.lang.${lang}`)}
            </option>
          ))}
        </select>
        {fieldError('lang')}
      </div>
      <div className="prog-field prog-field-wide">
        <label htmlFor={fieldId('title')}>{t('prog.new.titleLabel')}</label>
        <input
          id={fieldId('title')}
          value={fields.title}
          maxLength={300}
          lang={fields.lang}
          onChange={(e) => onChange({ title: e.target.value })}
          data-testid="new-title"
          {...invalid('title')}
          aria-describedby={errors.title ? errorId('title') : `${id}-title-hint`}
        />
        <span id={`${id}-title-hint`} className="muted small">
          {t('prog.new.titleHint')}
        </span>
        {fieldError('title')}
      </div>
      <div className="prog-field">
        <label htmlFor={fieldId('volume')}>{t('prog.new.volume', { unit: t(`prog.unit.${unit}`) })}</label>
        <input
          id={fieldId('volume')}
          type="number"
          inputMode="decimal"
          min={0}
          max={100000}
          step={unit === 'credits' ? 0.5 : 1}
          value={fields.volume}
          onChange={(e) => onChange({ volume: e.target.value })}
          data-testid="new-volume"
          {...invalid('volume')}
        />
        {fieldError('volume')}
      </div>

      <fieldset className="prog-start prog-field-wide">
        <legend>{t('prog.new.startLegend')}</legend>
        {STARTS.map((start) => (
          <label key={start} className="prog-start-option">
            <input
              type="radio"
              name={`${id}-start`}
              value={start}
              checked={fields.start === start}
              onChange={() => onChange({ start })}
              data-testid={`start-${start}`}
            />
            <span>
              <strong>{t(`prog.new.start.${start}`)}</strong>
              <span className="muted small prog-start-text">{t(`prog.new.start.${start}Text`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {fields.start === 'import' && (
        <div className="prog-field prog-field-wide">
          <label htmlFor={fieldId('file')}>{t('prog.import.file')}</label>
          <input
            id={fieldId('file')}
            type="file"
            accept={CURRICULUM_ACCEPT}
            onChange={(e) => onChange({ file: e.target.files?.[0] ?? null })}
            data-testid="new-file"
            {...invalid('file')}
            aria-describedby={errors.file ? errorId('file') : `${id}-file-hint`}
          />
          <span id={`${id}-file-hint`} className="muted small">
            {t('prog.import.fileHint')}
          </span>
          {fieldError('file')}
        </div>
      )}

      <p className="prog-field-wide button-row">
        <button type="submit" disabled={busy} data-testid="new-submit">
          {t(`prog.new.submit.${fields.start}`)}
        </button>
      </p>
      {progress !== null && (
        <p role="status" className="prog-progress prog-field-wide">
          <label>
            {progress < 1 ? t('prog.import.sending') : t('prog.import.reading')} <progress max={1} value={progress} />
          </label>
        </p>
      )}
      {busy && progress === null && <Loading label={t(`prog.new.busy.${fields.start}`)} />}
    </form>
  );
}
