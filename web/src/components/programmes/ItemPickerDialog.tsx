/**
 * The "link items" dialog: a card's structure — labour function → task → skills and knowledge —
 * with a checkbox per item, a text filter, and beside each item whether another outcome already
 * covers it (so the designer sees gaps and overlaps while choosing). With several cards, a card
 * selector. A modal <dialog>: the page behind is inert, Escape closes it, and the opener gets the
 * focus back (the caller does that on close).
 */
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LabourFunction } from '../../api/types';
import type { ProgrammeOutcome } from '../../api/programme-editor';
import { useI18n } from '../../i18n';
import { ItemId } from '../ItemId';
import { ErrorBox, Loading } from '../Status';
import { type CardItem, itemsOf } from './editor-cards';
import { useEditor } from './editor-context';
import { linksByItem } from './editor-ops';

export function ItemPickerDialog({
  outcome,
  onClose,
}: {
  outcome: ProgrammeOutcome;
  /** The ids chosen (none when closed without linking). */
  onClose: (chosen: string[]) => void;
}) {
  const { t } = useI18n();
  const { draft, cards } = useEditor();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const cardSelectId = useId();
  const filterId = useId();
  const [cardKey, setCardKey] = useState(cards.cards[0]?.key ?? '');
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  useEffect(() => {
    if (!cardKey && cards.cards[0]) setCardKey(cards.cards[0].key);
  }, [cardKey, cards.cards]);

  const links = useMemo(() => linksByItem(draft), [draft]);
  const linkedHere = new Set(outcome.itemIds);
  const card = cards.cards.find((c) => c.key === cardKey);
  const items = useMemo(() => (card?.detail ? itemsOf(card.key, card.detail) : []), [card]);
  const needle = filter.trim().toLocaleLowerCase('kk');
  const shown = needle
    ? items.filter((i) => i.kk.toLocaleLowerCase('kk').includes(needle) || i.id.toLowerCase().includes(needle))
    : items;

  const toggle = (id: string, on: boolean) =>
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const elsewhere = (id: string) => {
    const codes = (links.get(id) ?? []).filter((l) => l.outcomeId !== outcome.id).map((l) => l.module.code);
    return [...new Set(codes)];
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onClose([...chosen]);
  };

  const itemRow = (item: CardItem) => {
    const here = linkedHere.has(item.id);
    const other = elsewhere(item.id);
    return (
      <li key={item.id} className="prog-picker-item" data-testid="picker-item" data-item-id={item.id}>
        <label>
          <input
            type="checkbox"
            checked={here || chosen.has(item.id)}
            disabled={here}
            onChange={(e) => toggle(item.id, e.target.checked)}
          />{' '}
          <span className={`prog-kind prog-kind-${item.kind}`}>{t(`prog.editor.itemKind.${item.kind}`)}</span>{' '}
          <ItemId id={item.id} /> <span lang="kk">{item.kk}</span>
        </label>
        {here ? (
          <span className="muted small prog-hint"> {t('prog.editor.picker.linkedHere')}</span>
        ) : (
          other.length > 0 && (
            <span className="small prog-hint prog-hint-covered">
              {' '}
              {t('prog.editor.picker.coveredBy', { where: other.join(', ') })}
            </span>
          )
        )}
      </li>
    );
  };

  const functionBlock = (f: LabourFunction) => {
    const mine = shown.filter((i) => i.functionId === f.id);
    if (mine.length === 0) return null;
    const groups = [
      ...f.tasks.map((task) => ({
        key: task.id,
        title: t('prog.editor.picker.task', { name: task.name.kk }),
        list: mine.filter((i) => i.taskId === task.id),
      })),
      { key: `${f.id}-shared`, title: t('prog.editor.picker.shared'), list: mine.filter((i) => i.taskId === null) },
    ].filter((g) => g.list.length > 0);
    return (
      <fieldset key={f.id} className="prog-picker-function">
        <legend lang="kk">{t('prog.editor.picker.function', { name: f.name.kk })}</legend>
        {groups.map((g) => (
          <fieldset key={g.key} className="prog-picker-task">
            <legend lang="kk">{g.title}</legend>
            <GroupToggle
              ids={g.list.filter((i) => !linkedHere.has(i.id)).map((i) => i.id)}
              chosen={chosen}
              setChosen={setChosen}
            />
            <ul className="prog-picker-list">{g.list.map(itemRow)}</ul>
          </fieldset>
        ))}
      </fieldset>
    );
  };

  return (
    <dialog
      ref={ref}
      className="prog-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose([]);
      }}
      data-testid="item-picker"
    >
      <form onSubmit={submit} className="prog-picker">
        <h2 id={titleId}>{t('prog.editor.picker.title')}</h2>
        <p className="muted small">{t('prog.editor.picker.for', { text: outcome.text || '—' })}</p>
        <div className="form-row">
          {cards.cards.length > 1 && (
            <div className="field">
              <label htmlFor={cardSelectId}>{t('prog.editor.picker.card')}</label>
              <select id={cardSelectId} value={cardKey} onChange={(e) => setCardKey(e.target.value)}>
                {cards.cards.map((c) => (
                  <option key={c.key} value={c.key}>
                    {t('prog.editor.cardLevel', { code: c.ref.code, level: c.ref.level })}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field field-wide">
            <label htmlFor={filterId}>{t('prog.editor.picker.filter')}</label>
            <input
              id={filterId}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              autoFocus
              data-testid="picker-filter"
            />
          </div>
        </div>
        <div className="prog-picker-tree">
          {cards.loading || !card ? (
            <Loading />
          ) : card.error ? (
            <ErrorBox error={card.error} />
          ) : shown.length === 0 ? (
            <p className="muted">{t('prog.editor.picker.none')}</p>
          ) : (
            card.detail?.card.labourFunctions.map(functionBlock)
          )}
        </div>
        <div className="prog-picker-foot">
          <p className="small" role="status" aria-live="polite">
            {t('prog.editor.picker.chosen', { count: chosen.size })}
          </p>
          <div className="button-row">
            <button type="submit" disabled={chosen.size === 0} data-testid="picker-apply">
              {t('prog.editor.picker.apply')}
            </button>
            <button type="button" className="secondary" onClick={() => onClose([])}>
              {t('prog.editor.picker.close')}
            </button>
          </div>
        </div>
      </form>
    </dialog>
  );
}

/** Choose every item of a task shown (not linked yet), or none of them again: one button. */
function GroupToggle({
  ids,
  chosen,
  setChosen,
}: {
  ids: string[];
  chosen: ReadonlySet<string>;
  setChosen: (update: (old: ReadonlySet<string>) => ReadonlySet<string>) => void;
}) {
  const { t } = useI18n();
  if (ids.length < 2) return null;
  const all = ids.every((id) => chosen.has(id));
  return (
    <button
      type="button"
      className="secondary small"
      onClick={() =>
        setChosen((old) => {
          const next = new Set(old);
          for (const id of ids) {
            if (all) next.delete(id);
            else next.add(id);
          }
          return next;
        })
      }
      data-testid="picker-group-toggle"
    >
      {all ? t('prog.editor.picker.noneInGroup') : t('prog.editor.picker.allInGroup', { count: ids.length })}
    </button>
  );
}
