/**
 * A batch of edits applied to a draft's items, whole or not at all (pure: the service reads the
 * items, calls this, and writes back what changed). Every edit of an existing item names the
 * revision it was made from; when the item is at another revision now, the batch is refused as
 * a conflict naming that item, so two methodologists never overwrite each other silently, while
 * edits to different items never collide. Ids are identifiers: a moved or reworded item keeps
 * its id; a new item gets one never used before (new-item-id.ts); a deprecated one keeps its id
 * for good and can be restored.
 */
import { type ItemKind, childListsOf } from '../standard/item-tree.js';
import { itemIdSchema } from '../standard/schemas.js';
import type { DraftEdit, DraftItem } from './draft.js';
import { REQUIRED_FIELDS, foreignFields, newItemData, withFields, withMainText } from './item-fields.js';
import { cardItemId, newItemId } from './new-item-id.js';

const ROOT_KINDS: readonly ItemKind[] = ['card', 'term', 'profession'];

/** Why a batch was refused: `conflict` (409: another revision, an id taken) or `invalid` (400). */
export class EditRefusal extends Error {
  readonly kind: 'conflict' | 'invalid';
  /** Where in the request: `edits[2].fields.level`. */
  readonly path: string;
  /** The item the refusal is about, when there is one. */
  readonly itemId: string | null;
  constructor(kind: 'conflict' | 'invalid', path: string, message: string, itemId: string | null = null) {
    super(message);
    this.name = 'EditRefusal';
    this.kind = kind;
    this.path = path;
    this.itemId = itemId;
  }
}

export type EditOutcome = {
  /** Every item of the draft after the batch. */
  items: Map<string, DraftItem>;
  /** Items whose content changed (their revision went up by one), added ones included. */
  changed: Set<string>;
  /** Items added by the batch (not yet stored). */
  added: Set<string>;
  /** Items only renumbered or re-homed under another card (stored again, revision unchanged). */
  rewritten: Set<string>;
  /** What the batch did, for the audit trail. */
  summary: { op: DraftEdit['op']; id: string }[];
};

/**
 * Applies the edits in order. `usedIds`: every id any edition of the standard has used (the
 * draft's own are added here), so a new id is never one given out before.
 */
