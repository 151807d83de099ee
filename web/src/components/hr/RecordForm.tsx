/**
 * One person's record as a form: who they are, their position and education, and their
 * experience and leave as rows to add and remove. Saved with the version it was read at; a newer
 * version answers 409, shown with a Reload button. Field errors stand next to their fields.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import {
  CATEGORIES,
  EDUCATION_FIELDS,
  EDUCATION_LEVELS,
  fieldErrors,
  type StaffDetail,
  type StaffRecord,
} from '../../api/hr';
import { api, call } from '../../api/session';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { FormError } from '../account/common';
import { HR_WORDS, isLocalised } from './common';

type Props = {
  orgId: string;
  detail: StaffDetail;
  onSaved: (detail: StaffDetail) => void;
  onReload: () => void;
};

const blank = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());

/** Empty optional fields are left out, as the server's schema wants them. */
function cleaned(r: StaffRecord): StaffRecord {
  return {
    ...r,
    iin: blank(r.iin),
    birthDate: blank(r.birthDate),
    email: blank(r.email),
    phone: blank(r.phone),
    position: { ...r.position, title: blank(r.position.title) },
    education: {
      ...r.education,
      institution: blank(r.education.institution),
      year: r.education.year === undefined || Number.isNaN(r.education.year) ? undefined : r.education.year,
    },
    experience: r.experience.map((p) => ({ ...p, to: blank(p.to), employer: blank(p.employer) })),
    leave: r.leave.map((p) => ({ ...p, to: blank(p.to) })),
  };
}

