/**
 * The blueprint of a draft specification: title, forms, time, validity, and per labour function
 * its weight, pass percents and the questions each task draws; the practical tasks are chosen
 * from the card's reviewed tasks in the bank. Saving sends the version read (409 when stale).
 */
import { type FormEvent, useState } from 'react';
import {
  ASSESSMENT_FORMS,
  type BlueprintFunction,
  type PracticalTask,
  type Specification,
  type SpecificationContent,
} from '../../../api/assessment-instruments';
import { fieldErrors } from '../../../api/client';
import { api, call } from '../../../api/session';
import { useI18n } from '../../../i18n';
import { HrError } from '../../hr/common';

export function BlueprintEditor({
  orgId,
  spec,
  tasks,
  functionNames,
  onSaved,
}: {
  orgId: string;
  spec: Specification;
  tasks: PracticalTask[];
  /** Labour function and task ids → their display text. */
  functionNames: Map<string, string>;
  onSaved: (spec: Specification) => void;
}) {
  const { t } = useI18n();
  const [content, setContent] = useState<SpecificationContent>(spec.content);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<SpecificationContent>) => {
    setSaved(false);
    setContent((c) => ({ ...c, ...patch }));
  };
  const setFunction = (i: number, patch: Partial<BlueprintFunction>) =>
    set({ functions: content.functions.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const total = content.functions.reduce((sum, f) => sum + f.weight, 0);
  const errors = fieldErrors(error);
  const num = (value: string) => (value === '' ? 0 : Number(value));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await call(
        api.PUT('/v1/orgs/{orgId}/specifications/{specId}', {
          params: { path: { orgId, specId: spec.id } },
          body: { version: spec.version, content },
        }),
      );
      setSaved(true);
      onSaved(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="ins-form ins-blueprint"
      onSubmit={submit}
      aria-labelledby="blueprint-title"
      data-testid="blueprint"
    >
      <h2 id="blueprint-title">{t('ins.spec.blueprint')}</h2>
      <label htmlFor="spec-title">{t('ins.spec.titleField')}</label>
      <input
        id="spec-title"
        type="text"
        required
        value={content.title}
        onChange={(e) => set({ title: e.target.value })}
      />
      <fieldset>
        <legend>{t('ins.spec.forms')}</legend>
        {ASSESSMENT_FORMS.map((form) => (
          <label key={form}>
            <input
              type="checkbox"
              checked={content.forms.includes(form)}
              onChange={(e) =>
                set({ forms: e.target.checked ? [...content.forms, form] : content.forms.filter((f) => f !== form) })
              }
            />{' '}
            {t(`ins.form.${form}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="spec-time">{t('ins.spec.time')}</label>
      <input
        id="spec-time"
        type="number"
        min={1}
        max={600}
        required
        value={content.timeLimitMinutes}
        onChange={(e) => set({ timeLimitMinutes: num(e.target.value) })}
      />
      <label htmlFor="spec-validity">{t('ins.spec.validity')}</label>
      <input
        id="spec-validity"
        type="number"
        min={1}
        max={120}
        required
        value={content.validityMonths}
        onChange={(e) => set({ validityMonths: num(e.target.value) })}
      />
      <label htmlFor="spec-test-lang">{t('ins.spec.testLang')}</label>
      <select
        id="spec-test-lang"
        value={content.testLang ?? 'kk'}
        onChange={(e) => set({ testLang: e.target.value as 'kk' | 'ru' })}
        aria-describedby="spec-test-lang-help"
      >
        <option value="kk">Қазақша</option>
        <option value="ru">Русский</option>
      </select>
      <p id="spec-test-lang-help" className="muted small">
        {t('ins.spec.testLangHelp')}
      </p>
      <p className={total === 100 ? 'muted' : 'form-error'} data-testid="weights-total">
        {t('ins.spec.weightsTotal', { total })}
      </p>
      {content.functions.map((f, i) => (
        <fieldset key={f.labourFunctionId} data-function-id={f.labourFunctionId}>
          <legend>
            <code className="small">{f.labourFunctionId}</code> {functionNames.get(f.labourFunctionId) ?? ''}
          </legend>
          <label htmlFor={`fn-${i}-weight`}>{t('ins.spec.weight')}</label>
          <input
            id={`fn-${i}-weight`}
            type="number"
            min={0}
            max={100}
            value={f.weight}
            onChange={(e) => setFunction(i, { weight: num(e.target.value) })}
          />
          <label htmlFor={`fn-${i}-theory`}>{t('ins.spec.theoryPass')}</label>
          <input
            id={`fn-${i}-theory`}
            type="number"
            min={0}
            max={100}
            value={f.theoryPassPercent}
            onChange={(e) => setFunction(i, { theoryPassPercent: num(e.target.value) })}
          />
          <label htmlFor={`fn-${i}-practical`}>{t('ins.spec.practicalPass')}</label>
          <input
            id={`fn-${i}-practical`}
            type="number"
            min={0}
            max={100}
            value={f.practicalPassPercent}
            onChange={(e) => setFunction(i, { practicalPassPercent: num(e.target.value) })}
          />
          {Object.entries(f.questionsPerTask).map(([taskId, count]) => (
            <div key={taskId}>
              <label htmlFor={`fn-${i}-${taskId}`}>
                {t('ins.spec.questions')}: <code className="small">{taskId}</code> {functionNames.get(taskId) ?? ''}
              </label>
              <input
                id={`fn-${i}-${taskId}`}
                type="number"
                min={0}
                max={200}
                value={count}
                onChange={(e) =>
                  setFunction(i, { questionsPerTask: { ...f.questionsPerTask, [taskId]: num(e.target.value) } })
                }
              />
            </div>
          ))}
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('ins.spec.tasks')}</legend>
        {tasks.length === 0 && <p className="muted">{t('ins.spec.noTasks')}</p>}
        {tasks.map((task) => (
          <label key={task.id}>
            <input
              type="checkbox"
              checked={content.practicalTaskIds.includes(task.id)}
              onChange={(e) =>
                set({
                  practicalTaskIds: e.target.checked
                    ? [...content.practicalTaskIds, task.id]
                    : content.practicalTaskIds.filter((id) => id !== task.id),
                })
              }
            />{' '}
            {task.content.title} <span className="muted small">({task.content.skillIds.length})</span>
          </label>
        ))}
      </fieldset>
      {Object.keys(errors).length > 0 && (
        <ul className="form-error">
          {Object.entries(errors).map(([path, message]) => (
            <li key={path}>
              <code>{path}</code>: {message}
            </li>
          ))}
        </ul>
      )}
      {error ? <HrError error={error} /> : null}
      <p className="button-row">
        <button type="submit" disabled={busy}>
          {t('ins.spec.save')}
        </button>
        {saved && <span role="status">{t('ins.saved')}</span>}
      </p>
    </form>
  );
}
