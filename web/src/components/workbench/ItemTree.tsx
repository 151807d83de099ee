/**
 * A card's tree as the printed card orders it (other names, requirements, labour functions →
 * tasks → skills and knowledge, links), or the terms and professions: each item a button that
 * selects it, with its kind, number, official text and state in words. A changed item's base
 * text is one click away (a disclosure under it). Printing shows the whole tree.
 */
import type { DraftItem } from '../../api/workbench';
import { useI18n } from '../../i18n';
import type { TreeNode } from './item-model';
import { StateBadge } from './StateBadge';

export function ItemLabel({ item }: { item: DraftItem }) {
  const { t } = useI18n();
  const number = item.fields.number ? `${item.fields.number}. ` : '';
  const text = item.text?.kk ?? (item.fields.group ? t(`wb.group.${item.fields.group}`) : t(`wb.kind.${item.kind}`));
  return (
    <>
      <span className="wb-kind">{t(`wb.kind.${item.kind}`)}</span>{' '}
      <span className="wb-text" lang="kk">
        {number}
        {text}
      </span>
    </>
  );
}

function Node({
  node,
  selectedId,
  onSelect,
}: {
  node: TreeNode;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  const { item } = node;
  const selected = item.id === selectedId;
  return (
    <li className={`wb-node${item.deprecated ? ' wb-deprecated' : ''}`} data-item={item.id} data-kind={item.kind}>
      <div className="wb-node-row">
        <button
          type="button"
          className={`wb-node-button${selected ? ' selected' : ''}`}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect(item.id)}
          data-testid="wb-node"
        >
          <ItemLabel item={item} />
        </button>
        <StateBadge state={item.state} />
        {item.openComments > 0 && (
          <span className="wb-badge wb-comments">{t('wb.item.comments', { n: item.openComments })}</span>
        )}
      </div>
      {item.state === 'changed' && item.baseText && (
        <details className="wb-base">
          <summary>{t('wb.item.baseText')}</summary>
          <p lang="kk" data-testid="wb-base-text">
            {item.baseText}
          </p>
        </details>
      )}
      {node.children.length > 0 && (
        <ul className="wb-tree-list">
          {node.children.map((child) => (
            <Node key={child.item.id} node={child} selectedId={selectedId} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function ItemTree({
  roots,
  selectedId,
  onSelect,
  label,
}: {
  roots: TreeNode[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  label: string;
}) {
  return (
    <ul className="wb-tree" aria-label={label} data-testid="wb-tree">
      {roots.map((node) => (
        <Node key={node.item.id} node={node} selectedId={selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
}
