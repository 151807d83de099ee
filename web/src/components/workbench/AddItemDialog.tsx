/**
 * "Add" under an item (or at the top level: a card, a term, a profession): the kind is chosen
 * from what the parent may hold, then its text and fields. Sends one `add` edit at the end of
 * the parent's list of that kind.
 */
import { type FormEvent, useState } from 'react';
import type { DraftEdit, ItemKind } from '../../api/workbench';
import { useI18n } from '../../i18n';
import { EditProblem } from './EditProblem';
import { EMPTY_VALUES, type FormValues, badNumber, fieldsOf, textOf } from './item-form-state';
import { FORM_FIELDS } from './item-model';
import { ItemInputs } from './ItemInputs';
import { WbDialog } from './WbDialog';

export function AddItemDialog({
  parentId,
  kinds,
  title,
  onAdd,
  onClose,
  onReload,
}: {
  parentId: string | null;
  kinds: readonly ItemKind[];
  title: string;
  onAdd: (edit: DraftEdit) => Promise<void>;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ItemKind>(kinds[0] ?? 'skill');
  const [values, setValues] = useState<FormValues>(
    kinds[0] === 'qualificationRule' ? { ...EMPTY_VALUES, minLevel: 'tvet' } : EMPTY_VALUES,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const text = textOf(values);
  const invalid = !text || FORM_FIELDS[kind].some((f) => badNumber(f, values[f]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text) return;
    setBusy(true);
    setError(null);
    try {
      const fields = fieldsOf(kind, values);
      // A new rule needs an education; the form's level stands in until the methodologist sets more.
      if (kind === 'qualificationRule' && !fields.education) fields.education = [{ minLevel: 'tvet' }];
      await onAdd({ op: 'add', kind, parentId, text, ...(Object.keys(fields).length > 0 ? { fields } : {}) });
      onClose();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <WbDialog title={title} onClose={onClose} testId="wb-add-dialog">
      <form onSubmit={(e) => void submit(e)} className="wb-form">
        {kinds.length > 1 && (
          <div className="wb-field">
            <label htmlFor="wb-add-kind">{t('wb.add.kind')}</label>
            <select
              id="wb-add-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as ItemKind)}
              data-testid="wb-add-kind"
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`wb.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <ItemInputs kind={kind} values={values} onChange={setValues} />
        {error !== null && <EditProblem error={error} onReload={onReload} />}
        <div className="button-row">
          <button type="submit" disabled={busy || invalid} data-testid="wb-add-submit">
            {t('wb.add.submit')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </WbDialog>
  );
}
