/**
 * Coverage proof: every skill and knowledge item of a card, with the instruments that assess it.
 * Knowledge is covered by reviewed test items that name it; a skill by reviewed practical tasks
 * that observe it (only the specification's chosen tasks, when the matrix is for a
 * specification). Drafts are counted so an author sees what is on its way, but never cover.
 * Retired instruments are left out: nothing draws them any more. Pure.
 */
import type { Card } from '../standard/schemas.js';
import type { ReviewStatus } from './instruments.js';

export type CardEntryKind = 'skill' | 'knowledge';

/** One skill or knowledge item of the card, where it stands (its function, and its task when it has one). */
export type CardEntry = {
  id: string;
  kind: CardEntryKind;
  kk: string;
  ru?: string | undefined;
  en?: string | undefined;
  labourFunctionId: string;
  /** Null for a list printed once for the whole function. */
  taskId: string | null;
};

/** Every skill and knowledge item of the card, in the printed order. */
export function cardEntries(card: Card): CardEntry[] {
  const out: CardEntry[] = [];
  const push = (
    kind: CardEntryKind,
    list: readonly { id: string; kk: string; ru?: string | undefined; en?: string | undefined }[] | undefined,
    labourFunctionId: string,
    taskId: string | null,
  ) => {
    for (const t of list ?? []) out.push({ id: t.id, kind, kk: t.kk, ru: t.ru, en: t.en, labourFunctionId, taskId });
  };
  for (const f of card.labourFunctions) {
    for (const task of f.tasks) {
      push('skill', task.skills, f.id, task.id);
      push('knowledge', task.knowledge, f.id, task.id);
    }
    push('skill', f.skills, f.id, null);
    push('knowledge', f.knowledge, f.id, null);
  }
  return out;
}

/**
 * The knowledge a task's questions are drawn from: its own list and the list the card prints once
 * for the whole function (the same pool the session draw uses). The draw takes reviewed items
 * that name any of these ids.
 */
export function taskKnowledgePool(card: Card): Map<string, string[]> {
  const pool = new Map<string, string[]>();
  for (const f of card.labourFunctions) {
    const shared = (f.knowledge ?? []).map((k) => k.id);
    for (const task of f.tasks) {
      const own = task.knowledge.map((k) => k.id);
      pool.set(task.id, [...new Set([...own, ...shared])]);
    }
  }
  return pool;
}

export type ItemRef = { id: string; status: ReviewStatus; knowledgeIds: readonly string[] };
export type TaskRef = { id: string; status: ReviewStatus; skillIds: readonly string[] };

export type CoverageRow = {
  entry: CardEntry;
  reviewedItems: number;
  draftItems: number;
  reviewedTasks: number;
  draftTasks: number;
  covered: boolean;
};

/**
 * The matrix. `taskIds`, when given, limits practical tasks to those a specification chose:
 * a skill observed by a task the specification does not use is not covered by it.
 */
export function coverageMatrix(
  card: Card,
  items: readonly ItemRef[],
  tasks: readonly TaskRef[],
  taskIds?: ReadonlySet<string>,
): CoverageRow[] {
  const count = (refs: readonly { status: ReviewStatus; ids: readonly string[] }[]) => {
    const reviewed = new Map<string, number>();
    const draft = new Map<string, number>();
    for (const r of refs) {
      const into = r.status === 'reviewed' ? reviewed : r.status === 'draft' ? draft : null;
      if (!into) continue;
      for (const id of new Set(r.ids)) into.set(id, (into.get(id) ?? 0) + 1);
    }
    return { reviewed, draft };
  };
  const byItem = count(items.map((i) => ({ status: i.status, ids: i.knowledgeIds })));
  const chosen = taskIds ? tasks.filter((t) => taskIds.has(t.id)) : tasks;
  const byTask = count(chosen.map((t) => ({ status: t.status, ids: t.skillIds })));
  return cardEntries(card).map((entry) => {
    const reviewedItems = entry.kind === 'knowledge' ? (byItem.reviewed.get(entry.id) ?? 0) : 0;
    const draftItems = entry.kind === 'knowledge' ? (byItem.draft.get(entry.id) ?? 0) : 0;
    const reviewedTasks = entry.kind === 'skill' ? (byTask.reviewed.get(entry.id) ?? 0) : 0;
    const draftTasks = entry.kind === 'skill' ? (byTask.draft.get(entry.id) ?? 0) : 0;
    const covered = entry.kind === 'knowledge' ? reviewedItems > 0 : reviewedTasks > 0;
    return { entry, reviewedItems, draftItems, reviewedTasks, draftTasks, covered };
  });
}

/** The ids of a kind that the card has, for checking what an instrument links to. */
export function entryIds(card: Card, kind: CardEntryKind): Set<string> {
  return new Set(
    cardEntries(card)
      .filter((e) => e.kind === kind)
      .map((e) => e.id),
  );
}
