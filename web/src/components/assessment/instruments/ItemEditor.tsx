/**
 * Writing or changing a test item: the knowledge items it assesses (picked from the card), its
 * kind, stem, options with the key (radio for single choice, checkboxes for multiple), accepted
 * answers for a short answer, difficulty and language. The server's field errors are shown by
 * their fields.
 */
import { type FormEvent, useState } from 'react';
import {
  type CoverageRow,
  ITEM_KINDS,
  type ItemKind,
  type TestItem,
  type TestItemContent,
  emptyItem,
  nextOptionId,
} from '../../../api/assessment-instruments';
import { fieldErrors } from '../../../api/client';
import { api, call } from '../../../api/session';
import { useI18n } from '../../../i18n';
import { HrError } from '../../hr/common';
import { EntryPicker } from './common';

export function ItemEditor({
  orgId,
  card,
  knowledge,
  item,
  author,
  onSaved,
  onCancel,
}: {
  orgId: string;
  card: { code: string; level: number };
  knowledge: CoverageRow[];
  item: TestItem | null;
  author: string;
  onSaved: (item: TestItem) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [content, setContent] = useState<TestItemContent>(item?.content ?? emptyItem(card.code, card.level, author));
  const [shortKeys, setShortKeys] = useState(content.kind === 'short' ? content.key.join('\n') : '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const set = (patch: Partial<TestItemContent>) => setContent((c) => ({ ...c, ...patch }));
  const setKind = (kind: ItemKind) =>
    setContent((c) =>
      kind === 'short'
        ? { ...c, kind, options: [] }
        : {
            ...c,
            kind,
            options: c.options.length >= 2 ? c.options : emptyItem(c.cardCode, c.cardLevel, c.author).options,
            key: kind === 'single' ? c.key.slice(0, 1).filter((k) => c.options.some((o) => o.id === k)) : c.key,
          },
    );
  const toggleKey = (id: string, on: boolean) =>
    set({ key: content.kind === 'single' ? [id] : on ? [...content.key, id] : content.key.filter((k) => k !== id) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: TestItemContent =
      content.kind === 'short'
        ? {
            ...content,
            options: [],
            key: shortKeys
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
          }
        : { ...content, key: content.key.filter((k) => content.options.some((o) => o.id === k)) };
    setBusy(true);
    setError(null);
    try {
      const saved = item
        ? await call(
            api.PUT('/v1/orgs/{orgId}/test-items/{itemId}', {
              params: { path: { orgId, itemId: item.id } },
              body: { version: item.version, content: body },
            }),
          )
        : await call(api.POST('/v1/orgs/{orgId}/test-items', { params: { path: { orgId } }, body: { content: body } }));
      onSaved(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (path: string) => {
    const found = Object.entries(errors).find(([p]) => p === `content.${path}` || p.startsWith(`content.${path}.`));
    return found?.[1];
  };
  return (
    <form className="ins-form" onSubmit={submit} aria-labelledby="item-editor-title" data-testid="item-editor">
      <h3 id="item-editor-title">{item ? t('ins.item.edit') : t('ins.item.new')}</h3>
      <EntryPicker
        legend={t('ins.item.knowledge')}
        rows={knowledge}
        selected={content.knowledgeIds}
        onChange={(knowledgeIds) => set({ knowledgeIds })}
        idPrefix="item-knowledge"
        error={fieldError('knowledgeIds')}
      />
      <label htmlFor="item-kind">{t('ins.item.kind')}</label>
      <select id="item-kind" value={content.kind} onChange={(e) => setKind(e.target.value as ItemKind)}>
        {ITEM_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`ins.kind.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor="item-stem">{t('ins.item.stem')}</label>
      <textarea id="item-stem" rows={3} required value={content.stem} onChange={(e) => set({ stem: e.target.value })} />
      {fieldError('stem') && <p className="form-error">{fieldError('stem')}</p>}
      {content.kind === 'short' ? (
        <>
          <label htmlFor="item-short-keys">{t('ins.item.shortKeys')}</label>
          <textarea id="item-short-keys" rows={3} value={shortKeys} onChange={(e) => setShortKeys(e.target.value)} />
        </>
      ) : (
        <fieldset>
          <legend>{t('ins.item.options')}</legend>
          {content.options.map((o, i) => (
            <div className="ins-option" key={o.id}>
              <input
                type={content.kind === 'single' ? 'radio' : 'checkbox'}
                name="item-key"
                id={`item-key-${o.id}`}
                checked={content.key.includes(o.id)}
                onChange={(e) => toggleKey(o.id, e.target.checked)}
              />
              <label htmlFor={`item-key-${o.id}`} className="visually-hidden">
                {t('ins.item.isKey', { id: o.id })}
              </label>
              <span aria-hidden="true">{o.id})</span>
              <input
                type="text"
                aria-label={t('ins.item.optionText', { id: o.id })}
                required
                value={o.text}
                onChange={(e) =>
                  set({ options: content.options.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })
                }
              />
              <button
                type="button"
                className="secondary"
                disabled={content.options.length <= 2}
                onClick={() =>
                  set({
                    options: content.options.filter((_, j) => j !== i),
                    key: content.key.filter((k) => k !== o.id),
                  })
                }
              >
                {t('ins.item.removeOption', { id: o.id })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            disabled={content.options.length >= 10}
            onClick={() =>
              set({ options: [...content.options, { id: nextOptionId(content.options.map((o) => o.id)), text: '' }] })
            }
          >
            {t('ins.item.addOption')}
          </button>
          {(fieldError('options') ?? fieldError('key')) && (
            <p className="form-error">{fieldError('options') ?? fieldError('key')}</p>
          )}
        </fieldset>
      )}
      <label htmlFor="item-difficulty">{t('ins.item.difficulty')}</label>
      <select
        id="item-difficulty"
        value={content.difficulty}
        onChange={(e) => set({ difficulty: Number(e.target.value) as 1 | 2 | 3 })}
      >
        {[1, 2, 3].map((d) => (
          <option key={d} value={d}>
            {t(`ins.difficulty.${d as 1 | 2 | 3}`)}
          </option>
        ))}
      </select>
      <label htmlFor="item-lang">{t('ins.item.lang')}</label>
      <select id="item-lang" value={content.lang} onChange={(e) => set({ lang: e.target.value as 'kk' | 'ru' })}>
        <option value="kk">Қазақша</option>
        <option value="ru">Русский</option>
      </select>
      <label htmlFor="item-author">{t('ins.item.author')}</label>
      <input
        id="item-author"
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
