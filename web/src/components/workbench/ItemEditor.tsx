/**
 * The chosen item: its form (main text in three languages, the kind's fields; "Save" sends one
 * `update` edit naming the item's revision), and what may be done with it: add a child of a kind
 * the item holds, move it up or down among its siblings, move it under another parent, deprecate
 * or restore it (both ask first). Read-only when the draft cannot be edited: the same texts, no
 * controls.
 */
import { type FormEvent, useEffect, useState } from 'react';
import type { DraftEdit, DraftItem } from '../../api/workbench';
import { useI18n } from '../../i18n';
import { AddItemDialog } from './AddItemDialog';
import { DeprecateDialog } from './DeprecateDialog';
import { EditProblem } from './EditProblem';
import { type FormValues, badNumber, formValues, updateEdit } from './item-form-state';
import { CHILD_KINDS, FORM_FIELDS, stepPosition, textRequired, validParents } from './item-model';
import { ItemInputs } from './ItemInputs';
import { ItemLabel } from './ItemTree';
import { StateBadge } from './StateBadge';

type Props = {
  items: readonly DraftItem[];
  item: DraftItem;
  editable: boolean;
  onEdit: (edits: DraftEdit[]) => Promise<void>;
  onReload: () => void;
};

export function ItemEditor({ items, item, editable, onEdit, onReload }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues>(() => formValues(item));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [dialog, setDialog] = useState<'add' | 'deprecate' | null>(null);
  const parents = validParents(items, item);
  const [target, setTarget] = useState(item.parentId ?? '');
  const canEdit = editable && !item.deprecated;
  // Moving and saving keep their buttons focusable (aria-disabled), so the focus stays where the
  // keyboard left it: "move up" can be pressed again at once.
  // A saved or reloaded item (a new revision) resets the form; the editor itself stays, so the
  // focus stays on the button that moved the item.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the revision is the trigger
  useEffect(() => {
    setValues(formValues(item));
    setTarget(item.parentId ?? '');
  }, [item.id, item.revision]);

  const run = async (edits: DraftEdit[]) => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await onEdit(edits);
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const edit = updateEdit(item, values);
  const invalid =
    (textRequired(item.kind) && values.kk.trim() === '') || FORM_FIELDS[item.kind].some((f) => badNumber(f, values[f]));
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (edit && !invalid && !busy) void run([edit]);
  };
  const move = (parentId: string | null, position: number) =>
    run([{ op: 'move', id: item.id, revision: item.revision, parentId, position }]);
  const up = stepPosition(items, item, -1);
  const down = stepPosition(items, item, 1);
  const childKinds = CHILD_KINDS[item.kind];

  return (
    <section className="wb-editor" aria-labelledby="wb-editor-title" data-testid="wb-editor" data-item={item.id}>
      <h2 id="wb-editor-title" className="wb-editor-title">
        <ItemLabel item={item} />
      </h2>
      <p className="small muted">
        <code>{item.id}</code> · {t('wb.item.revision', { n: item.revision })} <StateBadge state={item.state} />
      </p>
      {item.state === 'changed' && item.baseText && (
        <details className="wb-base">
          <summary>{t('wb.item.baseText')}</summary>
          <p lang="kk">{item.baseText}</p>
        </details>
      )}
      {item.deprecated && <p className="notice">{t('wb.item.deprecatedNote')}</p>}
      {canEdit ? (
        <form className="wb-form" onSubmit={save} data-testid="wb-item-form">
          <ItemInputs kind={item.kind} values={values} onChange={setValues} />
          <div className="button-row">
            {/* Never disabled by a save in flight: a disabled button would drop the keyboard focus. */}
            <button type="submit" aria-disabled={busy || !edit || invalid} data-testid="wb-save">
              {t('wb.item.save')}
            </button>
            {saved && !error && (
              <span role="status" className="small" data-testid="wb-saved">
                {t('wb.item.saved')}
              </span>
            )}
          </div>
        </form>
      ) : (
        <ReadOnlyTexts item={item} />
      )}
      {error !== null && <EditProblem error={error} onReload={onReload} />}
      {editable && (
        <div className="wb-actions" data-testid="wb-actions">
          {canEdit && childKinds.length > 0 && (
            <button type="button" className="secondary" onClick={() => setDialog('add')} data-testid="wb-add-child">
              {t('wb.add.child')}
            </button>
          )}
          {canEdit && (
            <>
              <button
                type="button"
                className="secondary"
                aria-disabled={busy || up === null}
                onClick={() => !busy && up !== null && void move(item.parentId, up)}
                data-testid="wb-move-up"
              >
                {t('wb.move.up')}
              </button>
              <button
                type="button"
                className="secondary"
                aria-disabled={busy || down === null}
                onClick={() => !busy && down !== null && void move(item.parentId, down)}
                data-testid="wb-move-down"
              >
                {t('wb.move.down')}
              </button>
            </>
          )}
          <button
            type="button"
            className={item.deprecated ? 'secondary' : 'secondary danger'}
            onClick={() => setDialog('deprecate')}
            data-testid="wb-deprecate"
          >
            {t(item.deprecated ? 'wb.restore.button' : 'wb.deprecate.button')}
          </button>
          {canEdit && parents.length > 1 && (
            <form
              className="wb-move-to"
              onSubmit={(e) => {
                e.preventDefault();
                if (target && target !== item.parentId) void move(target, 0);
              }}
            >
              <label htmlFor="wb-move-target">{t('wb.move.to')}</label>
              <select
                id="wb-move-target"
                value={target}
                onChange={(e) => setTarget(e.target.value)}
                data-testid="wb-move-target"
              >
                {parents.map((p) => (
                  <option key={p.id} value={p.id}>
                    {t(`wb.kind.${p.kind}`)} {p.fields.number ? `${p.fields.number}. ` : ''}
                    {(p.text?.kk ?? p.id).slice(0, 80)}
                  </option>
                ))}
              </select>
              <button
                type="submit"
                className="secondary"
                disabled={busy || !target || target === item.parentId}
                data-testid="wb-move-submit"
              >
                {t('wb.move.submit')}
              </button>
            </form>
          )}
        </div>
      )}
      {dialog === 'add' && (
        <AddItemDialog
          parentId={item.id}
          kinds={childKinds}
          title={t('wb.add.title')}
          onAdd={(e) => onEdit([e])}
          onClose={() => setDialog(null)}
          onReload={onReload}
        />
      )}
      {dialog === 'deprecate' && (
        <DeprecateDialog
          item={item}
          onConfirm={() =>
            onEdit([{ op: item.deprecated ? 'restore' : 'deprecate', id: item.id, revision: item.revision }])
          }
          onClose={() => setDialog(null)}
          onReload={onReload}
        />
      )}
    </section>
  );
}

function ReadOnlyTexts({ item }: { item: DraftItem }) {
  const { t } = useI18n();
  const v = formValues(item);
  return (
    <dl className="wb-readonly" data-testid="wb-readonly">
      {(['kk', 'ru', 'en'] as const).map(
        (lang) =>
          v[lang] && (
            <div key={lang}>
              <dt>
                {t(`wb.form.${lang}`)}
                {lang !== 'kk' && <span className="wb-unofficial"> {t('common.unofficial')}</span>}
              </dt>
              <dd lang={lang}>{v[lang]}</dd>
            </div>
          ),
      )}
      {FORM_FIELDS[item.kind].map(
        (f) =>
          v[f] && (
            <div key={f}>
              <dt>{t(`wb.field.${f}`)}</dt>
              <dd>{v[f]}</dd>
            </div>
          ),
      )}
    </dl>
  );
}
