/**
 * The inputs of an item: its main text (Kazakh, official; Russian and English marked unofficial)
 * and the structured fields its kind has. Shared by the edit form and the "add" dialog.
 */
import { type ReactElement, useId } from 'react';
import type { ItemKind } from '../../api/workbench';
import { useI18n } from '../../i18n';
import { FORM_FIELDS, type FormField, textRequired } from './item-model';
import { CATEGORIES, EDUCATION_LEVELS, type FormValues, GROUPS, badNumber } from './item-form-state';

export function ItemInputs({
  kind,
  values,
  onChange,
  disabled = false,
}: {
  kind: ItemKind;
  values: FormValues;
  onChange: (values: FormValues) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const set = (key: keyof FormValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [key]: event.target.value });
  const long = ['skill', 'knowledge', 'qualificationRule', 'task', 'labourFunction', 'term'].includes(kind);
  const textInput = (lang: 'kk' | 'ru' | 'en') => {
    const props = {
      id: `${id}-${lang}`,
      value: values[lang],
      onChange: set(lang),
      disabled,
      lang,
      required: lang === 'kk' && textRequired(kind),
      'data-testid': `wb-text-${lang}`,
    };
    return long ? <textarea rows={3} {...props} /> : <input type="text" {...props} />;
  };
  return (
    <div className="wb-inputs">
      <div className="wb-field wb-field-wide">
        <label htmlFor={`${id}-kk`}>
          {t('wb.form.kk')} <span className="wb-official">{t('wb.form.official')}</span>
        </label>
        {textInput('kk')}
      </div>
      {(['ru', 'en'] as const).map((lang) => (
        <div className="wb-field wb-field-wide" key={lang}>
          <label htmlFor={`${id}-${lang}`}>
            {t(`wb.form.${lang}`)} <span className="wb-unofficial">{t('common.unofficial')}</span>
          </label>
          {textInput(lang)}
        </div>
      ))}
      {FORM_FIELDS[kind].map((field) => (
        <FieldInput
          key={field}
          field={field}
          inputId={`${id}-${field}`}
          value={values[field]}
          onChange={set(field)}
          disabled={disabled}
        />
      ))}
    </div>
  );
}

function FieldInput({
  field,
  inputId,
  value,
  onChange,
  disabled,
}: {
  field: FormField;
  inputId: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const common = { id: inputId, value, onChange, disabled, 'data-testid': `wb-field-${field}` };
  const invalid = badNumber(field, value);
  let control: ReactElement;
  if (field === 'category')
    control = (
      <select {...common}>
        <option value="">{t('wb.form.noCategory')}</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`wb.category.${c}`)}
          </option>
        ))}
      </select>
    );
  else if (field === 'minLevel')
    control = (
      <select {...common}>
        {value === '' && <option value="">—</option>}
        {EDUCATION_LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`wb.education.${l}`)}
          </option>
        ))}
      </select>
    );
  else if (field === 'group')
    control = (
      <select {...common}>
        {value === '' && <option value="">—</option>}
        {GROUPS.map((g) => (
          <option key={g} value={g}>
            {t(`wb.group.${g}`)}
          </option>
        ))}
      </select>
    );
  else if (field === 'level')
    control = (
      <select {...common}>
        {value === '' && <option value="">—</option>}
        {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
          <option key={n} value={String(n)}>
            {n}
          </option>
        ))}
      </select>
    );
  else if (field === 'note') control = <textarea rows={2} {...common} />;
  else
    control = (
      <input
        type="text"
        inputMode={field === 'minYears' ? 'decimal' : undefined}
        aria-invalid={invalid || undefined}
        {...common}
      />
    );
  return (
    <div className={`wb-field${field === 'note' ? ' wb-field-wide' : ''}`}>
      <label htmlFor={inputId}>{t(`wb.field.${field}`)}</label>
      {control}
      {invalid && (
        <span className="form-error small" role="alert">
          {t(`wb.form.bad.${field === 'level' ? 'level' : 'years'}`)}
        </span>
      )}
    </div>
  );
}