export function applyDraftEdits(
  items: readonly DraftItem[],
  edits: readonly DraftEdit[],
  usedIds: ReadonlySet<string>,
): EditOutcome {
  const byId = new Map(items.map((item) => [item.id, { ...item }]));
  const startRevision = new Map(items.map((item) => [item.id, item.revision]));
  const used = new Set([...usedIds, ...byId.keys()]);
  const changed = new Set<string>();
  const added = new Set<string>();
  const rewritten = new Set<string>();
  const summary: EditOutcome['summary'] = [];

  const childrenOf = (parentId: string | null, kind?: ItemKind) =>
    [...byId.values()]
      .filter((i) => i.parentId === parentId && (kind === undefined || i.kind === kind))
      .sort((a, b) => a.position - b.position);

  const descendants = (id: string): DraftItem[] => {
    const out: DraftItem[] = [];
    const walk = (parentId: string) => {
      for (const child of childrenOf(parentId)) {
        out.push(child);
        walk(child.id);
      }
    };
    walk(id);
    return out;
  };

  /** Puts `item` at `position` among its siblings of its kind and renumbers them 0, 1, 2… */
  const place = (item: DraftItem, position: number | undefined) => {
    const siblings = childrenOf(item.parentId, item.kind).filter((s) => s.id !== item.id);
    const at = Math.min(position ?? siblings.length, siblings.length);
    siblings.splice(at, 0, item);
    renumber(siblings);
  };
  const renumber = (siblings: DraftItem[]) => {
    siblings.forEach((s, i) => {
      if (s.position === i) return;
      s.position = i;
      if (!added.has(s.id)) rewritten.add(s.id);
    });
  };

  const existing = (edit: Extract<DraftEdit, { id: string }>, at: string): DraftItem => {
    const item = byId.get(edit.id);
    if (!item || added.has(item.id))
      throw new EditRefusal('invalid', `${at}.id`, `The draft has no item ${edit.id}.`, edit.id);
    const revision = startRevision.get(item.id);
    if (revision !== edit.revision) {
      throw new EditRefusal(
        'conflict',
        `${at}.revision`,
        `Item ${item.id} was changed since you read it (revision ${edit.revision}, now ${revision}).`,
        item.id,
      );
    }
    return item;
  };

  /** The parent an item of `kind` may hang from; null for a card, term or profession. */
  const parentFor = (kind: ItemKind, parentId: string | null, at: string): DraftItem | null => {
    if (ROOT_KINDS.includes(kind)) {
      if (parentId !== null) throw new EditRefusal('invalid', `${at}.parentId`, `A ${kind} has no parent.`);
      return null;
    }
    if (parentId === null) throw new EditRefusal('invalid', `${at}.parentId`, `A ${kind} needs a parent.`);
    const parent = byId.get(parentId);
    if (!parent) throw new EditRefusal('invalid', `${at}.parentId`, `The draft has no item ${parentId}.`, parentId);
    if (parent.deprecated) {
      throw new EditRefusal('invalid', `${at}.parentId`, `Item ${parentId} is deprecated; restore it first.`, parentId);
    }
    if (!childListsOf(parent.kind).some((list) => list.kind === kind)) {
      throw new EditRefusal('invalid', `${at}.parentId`, `A ${parent.kind} holds no ${kind}.`, parentId);
    }
    return parent;
  };

  const checkFields = (kind: ItemKind, fields: object | undefined, at: string) => {
    const foreign = foreignFields(kind, fields ?? {});
    if (foreign.length > 0) {
      throw new EditRefusal('invalid', `${at}.fields.${foreign[0]}`, `A ${kind} has no field ${foreign[0]}.`);
    }
  };

  const touch = (item: DraftItem) => {
    if (!changed.has(item.id) && !added.has(item.id)) item.revision += 1;
    changed.add(item.id);
    rewritten.delete(item.id);
  };

  edits.forEach((edit, index) => {
    const at = `edits[${index}]`;
    switch (edit.op) {
      case 'add': {
        const parent = parentFor(edit.kind, edit.parentId, at);
        const fields = edit.fields ?? {};
        checkFields(edit.kind, fields, at);
        for (const name of REQUIRED_FIELDS[edit.kind] ?? []) {
          if (fields[name] === undefined || fields[name] === null) {
            throw new EditRefusal('invalid', `${at}.fields.${name}`, `A new ${edit.kind} needs ${name}.`);
          }
        }
        let id: string;
        if (edit.kind === 'card') {
          id = cardItemId(fields.code as string, fields.level as number);
          if (!itemIdSchema.safeParse(id).success) {
            throw new EditRefusal('invalid', `${at}.fields.code`, `"${fields.code}" cannot make a card id.`);
          }
          if (used.has(id)) throw new EditRefusal('conflict', `${at}.fields.code`, `Card ${id} already exists.`, id);
        } else id = newItemId(edit.kind, edit.parentId, used);
        used.add(id);
        const item: DraftItem = {
          id,
          kind: edit.kind,
          parentId: parent?.id ?? null,
          cardId: parent === null ? null : parent.kind === 'card' ? parent.id : parent.cardId,
          position: 0,
          text: null,
          source: null,
          data: newItemData(edit.kind, id, edit.text, fields),
          deprecated: false,
          revision: 1,
          baseHash: null,
        };
        byId.set(id, item);
        added.add(id);
        changed.add(id);
        place(item, edit.position);
        summary.push({ op: 'add', id });
        break;
      }
      case 'update': {
        const item = existing(edit, at);
        if (item.deprecated) {
          throw new EditRefusal('invalid', `${at}.id`, `Item ${item.id} is deprecated; restore it first.`, item.id);
        }
        checkFields(item.kind, edit.fields, at);
        let data = item.data;
        if (edit.text) data = withMainText(item.kind, data, edit.text);
        if (edit.fields) data = withFields(item.kind, data, edit.fields);
        item.data = data;
        touch(item);
        summary.push({ op: 'update', id: item.id });
        break;
      }
      case 'move': {
        const item = existing(edit, at);
        if (item.deprecated) {
          throw new EditRefusal('invalid', `${at}.id`, `Item ${item.id} is deprecated; restore it first.`, item.id);
        }
        const parent = parentFor(item.kind, edit.parentId, at);
        if (parent && (parent.id === item.id || descendants(item.id).some((d) => d.id === parent.id))) {
          throw new EditRefusal('invalid', `${at}.parentId`, `Item ${item.id} cannot move under itself.`, item.id);
        }
        const oldParent = item.parentId;
        item.parentId = parent?.id ?? null;
        const cardId = parent === null ? null : parent.kind === 'card' ? parent.id : parent.cardId;
        if (cardId !== item.cardId) {
          item.cardId = cardId;
          for (const d of descendants(item.id)) {
            d.cardId = item.kind === 'card' ? item.id : cardId;
            if (!changed.has(d.id)) rewritten.add(d.id);
          }
        }
        if (oldParent !== item.parentId) {
          renumber(childrenOf(oldParent, item.kind).filter((s) => s.id !== item.id));
          touch(item);
        } else if (!changed.has(item.id)) rewritten.add(item.id);
        place(item, edit.position);
        summary.push({ op: 'move', id: item.id });
        break;
      }
      case 'deprecate':
      case 'restore': {
        const item = existing(edit, at);
        const deprecated = edit.op === 'deprecate';
        if (!deprecated && item.parentId !== null && byId.get(item.parentId)?.deprecated) {
          throw new EditRefusal(
            'invalid',
            `${at}.id`,
            `Its parent ${item.parentId} is deprecated; restore the parent first.`,
            item.id,
          );
        }
        for (const target of [item, ...descendants(item.id)]) {
          if (target.deprecated === deprecated) continue;
          target.deprecated = deprecated;
          touch(target);
        }
        summary.push({ op: edit.op, id: item.id });
        break;
      }
    }
  });
  return { items: byId, changed, added, rewritten, summary };
}
