/**
 * The review comments of a draft: on the whole draft or on one item, newest last; open ones or
 * all; anyone who can author may add one or mark one resolved. The item to comment on is chosen
 * among the items the draft changes (its diff against the base) or comes from the address
 * (`?item=<id>`, which the items tab links to).
 */
import { type FormEvent, useId, useState } from 'react';
import { formatDateTime, usePrivate } from '../../../api/session';
import { addComment, type Draft, type DraftComment, getComments, resolveComment } from '../../../api/workbench-review';
import { useI18n } from '../../../i18n';
import { Link } from '../../../router';
import { ErrorBox, Loading } from '../../Status';
import { StepError } from './StepError';

export type ItemChoice = { id: string; label: string };

function CommentView({ draft, comment, onResolved }: { draft: Draft; comment: DraftComment; onResolved: () => void }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const resolved = comment.resolvedAt !== null;
  const resolve = async () => {
    setBusy(true);
    setError(null);
    try {
      await resolveComment(draft.id, comment.id);
      onResolved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li
      className={`wbr-comment${resolved ? ' resolved' : ''}`}
      data-testid="draft-comment"
      data-comment={comment.id}
      data-item={comment.itemId ?? ''}
      data-resolved={resolved ? 'true' : 'false'}
    >
      <p className="small muted">
        <strong>{comment.author?.name ?? t('wbr.comments.someone')}</strong> · {formatDateTime(comment.createdAt, lang)}
        {' · '}
        {comment.itemId ? (
          <Link href={`/workbench/drafts/${draft.id}?item=${encodeURIComponent(comment.itemId)}`}>
            {t('wbr.comments.onItem', { id: comment.itemId })}
          </Link>
        ) : (
          t('wbr.comments.onDraft')
        )}
      </p>
      <p className="wbr-comment-body">{comment.body}</p>
      {resolved ? (
        <p className="small wbr-resolved" data-testid="comment-resolved">
          ✓{' '}
          {t('wbr.comments.resolvedBy', {
            name: comment.resolvedBy?.name ?? t('wbr.comments.someone'),
            at: formatDateTime(comment.resolvedAt, lang),
          })}
        </p>
      ) : (
        <button
          type="button"
          className="secondary small"
          onClick={resolve}
          disabled={busy}
          data-testid="comment-resolve"
        >
          {t('wbr.comments.resolve')}
        </button>
      )}
      {error !== null && <StepError error={error} />}
    </li>
  );
}

function NewComment({
  draft,
  items,
  presetItem,
  onAdded,
}: {
  draft: Draft;
  items: ItemChoice[];
  presetItem: string | null;
  onAdded: () => void;
}) {
  const { t } = useI18n();
  const itemField = useId();
  const bodyField = useId();
  const choices =
    presetItem && !items.some((i) => i.id === presetItem) ? [{ id: presetItem, label: presetItem }, ...items] : items;
  const [itemId, setItemId] = useState(presetItem ?? '');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setEmpty(!body.trim());
    if (!body.trim()) return;
    setBusy(true);
    try {
      await addComment(draft.id, itemId || null, body.trim());
      setBody('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="wbr-new-comment" onSubmit={submit} aria-label={t('wbr.comments.add')} data-testid="comment-form">
      <div className="field">
        <label htmlFor={itemField}>{t('wbr.comments.item')}</label>
        <select id={itemField} value={itemId} onChange={(e) => setItemId(e.target.value)} data-testid="comment-item">
          <option value="">{t('wbr.comments.wholeDraft')}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={bodyField}>{t('wbr.comments.body')}</label>
        <textarea
          id={bodyField}
          rows={3}
          maxLength={4000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={empty || undefined}
          data-testid="comment-body"
        />
        {empty && (
          <p className="form-error" role="alert">
            {t('wbr.comments.bodyNeeded')}
          </p>
        )}
      </div>
      {error !== null && <StepError error={error} />}
      <p className="form-actions">
        <button type="submit" disabled={busy} data-testid="comment-submit">
          {t('wbr.comments.add')}
        </button>
      </p>
    </form>
  );
}

export function Comments({
  draft,
  reload,
  items,
  presetItem,
}: {
  draft: Draft;
  reload: () => void;
  items: ItemChoice[];
  presetItem: string | null;
}) {
  const { t } = useI18n();
  const [onlyOpen, setOnlyOpen] = useState(true);
  const [seen, setSeen] = useState(0);
  const list = usePrivate(`${draft.id}@${draft.revision}/${onlyOpen}/${seen}`, () => getComments(draft.id, onlyOpen));
  // A comment added or resolved changes the draft's count of open comments (and maybe what it allows).
  const changed = () => {
    setSeen((n) => n + 1);
    reload();
  };
  const name = useId();
  return (
    <section aria-labelledby="wbr-comments-title" className="wbr-comments" data-testid="review-comments">
      <h3 id="wbr-comments-title">
        {t('wbr.comments.title')}{' '}
        <span className="count">({t('wbr.comments.open', { count: draft.openComments })})</span>
      </h3>
      <fieldset className="wbr-filter">
        <legend className="visually-hidden">{t('wbr.comments.show')}</legend>
        <label>
          <input
            type="radio"
            name={name}
            checked={onlyOpen}
            onChange={() => setOnlyOpen(true)}
            data-testid="comments-open"
          />{' '}
          {t('wbr.comments.showOpen')}
        </label>{' '}
        <label>
          <input
            type="radio"
            name={name}
            checked={!onlyOpen}
            onChange={() => setOnlyOpen(false)}
            data-testid="comments-all"
          />{' '}
          {t('wbr.comments.showAll')}
        </label>
      </fieldset>
      {list.error && <ErrorBox error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data &&
        (list.data.comments.length === 0 ? (
          <p className="muted" data-testid="comments-none">
            {onlyOpen ? t('wbr.comments.noneOpen') : t('wbr.comments.none')}
          </p>
        ) : (
          <ul className="wbr-comment-list">
            {list.data.comments.map((c) => (
              <CommentView key={c.id} draft={draft} comment={c} onResolved={changed} />
            ))}
          </ul>
        ))}
      {draft.status !== 'published' && draft.status !== 'withdrawn' && (
        <NewComment draft={draft} items={items} presetItem={presetItem} onAdded={changed} />
      )}
    </section>
  );
}
