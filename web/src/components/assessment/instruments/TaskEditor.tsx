/**
 * Writing or changing a practical task: the skills it observes (picked from the card), title,
 * instructions, and its checklist. "Draft checklist from skills" asks the server for criteria
 * made from the official skill statements; the assessor then edits, adds or removes them.
 */
import { type FormEvent, useState } from 'react';
import {
  type CoverageRow,
  type PracticalTask,
  type PracticalTaskContent,
  emptyTask,
} from '../../../api/assessment-instruments';
import { fieldErrors } from '../../../api/client';
import { api, call } from '../../../api/session';
import { useI18n } from '../../../i18n';
import { HrError } from '../../hr/common';
import { EntryPicker } from './common';

const nextCriterionId = (taken: readonly string[]) => {
  for (let n = 1; ; n++) if (!taken.includes(`c${n}`)) return `c${n}`;
};

export function TaskEditor({
  orgId,
  card,
  skills,
  task,
  author,
  onSaved,
  onCancel,
}: {
  orgId: string;
  card: { code: string; level: number };
  skills: CoverageRow[];
  task: PracticalTask | null;
  author: string;
  onSaved: (task: PracticalTask) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [content, setContent] = useState<PracticalTaskContent>(
    task?.content ?? emptyTask(card.code, card.level, author),
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const set = (patch: Partial<PracticalTaskContent>) => setContent((c) => ({ ...c, ...patch }));
  const fieldError = (path: string) =>
    Object.entries(errors).find(([p]) => p === `content.${path}` || p.startsWith(`content.${path}.`))?.[1];

  const draft = async () => {
    setError(null);
    try {
      const out = await call(
        api.POST('/v1/orgs/{orgId}/practical-tasks:draft-checklist', {
          params: { path: { orgId } },
          body: { card: card.code, level: card.level, skillIds: content.skillIds, lang: content.lang },
        }),
      );
      if (out.criteria.length > 0) set({ criteria: out.criteria });
    } catch (e) {
      setError(e);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = task
        ? await call(
            api.PUT('/v1/orgs/{orgId}/practical-tasks/{taskId}', {
              params: { path: { orgId, taskId: task.id } },
              body: { version: task.version, content },
            }),
          )
        : await call(api.POST('/v1/orgs/{orgId}/practical-tasks', { params: { path: { orgId } }, body: { content } }));
      onSaved(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="ins-form" onSubmit={submit} aria-labelledby="task-editor-title" data-testid="task-editor">
      <h3 id="task-editor-title">{task ? t('ins.task.edit') : t('ins.task.new')}</h3>
      <EntryPicker
        legend={t('ins.task.skills')}
        rows={skills}
        selected={content.skillIds}
        onChange={(skillIds) => set({ skillIds })}
        idPrefix="task-skills"
        error={fieldError('skillIds')}
      />
      <label htmlFor="task-title">{t('ins.task.title')}</label>
      <input
        id="task-title"
        type="text"
        required
        value={content.title}
        onChange={(e) => set({ title: e.target.value })}
      />
      <label htmlFor="task-instructions">{t('ins.task.instructions')}</label>
      <textarea
        id="task-instructions"
        rows={3}
        required
        value={content.instructions}
        onChange={(e) => set({ instructions: e.target.value })}
      />
      <label htmlFor="task-lang">{t('ins.item.lang')}</label>
      <select id="task-lang" value={content.lang} onChange={(e) => set({ lang: e.target.value as 'kk' | 'ru' })}>
        <option value="kk">Қазақша</option>
        <option value="ru">Русский</option>
      </select>
      <fieldset>
        <legend>{t('ins.task.checklist')}</legend>
        <p>
          <button type="button" className="secondary" disabled={content.skillIds.length === 0} onClick={draft}>
            {t('ins.task.draft')}
          </button>
        </p>
        {content.criteria.map((c, i) => (
          <div className="ins-option" key={c.id}>
            <span aria-hidden="true">{c.id}</span>
            <input
              type="text"
              aria-label={t('ins.task.criterionText', { id: c.id })}
              required
              value={c.text}
              onChange={(e) =>
                set({ criteria: content.criteria.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })
              }
            />
            <label>
              <input
                type="checkbox"
                checked={c.critical}
                onChange={(e) =>
                  set({
                    criteria: content.criteria.map((x, j) => (j === i ? { ...x, critical: e.target.checked } : x)),
                  })
                }
              />{' '}
              {t('ins.task.critical')}
            </label>
            <button
              type="button"
              className="secondary"
              disabled={content.criteria.length <= 1}
              onClick={() => set({ criteria: content.criteria.filter((_, j) => j !== i) })}
            >
              {t('ins.task.removeCriterion', { id: c.id })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          disabled={content.criteria.length >= 40}
          onClick={() =>
            set({
              criteria: [
                ...content.criteria,
                { id: nextCriterionId(content.criteria.map((c) => c.id)), text: '', critical: false },
              ],
            })
          }
        >
          {t('ins.task.addCriterion')}
        </button>
        {fieldError('criteria') && <p className="form-error">{fieldError('criteria')}</p>}
      </fieldset>
      <label htmlFor="task-author">{t('ins.item.author')}</label>
      <input
        id="task-author"
        type="text"
        required
        value={content.author}
        onChange={(e) => set({ author: e.target.value })}
      />
      {error ? <HrError error={error} /> : null}
      <p className="button-row">
        <button type="submit" disabled={busy}>
          {t('ins.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('ins.cancel')}
        </button>
      </p>
    </form>
  );
}