export function RecordForm({ orgId, detail, onSaved, onReload }: Props) {
  const { t, lang } = useI18n();
  const [record, setRecord] = useState<StaffRecord>(detail.record);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const conflict = error instanceof ApiError && error.status === 409 && !errors['record.personnelNo'];

  const set = (change: (r: StaffRecord) => StaffRecord) => {
    setSaved(false);
    setRecord((r) => change(r));
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const answer = await call(
        api.PUT('/v1/orgs/{orgId}/staff/{staffId}', {
          params: { path: { orgId, staffId: detail.id }, query: { lang } },
          body: { record: cleaned(record), version: detail.version },
        }),
      );
      setSaved(true);
      onSaved(answer);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (path: string, label: string): ReactNode => {
    const message = errors[`record.${path}`];
    if (message === undefined) return null;
    // The record's own checks (dates, overlaps) answer in the page's language; zod's shape checks
    // answer in English. Those get the field's label and a sentence of ours instead.
    return (
      <span className="field-error" id={`err-${path}`}>
        {isLocalised(message, lang) ? message : t('hr.fieldInvalidNamed', { label })}
      </span>
    );
  };
  const text = (
    path: string,
    label: string,
    value: string | undefined,
    onChange: (v: string) => void,
    type = 'text',
  ) => (
    <div className="hr-field">
      <label htmlFor={`f-${path}`}>{label}</label>
      <input
        id={`f-${path}`}
        type={type}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors[`record.${path}`] ? true : undefined}
        aria-describedby={errors[`record.${path}`] ? `err-${path}` : undefined}
      />
      {fieldError(path, label)}
    </div>
  );

  return (
    <form className="hr-record-form" onSubmit={save} data-testid="record-form">
      <fieldset>
        <legend>{t('hr.staff.record')}</legend>
        <div className="hr-grid">
          {text('fullName', t('hr.col.fullName'), record.fullName, (v) => set((r) => ({ ...r, fullName: v })))}
          {text('personnelNo', t('hr.col.personnelNo'), record.personnelNo, (v) =>
            set((r) => ({ ...r, personnelNo: v })),
          )}
          {text('iin', t('hr.col.iin'), record.iin, (v) => set((r) => ({ ...r, iin: v })))}
          {text(
            'birthDate',
            t('hr.col.birthDate'),
            record.birthDate,
            (v) => set((r) => ({ ...r, birthDate: v })),
            'date',
          )}
          {text('email', t('hr.col.email'), record.email, (v) => set((r) => ({ ...r, email: v })), 'email')}
          {text('phone', t('hr.col.phone'), record.phone, (v) => set((r) => ({ ...r, phone: v })), 'tel')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('hr.f.position')}</legend>
        <div className="hr-grid">
          {text('position.title', t('hr.col.positionTitle'), record.position.title, (v) =>
            set((r) => ({ ...r, position: { ...r.position, title: v } })),
          )}
          {text('position.cardCode', t('hr.col.cardCode'), record.position.cardCode, (v) =>
            set((r) => ({ ...r, position: { ...r.position, cardCode: v } })),
          )}
          <div className="hr-field">
            <label htmlFor="f-position.level">{t('hr.col.level')}</label>
            <select
              id="f-position.level"
              value={record.position.level}
              onChange={(e) => set((r) => ({ ...r, position: { ...r.position, level: Number(e.target.value) } }))}
            >
              {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          {text(
            'position.since',
            t('hr.col.positionSince'),
            record.position.since,
            (v) => set((r) => ({ ...r, position: { ...r.position, since: v } })),
            'date',
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('hr.f.education')}</legend>
        <div className="hr-grid">
          <div className="hr-field">
            <label htmlFor="f-education.level">{t('form.educationLevel')}</label>
            <select
              id="f-education.level"
              value={record.education.level}
              onChange={(e) =>
                set((r) => ({
                  ...r,
                  education: { ...r.education, level: e.target.value as StaffRecord['education']['level'] },
                }))
              }
            >
              {EDUCATION_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`form.level.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="hr-field">
            <label htmlFor="f-education.field">{t('form.educationField')}</label>
            <select
              id="f-education.field"
              value={record.education.field}
              onChange={(e) =>
                set((r) => ({
                  ...r,
                  education: { ...r.education, field: e.target.value as StaffRecord['education']['field'] },
                }))
              }
            >
              {EDUCATION_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {t(`form.field.${f}`)}
                </option>
              ))}
            </select>
          </div>
          {text('education.institution', t('hr.col.institution'), record.education.institution, (v) =>
            set((r) => ({ ...r, education: { ...r.education, institution: v } })),
          )}
          {text(
            'education.year',
            t('hr.col.graduationYear'),
            record.education.year === undefined ? '' : String(record.education.year),
            (v) => set((r) => ({ ...r, education: { ...r.education, year: v === '' ? undefined : Number(v) } })),
            'number',
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('hr.f.experience')}</legend>
        {record.experience.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity
          <div className="hr-period" key={i}>
            {text(
              `experience.${i}.from`,
              t('hr.f.from'),
              p.from,
              (v) => set((r) => ({ ...r, experience: r.experience.map((q, k) => (k === i ? { ...q, from: v } : q)) })),
              'date',
            )}
            {text(
              `experience.${i}.to`,
              t('hr.f.to'),
              p.to,
              (v) => set((r) => ({ ...r, experience: r.experience.map((q, k) => (k === i ? { ...q, to: v } : q)) })),
              'date',
            )}
            <div className="hr-field">
              <label htmlFor={`f-experience.${i}.category`}>{t('hr.f.category')}</label>
              <select
                id={`f-experience.${i}.category`}
                value={p.category}
                onChange={(e) =>
                  set((r) => ({
                    ...r,
                    experience: r.experience.map((q, k) =>
                      k === i ? { ...q, category: e.target.value as (typeof CATEGORIES)[number] } : q,
                    ),
                  }))
                }
              >
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`form.category.${c}`)}
                  </option>
                ))}
              </select>
            </div>
            {text(`experience.${i}.employer`, t('hr.f.employer'), p.employer, (v) =>
              set((r) => ({ ...r, experience: r.experience.map((q, k) => (k === i ? { ...q, employer: v } : q)) })),
            )}
            <button
              type="button"
              className="secondary small hr-noprint"
              onClick={() => set((r) => ({ ...r, experience: r.experience.filter((_, k) => k !== i) }))}
            >
              {t('hr.removeRow')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary small hr-noprint"
          onClick={() => set((r) => ({ ...r, experience: [...r.experience, { from: '', category: 'none' }] }))}
        >
          {t('hr.addRow')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('hr.f.leave')}</legend>
        {record.leave.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity
          <div className="hr-period" key={i}>
            {text(
              `leave.${i}.from`,
              t('hr.f.from'),
              p.from,
              (v) => set((r) => ({ ...r, leave: r.leave.map((q, k) => (k === i ? { ...q, from: v } : q)) })),
              'date',
            )}
            {text(
              `leave.${i}.to`,
              t('hr.f.to'),
              p.to,
              (v) => set((r) => ({ ...r, leave: r.leave.map((q, k) => (k === i ? { ...q, to: v } : q)) })),
              'date',
            )}
            <div className="hr-field">
              <label htmlFor={`f-leave.${i}.kind`}>{t('hr.f.kind')}</label>
              <select
                id={`f-leave.${i}.kind`}
                value={p.kind}
                onChange={(e) =>
                  set((r) => ({
                    ...r,
                    leave: r.leave.map((q, k) =>
                      k === i ? { ...q, kind: e.target.value as 'child-care' | 'other' } : q,
                    ),
                  }))
                }
              >
                <option value="child-care">{t('hr.leave.child-care')}</option>
                <option value="other">{t('hr.leave.other')}</option>
              </select>
            </div>
            <button
              type="button"
              className="secondary small hr-noprint"
              onClick={() => set((r) => ({ ...r, leave: r.leave.filter((_, k) => k !== i) }))}
            >
              {t('hr.removeRow')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary small hr-noprint"
          onClick={() => set((r) => ({ ...r, leave: [...r.leave, { from: '', kind: 'other' }] }))}
        >
          {t('hr.addRow')}
        </button>
      </fieldset>
      {error !== null && <FormError error={error} words={HR_WORDS} />}
      {conflict && (
        <button type="button" className="secondary" onClick={onReload} data-testid="record-reload">
          {t('hr.reload')}
        </button>
      )}
      {saved && (
        <p className="notice" role="status">
          {t('hr.saved')}
        </p>
      )}
      <p className="button-row hr-noprint">
        <button type="submit" disabled={busy} data-testid="record-save">
          {t('hr.save')}
        </button>
      </p>
    </form>
  );
}
