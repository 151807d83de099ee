/**
 * Ids for items a draft adds, in the scheme the data files use (Order 262's cards): a child is
 * its parent's id, a letter for its kind and a number (`2635-3-001.5.f1.t2.s3`); a card is
 * `<code>.<level>`; terms and professions are `term-N` and `prof-N`. The number is one past the
 * largest ever used under that parent for that letter — by any item of the draft, deprecated
 * ones included, and by any stored edition of the standard — so an id once given out (and its
 * CASE identifier, which derives from it) never comes back meaning something else.
 */
import type { ItemKind } from '../standard/item-tree.js';

/** The letter each kind of child item carries in its id. */
export const KIND_LETTER: Record<Exclude<ItemKind, 'card' | 'term' | 'profession'>, string> = {
  otherName: 'n',
  qualificationGroup: 'g',
  qualificationRule: 'q',
  labourFunction: 'f',
  task: 't',
  skill: 's',
  knowledge: 'k',
  link: 'l',
  qualificationLink: 'ql',
};

const ROOT_PREFIX = { term: 'term-', profession: 'prof-' } as const;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One past the largest number after `prefix` among the ids (1 when none). */
function nextNumber(prefix: string, used: Iterable<string>): number {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`);
  let max = 0;
  for (const id of used) {
    const n = pattern.exec(id)?.[1];
    if (n !== undefined) max = Math.max(max, Number(n));
  }
  return max + 1;
}

/**
 * The id of a new item of `kind` under `parentId` (null for a term or profession). Cards are
 * named by their code and level instead: see `cardItemId`.
 */
export function newItemId(kind: Exclude<ItemKind, 'card'>, parentId: string | null, used: ReadonlySet<string>): string {
  if (kind === 'term' || kind === 'profession') {
    const prefix = ROOT_PREFIX[kind];
    return `${prefix}${nextNumber(prefix, used)}`;
  }
  if (parentId === null) throw new Error(`a ${kind} needs a parent`);
  const prefix = `${parentId}.${KIND_LETTER[kind]}`;
  return `${prefix}${nextNumber(prefix, used)}`;
}

/** A card's id: its profession code and level (`2635-3-001.5`), lower-cased to be a valid id. */
export const cardItemId = (code: string, level: number): string => `${code.trim().toLowerCase()}.${level}`;
