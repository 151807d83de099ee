/**
 * The draft page's Items tab: on the left the draft's cards (and "Terms and professions"), on the
 * right the chosen card's tree and the chosen item's editor. The choice is in the address
 * (`?card=…&item=…`), so the Checks tab can link to an item and a reload keeps it.
 */
import { useState } from 'react';
import { ErrorBox, Loading } from '../Status';
import type { DraftItem } from '../../api/workbench';
import { useI18n } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { AddItemDialog } from './AddItemDialog';
import { ItemEditor } from './ItemEditor';
import { ItemTree } from './ItemTree';
import { rootsOf, type TreeNode, treeOf } from './item-model';
import { StateBadge } from './StateBadge';
import type { DraftTabProps } from './tab-props';
import { useDraftItems } from './use-draft-items';

/** The left list's entry for the terms and professions (`?card=none`). */
const TERMS = 'none';

export function ItemsTab({ draft, reload }: DraftTabProps) {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  const state = useDraftItems(draft.id, reload);
  const [adding, setAdding] = useState<'card' | 'terms' | null>(null);
  const editable = draft.status === 'draft' && draft.can.edit;
  if (state.error) return <ErrorBox error={state.error} onRetry={() => void state.reload()} />;
  const items = state.items;
  if (!items) return <Loading />;

  const cards = rootsOf(items, 'card');
  const itemParam = params.get('item');
  const chosenItem = itemParam ? items.find((i) => i.id === itemParam) : undefined;
  const cardParam =
    params.get('card') ??
    (chosenItem ? (chosenItem.cardId ?? (chosenItem.kind === 'card' ? chosenItem.id : TERMS)) : null);
  const cardId = cardParam ?? cards[0]?.id ?? TERMS;
  const href = (next: Record<string, string | null>) => {
    const q = new URLSearchParams(search);
    for (const [k, v] of Object.entries(next)) {
      if (v === null) q.delete(k);
      else q.set(k, v);
    }
    const qs = q.toString();
    return `${pathname}${qs ? `?${qs}` : ''}`;
  };
  const select = (id: string) => {
    navigate(href({ card: cardId, item: id }), { replace: true });
    // On a narrow screen the editor sits above the tree: bring it into view (the focus stays in the tree).
    if (window.matchMedia?.('(max-width: 63.99rem)').matches) {
      requestAnimationFrame(() => document.getElementById('wb-editor-title')?.scrollIntoView({ block: 'nearest' }));
    }
  };

  let roots: TreeNode[];
  if (cardId === TERMS) {
    roots = [...rootsOf(items, 'term'), ...rootsOf(items, 'profession')].map((r) => ({ item: r, children: [] }));
  } else {
    const tree = treeOf(items, cardId);
    roots = tree ? [tree] : [];
  }
  const inView =
    chosenItem &&
    (cardId === TERMS
      ? chosenItem.cardId === null && chosenItem.kind !== 'card'
      : (chosenItem.cardId ?? chosenItem.id) === cardId);

  return (
    <div className="wb-items" data-testid="wb-items">
      <nav className="wb-cards" aria-label={t('wb.items.cards')}>
        <h2 className="wb-side-title">{t('wb.items.cards')}</h2>
        <ul>
          {cards.map((card) => (
            <CardEntry
              key={card.id}
              card={card}
              current={card.id === cardId}
              href={href({ card: card.id, item: null })}
            />
          ))}
          <li>
            <Link
              href={href({ card: TERMS, item: null })}
              aria-current={cardId === TERMS ? 'page' : undefined}
              data-testid="wb-terms-link"
            >
              {t('wb.items.terms')}
            </Link>
          </li>
        </ul>
        {editable && (
          <p className="wb-side-actions">
            <button
              type="button"
              className="secondary small"
              onClick={() => setAdding('card')}
              data-testid="wb-add-card"
            >
              {t('wb.add.card')}
            </button>
            <button
              type="button"
              className="secondary small"
              onClick={() => setAdding('terms')}
              data-testid="wb-add-term"
            >
              {t('wb.add.term')}
            </button>
          </p>
        )}
      </nav>
      <div className="wb-tree-pane">
        {!editable && (
          <p className="notice" data-testid="wb-readonly-note">
            {t(draft.status === 'draft' ? 'wb.items.readOnlyRights' : 'wb.items.readOnly', {
              status: t(`wb.status.${draft.status}`),
            })}
          </p>
        )}
        {roots.length === 0 ? (
          <p className="notice">{t(cardId === TERMS ? 'wb.items.noTerms' : 'wb.items.noCard')}</p>
        ) : (
          <ItemTree
            roots={roots}
            selectedId={inView ? (chosenItem?.id ?? null) : null}
            onSelect={select}
            label={t('wb.items.tree')}
          />
        )}
      </div>
      <div className="wb-editor-pane">
        {inView && chosenItem ? (
          <ItemEditor
            key={chosenItem.id}
            items={items}
            item={chosenItem}
            editable={editable}
            onEdit={state.edit}
            onReload={() => void state.reload()}
          />
        ) : (
          <p className="muted wb-pick">{t('wb.items.pick')}</p>
        )}
      </div>
      {adding && (
        <AddItemDialog
          parentId={null}
          kinds={adding === 'card' ? ['card'] : ['term', 'profession']}
          title={t(adding === 'card' ? 'wb.add.card' : 'wb.add.term')}
          onAdd={(edit) => state.edit([edit])}
          onClose={() => setAdding(null)}
          onReload={() => void state.reload()}
        />
      )}
    </div>
  );
}

function CardEntry({ card, current, href }: { card: DraftItem; current: boolean; href: string }) {
  return (
    <li className={card.deprecated ? 'wb-deprecated' : undefined}>
      <Link href={href} aria-current={current ? 'page' : undefined} data-testid="wb-card-link" data-card={card.id}>
        <span className="wb-card-code">
          {card.fields.code ?? card.id}
          {card.fields.level !== undefined ? ` · ${card.fields.level}` : ''}
        </span>{' '}
        <span lang="kk">{card.text?.kk}</span>
      </Link>{' '}
      <StateBadge state={card.state} />
    </li>
  );
}
