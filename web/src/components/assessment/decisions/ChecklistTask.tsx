/**
 * One practical task on the tablet: its checklist with large met / not met / not marked choices
 * per criterion (a radio group each, so a keyboard and a screen reader handle it as one
 * question), the assessor's note, and saving with the version read. A 409 says another assessor
 * saved first and offers to reload; nothing is overwritten.
 */
import { type FormEvent, useId, useState } from 'react';
import { type Mark, type ScoringSheet, type SheetTask, saveMarks } from '../../../api/assessment-decisions';
import { ApiError } from '../../../api/client';
import { useI18n } from '../../../i18n';
import { HrError } from '../../hr/common';

const CHOICES = ['met', 'not-met', 'none'] as const;

export function ChecklistTask({
  orgId,
  candidateId,
  task,
  locked,
  onSaved,
  onReload,
}: {
  orgId: string;
  candidateId: string;
  task: SheetTask;
  locked: boolean;
  onSaved: (sheet: ScoringSheet) => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [marks, setMarks] = useState<Record<string, Mark | null>>(() =>
    Object.fromEntries(task.criteria.map((c) => [c.id, c.mark ?? null])),
  );
  const [note, setNote] = useState(task.note ?? '');
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.status === 409;

  const mark = (criterionId: string, value: (typeof CHOICES)[number]) => {
    setMarks((m) => ({ ...m, [criterionId]: value === 'none' ? null : value }));
    setDirty(true);
    setSaved(false);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const sheet = await saveMarks(orgId, candidateId, task.id, {
        version: task.version,
        marks,
        note: note.trim() === '' ? null : note.trim(),
      });
      setDirty(false);
      setSaved(true);
      onSaved(sheet);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const met = task.criteria.filter((c) => marks[c.id] === 'met').length;
  return (
    <section aria-labelledby={`${id}-title`} className="dec-task" data-task-id={task.id}>
      <h3 id={`${id}-title`}>{task.title}</h3>
      <p className="dec-instructions">{task.instructions}</p>
      <form onSubmit={(e) => void save(e)}>
        <ol className="dec-criteria">
          {task.criteria.map((c) => {
            const current = marks[c.id] ?? 'none';
            return (
              <li key={c.id}>
                <fieldset className="dec-criterion" disabled={locked} data-mark={current}>
                  <legend>
                    {c.text}
                    {c.critical && <span className="hr-badge dec-critical"> {t('dec.critical')}</span>}
                  </legend>
                  <div className="dec-choices">
                    {CHOICES.map((choice) => (
                      <label key={choice} className={`dec-choice dec-choice-${choice}`}>
                        <input
                          type="radio"
                          name={`${id}-${c.id}`}
                          value={choice}
                          checked={current === choice}
                          onChange={() => mark(c.id, choice)}
                        />
                        <span>{t(choice === 'none' ? 'dec.mark.none' : `dec.mark.${choice}`)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <p className="muted small" aria-live="polite">
          {met} / {task.criteria.length} · {t('dec.unmarkedNote')}
        </p>
        <label className="hr-field">
          {t('dec.note')}
          <textarea
            value={note}
            maxLength={4000}
            rows={2}
            disabled={locked}
            onChange={(e) => {
              setNote(e.target.value);
              setDirty(true);
              setSaved(false);
            }}
          />
        </label>
        {!locked && (
          <p className="hr-actions">
            <button type="submit" disabled={busy}>
              {t('dec.saveTask')}
            </button>{' '}
            <span className="muted small" role="status">
              {saved ? t('dec.saved') : dirty ? t('dec.unsaved') : ''}
            </span>
          </p>
        )}
        {conflict ? (
          <p className="form-error" role="alert">
            {t('dec.conflict')}{' '}
            <button type="button" className="secondary small" onClick={onReload}>
              {t('dec.reload')}
            </button>
          </p>
        ) : (
          error !== null && <HrError error={error} />
        )}
      </form>
    </section>
  );
}
