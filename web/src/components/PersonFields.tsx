/**
 * A person's education and work experience, as the category engine reads them: education level,
 * field and certificate, and rows of years held in each category. Used by the category check and
 * the self-assessment. Errors come from the server's problem (`errors[].path`), shown next to
 * their field and announced.
 */
import { useId, useRef } from 'react';
import type { Category, EducationField, EducationLevel, Person } from '../api/types';
import { type Translate, useI18n } from '../i18n';
import type { MessageKey } from '../i18n/kk';
import { messageLanguage } from './problem-text';

export const EDUCATION_LEVELS: EducationLevel[] = ['basic-secondary', 'tvet', 'higher', 'postgraduate'];
export const EDUCATION_FIELDS: EducationField[] = [
  'social',
  'economic',
  'pedagogical',
  'medical',
  'psychological',
  'legal',
  'other',
];
export const CATEGORIES: Category[] = ['none', 'second', 'first', 'higher'];
export const MAX_EXPERIENCE_ROWS = 20;

export type ExperienceRow = { key: number; category: Category; years: string };
export type PersonDraft = {
  level: EducationLevel | '';
  field: EducationField | '';
  certificate: boolean;
  experience: ExperienceRow[];
};

let rowKey = 0;
export const newRow = (category: Category = 'none', years = '0'): ExperienceRow => ({
  key: ++rowKey,
  category,
  years,
});

export const emptyPerson = (): PersonDraft => ({
  level: '',
  field: '',
  certificate: false,
  experience: [newRow()],
});

/**
 * The draft as the API reads it. Blank or unreadable years are sent as null, so the server names
 * the field; nothing is silently dropped.
 */
export function personBody(draft: PersonDraft): Person {
  return {
    education: {
      level: draft.level as EducationLevel,
      field: draft.field as EducationField,
      ...(draft.certificate ? { certificate: 'social-training' as const } : {}),
    },
    experience: draft.experience.map((row) => {
      const years = row.years.trim() === '' ? Number.NaN : Number(row.years.replace(',', '.'));
      return { category: row.category, years: Number.isFinite(years) ? years : (null as unknown as number) };
    }),
  };
}

/** A saved or imported person back into the form. */
export function personDraft(person: Person | undefined): PersonDraft {
  if (!person) return emptyPerson();
  return {
    level: EDUCATION_LEVELS.includes(person.education?.level) ? person.education.level : '',
    field: EDUCATION_FIELDS.includes(person.education?.field) ? person.education.field : '',
    certificate: person.education?.certificate === 'social-training',
    experience: (Array.isArray(person.experience) ? person.experience : [])
      .filter((e) => CATEGORIES.includes(e.category))
      .slice(0, MAX_EXPERIENCE_ROWS)
      .map((e) => newRow(e.category, String(e.years))),
  };
}

const FIELD_ERROR_KEYS: Record<string, MessageKey> = {
  level: 'form.error.educationLevel',
  field: 'form.error.educationField',
  certificate: 'form.error.certificate',
  category: 'form.error.category',
  years: 'form.error.years',
  experience: 'form.error.experience',
  card: 'form.error.card',
  code: 'form.error.card',
};

/**
 * What is wrong with a field, said once in the UI language: the page's sentence for that field.
 * The server's own words stand in only for a field the page has no sentence for, and only when
 * they are in the page's language (never English on a Kazakh or Russian page).
 */
export function FieldError({ id, path, message }: { id: string; path: string; message: string | undefined }) {
  const { t, lang } = useI18n();
  if (!message) return null;
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? '';
  const key = FIELD_ERROR_KEYS[last];
  const text = key ? t(key) : messageLanguage(message, null) === lang ? message : t('form.error.generic');
  return (
    <p className="field-error" id={id} role="alert">
      <span className="field-error-mark" aria-hidden="true">
        !
      </span>{' '}
      {text}
    </p>
  );
}

/** The element id of a field, from its problem path: `experience.0.years` → `<base>-experience-0-years`. */
export const fieldId = (base: string, path: string) => `${base}-${path.replace(/\./g, '-')}`;

type Props = {
  draft: PersonDraft;
  onChange: (draft: PersonDraft) => void;
  errors: Record<string, string>;
  /** Where these fields sit in the request body: '' for the category check, 'person.' for the gap report. */
  prefix?: string;
  /** The id base for the fields (fieldId), so the form can focus the first invalid one. */
  base: string;
  /** Education may be left unset (the self-assessment's person is optional). */
  optional?: boolean;
};

