/**
 * The workflow buttons the signed-in methodologist may use now (the draft's `can`): send for
 * review, send back (a comment saying why is required), approve (only someone other than who
 * created or submitted it — the server decides, the page explains), withdraw (after a
 * confirmation) and publish (the dialog with the impact first). Each sends the draft revision it
 * was read at; a refusal is shown in words, a 409 with a button that reads the draft again.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { type Draft, type PublishResult, takeStep, type WorkflowStep } from '../../../api/workbench-review';
import { useI18n } from '../../../i18n';
import { WbDialog } from '../WbDialog';
import { PublishDialog } from './PublishDialog';
import { StepError } from './StepError';

type Open = null | 'return' | 'withdraw' | 'publish';

function StepDialog({
  step,
  draft,
  onClose,
  onDone,
}: {
  step: 'return' | 'withdraw';
  draft: Draft;
  onClose: () => void;
  onDone: (draft: Draft) => void;
}) {
  const { t } = useI18n();
  const commentId = useId();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const required = step === 'return';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(required && !comment.trim());
    if (required && !comment.trim()) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await takeStep(draft, step, comment));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <WbDialog title={t(`wbr.step.${step}.title`)} onClose={onClose} testId={`${step}-dialog`}>
      <form onSubmit={submit}>
        <p>{t(`wbr.step.${step}.question`)}</p>
        <label htmlFor={commentId}>{t(required ? 'wbr.step.commentRequired' : 'wbr.step.commentOptional')}</label>
        <textarea
          id={commentId}
          rows={3}
          maxLength={4000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={missing || undefined}
          data-testid={`${step}-comment`}
        />
        {missing && (
          <p className="form-error" role="alert">
            {t('wbr.step.commentNeeded')}
          </p>
        )}
        {error !== null && <StepError error={error} />}
        <div className="button-row">
          <button type="submit" disabled={busy} data-testid={`${step}-confirm`}>
            {t(`wbr.step.${step}.confirm`)}
          </button>
          <button type="button" className="secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </WbDialog>
  );
}

export function WorkflowActions({
  draft,
  reload,
  onPublished,
}: {
  draft: Draft;
  reload: () => void;
  onPublished: (result: PublishResult) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const bar = useRef<HTMLDivElement>(null);
  const close = () => {
    setOpen(null);
    bar.current?.querySelector('button')?.focus();
  };
  const done = () => {
    setOpen(null);
    setError(null);
    reload();
  };
  const direct = async (step: WorkflowStep) => {
    setBusy(true);
    setError(null);
    try {
      await takeStep(draft, step);
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const { can } = draft;
  const any = can.submit || can.return || can.approve || can.withdraw || can.publish;
  return (
    <section aria-labelledby="wbr-workflow-title" className="wbr-workflow" data-testid="review-workflow">
      <h3 id="wbr-workflow-title">{t('wbr.workflow.title')}</h3>
      <p data-testid="review-next">{t(`wbr.next.${draft.status}`)}</p>
      {draft.status === 'in-review' && !can.approve && (
        <p className="muted small" data-testid="approve-other">
          {t('wbr.workflow.secondPerson')}
        </p>
      )}
      <div className="button-row" ref={bar}>
        {can.submit && (
          <button type="button" disabled={busy} onClick={() => direct('submit')} data-testid="step-submit">
            {t('wbr.step.submit')}
          </button>
        )}
        {can.approve && (
          <button type="button" disabled={busy} onClick={() => direct('approve')} data-testid="step-approve">
            {t('wbr.step.approve')}
          </button>
        )}
        {can.publish && (
          <button type="button" disabled={busy} onClick={() => setOpen('publish')} data-testid="step-publish">
            {t('wbr.step.publish')}
          </button>
        )}
        {can.return && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => setOpen('return')}
            data-testid="step-return"
          >
            {t('wbr.step.return.label')}
          </button>
        )}
        {can.withdraw && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => setOpen('withdraw')}
            data-testid="step-withdraw"
          >
            {t('wbr.step.withdraw.label')}
          </button>
        )}
      </div>
      {!any && draft.status !== 'published' && draft.status !== 'withdrawn' && (
        <p className="muted small" data-testid="review-no-step">
          {t('wbr.workflow.none')}
        </p>
      )}
      {error !== null && <StepError error={error} reload={reload} />}
      {(open === 'return' || open === 'withdraw') && (
        <StepDialog step={open} draft={draft} onClose={close} onDone={done} />
      )}
      {open === 'publish' && (
        <PublishDialog
          draft={draft}
          onClose={close}
          onPublished={(result) => {
            setOpen(null);
            onPublished(result);
            reload();
          }}
        />
      )}
    </section>
  );
}