export function PersonFields({ draft, onChange, errors, prefix = '', base, optional = false }: Props) {
  const { t } = useI18n();
  const hintId = useId();
  const err = (path: string) => errors[`${prefix}${path}`];
  const idFor = (path: string) => fieldId(base, `${prefix}${path}`);
  const errId = (path: string) => `${idFor(path)}-error`;
  const described = (path: string, extra?: string) =>
    [err(path) ? errId(path) : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  const setRow = (key: number, change: Partial<ExperienceRow>) =>
    onChange({ ...draft, experience: draft.experience.map((r) => (r.key === key ? { ...r, ...change } : r)) });
  const addButton = useRef<HTMLButtonElement>(null);
  // The removed row's button is gone: the focus goes to "add a row", not to the page's start.
  const removeRow = (key: number) => {
    onChange({ ...draft, experience: draft.experience.filter((r) => r.key !== key) });
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const addRow = () => {
    const index = draft.experience.length;
    onChange({ ...draft, experience: [...draft.experience, newRow()] });
    requestAnimationFrame(() => document.getElementById(idFor(`experience.${index}.category`))?.focus());
  };

  return (
    <div className="person-fields">
      <fieldset className="form-group">
        <legend>{t('form.education')}</legend>
        <div className="form-row">
          <div className="field">
            <label htmlFor={idFor('education.level')}>{t('form.educationLevel')}</label>
            <select
              id={idFor('education.level')}
              value={draft.level}
              onChange={(e) => onChange({ ...draft, level: e.target.value as EducationLevel | '' })}
              aria-invalid={!!err('education.level') || undefined}
              aria-describedby={described('education.level')}
            >
              <option value="">{optional ? t('form.notGiven') : t('form.choose')}</option>
              {EDUCATION_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`form.level.${level}`)}
                </option>
              ))}
            </select>
            <FieldError id={errId('education.level')} path="education.level" message={err('education.level')} />
          </div>
          <div className="field">
            <label htmlFor={idFor('education.field')}>{t('form.educationField')}</label>
            <select
              id={idFor('education.field')}
              value={draft.field}
              onChange={(e) => onChange({ ...draft, field: e.target.value as EducationField | '' })}
              aria-invalid={!!err('education.field') || undefined}
              aria-describedby={described('education.field')}
            >
              <option value="">{optional ? t('form.notGiven') : t('form.choose')}</option>
              {EDUCATION_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {t(`form.field.${field}`)}
                </option>
              ))}
            </select>
            <FieldError id={errId('education.field')} path="education.field" message={err('education.field')} />
          </div>
        </div>
        <div className="check-field">
          <input
            type="checkbox"
            id={idFor('education.certificate')}
            checked={draft.certificate}
            onChange={(e) => onChange({ ...draft, certificate: e.target.checked })}
            aria-describedby={described('education.certificate')}
          />
          <label htmlFor={idFor('education.certificate')}>{t('form.certificate')}</label>
          <FieldError
            id={errId('education.certificate')}
            path="education.certificate"
            message={err('education.certificate')}
          />
        </div>
      </fieldset>

      <fieldset className="form-group" aria-describedby={hintId}>
        <legend>{t('form.experience')}</legend>
        <p className="muted small" id={hintId}>
          {t('form.experienceHint')}
        </p>
        {draft.experience.length === 0 && <p className="muted">{t('form.noExperience')}</p>}
        <ol className="experience-rows">
          {draft.experience.map((row, i) => (
            <ExperienceRowFields
              key={row.key}
              row={row}
              index={i}
              idFor={idFor}
              errId={errId}
              err={err}
              described={described}
              onChange={(change) => setRow(row.key, change)}
              onRemove={() => removeRow(row.key)}
              t={t}
            />
          ))}
        </ol>
        <FieldError id={errId('experience')} path="experience" message={err('experience')} />
        <button
          type="button"
          ref={addButton}
          className="secondary small"
          onClick={addRow}
          disabled={draft.experience.length >= MAX_EXPERIENCE_ROWS}
        >
          + {t('form.addRow')}
        </button>
      </fieldset>
    </div>
  );
}

function ExperienceRowFields({
  row,
  index,
  idFor,
  errId,
  err,
  described,
  onChange,
  onRemove,
  t,
}: {
  row: ExperienceRow;
  index: number;
  idFor: (path: string) => string;
  errId: (path: string) => string;
  err: (path: string) => string | undefined;
  described: (path: string) => string | undefined;
  onChange: (change: Partial<ExperienceRow>) => void;
  onRemove: () => void;
  t: Translate;
}) {
  const n = index + 1;
  const cat = `experience.${index}.category`;
  const years = `experience.${index}.years`;
  return (
    <li className="experience-row">
      <span className="row-number" aria-hidden="true">
        {n}.
      </span>
      <div className="field">
        <label htmlFor={idFor(cat)}>
          {t('form.rowCategory')} <span className="visually-hidden">({t('form.row', { n })})</span>
        </label>
        <select
          id={idFor(cat)}
          value={row.category}
          onChange={(e) => onChange({ category: e.target.value as Category })}
          aria-invalid={!!err(cat) || undefined}
          aria-describedby={described(cat)}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`form.category.${c}`)}
            </option>
          ))}
        </select>
        <FieldError id={errId(cat)} path={cat} message={err(cat)} />
      </div>
      <div className="field field-years">
        <label htmlFor={idFor(years)}>
          {t('form.rowYears')} <span className="visually-hidden">({t('form.row', { n })})</span>
        </label>
        <input
          id={idFor(years)}
          type="number"
          inputMode="decimal"
          step="0.5"
          value={row.years}
          onChange={(e) => onChange({ years: e.target.value })}
          aria-invalid={!!err(years) || undefined}
          aria-describedby={described(years)}
        />
        <FieldError id={errId(years)} path={years} message={err(years)} />
      </div>
      <button
        type="button"
        className="secondary small row-remove"
        onClick={onRemove}
        aria-label={t('form.removeRow', { n })}
      >
        {t('form.remove')}
      </button>
    </li>
  );
}
