/**
 * Drawing a candidate's test from the item bank by the specification's blueprint. For each labour
 * function and each task it names, the blueprint asks for a number of questions; they are picked
 * among the REVIEWED items of the card that assess a knowledge item of that task (knowledge printed
 * once for a whole function belongs to each of its tasks) and are written in the specification's
 * test language. No item is drawn twice (an item that
 * could serve two tasks goes where it is needed), and each choice
 * question's options are shuffled per candidate, so neighbours see different orders. The draw is
 * seeded: the same seed gives the same test, which the tests and a disputed result rely on. Pure.
 */
import type { Card } from '../standard/schemas.js';
import type { ReviewStatus, SpecificationContent, TestItemContent } from './instruments.js';

/** An item of the bank as the draw sees it. */
export type BankItem = { id: string; status: ReviewStatus; content: TestItemContent };

/** One drawn question: which item, why (function and task), and the order its options are shown in. */
export type DrawnItem = { itemId: string; labourFunctionId: string; taskId: string; optionOrder: string[] };

/** A task whose blueprint count the bank cannot meet (or a task the card does not have). */
export type Shortfall = { labourFunctionId: string; taskId: string; wanted: number; available: number };

export type Draw = { items: DrawnItem[]; shortfalls: Shortfall[] };

/** A small, fast, well-mixed generator (mulberry32) seeded from a string by FNV-1a. */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The knowledge item ids of each task of the card, function-level knowledge included. */
export function taskKnowledge(card: Card): Map<string, { labourFunctionId: string; knowledge: Set<string> }> {
  const out = new Map<string, { labourFunctionId: string; knowledge: Set<string> }>();
  for (const f of card.labourFunctions) {
    const shared = (f.knowledge ?? []).map((k) => k.id);
    for (const t of f.tasks)
      out.set(t.id, { labourFunctionId: f.id, knowledge: new Set([...t.knowledge.map((k) => k.id), ...shared]) });
  }
  return out;
}

export function drawTest(
  spec: Pick<SpecificationContent, 'cardCode' | 'cardLevel' | 'functions' | 'testLang'>,
  items: readonly BankItem[],
  card: Card,
  seed: string,
): Draw {
  const random = seededRandom(seed);
  const tasks = taskKnowledge(card);
  // Sorted by id first: the draw must not depend on the order the database returned the bank in.
  const bank = items
    .filter(
      (i) =>
        i.status === 'reviewed' &&
        i.content.cardCode === spec.cardCode &&
        i.content.cardLevel === spec.cardLevel &&
        // One language per test: a question and its translation are never both drawn.
        i.content.lang === spec.testLang,
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // One slot per question the blueprint asks for; each slot's candidates in a random order.
  type Slot = { labourFunctionId: string; taskId: string; candidates: number[] };
  const slots: Slot[] = [];
  const shortfalls: Shortfall[] = [];
  const wantedOf: { labourFunctionId: string; taskId: string; wanted: number; first: number; slots: number }[] = [];
  for (const f of spec.functions) {
    for (const [taskId, wanted] of Object.entries(f.questionsPerTask)) {
      if (wanted <= 0) continue;
      const task = tasks.get(taskId);
      if (!task || task.labourFunctionId !== f.labourFunctionId) {
        // Not a task of this function on the card: nothing can be drawn for it (reported in blueprint order below).
        wantedOf.push({ labourFunctionId: f.labourFunctionId, taskId, wanted, first: slots.length, slots: 0 });
        continue;
      }
      const eligible = bank.flatMap((item, index) =>
        item.content.knowledgeIds.some((k) => task.knowledge.has(k)) ? [index] : [],
      );
      // No more slots than eligible items: a slot that cannot be filled would only make the matching search in vain.
      const count = Math.min(wanted, eligible.length);
      wantedOf.push({ labourFunctionId: f.labourFunctionId, taskId, wanted, first: slots.length, slots: count });
      for (let n = 0; n < count; n++)
        slots.push({ labourFunctionId: f.labourFunctionId, taskId, candidates: shuffled(eligible, random) });
    }
  }

  // A maximum matching of slots to items (augmenting paths): an item that could serve two tasks
  // goes where it is needed, so the bank falls short only when no assignment could fill the
  // blueprint, not because a random pick took the one item another task had.
  const slotOfItem = new Map<number, number>();
  const itemOfSlot: (number | undefined)[] = slots.map(() => undefined);
  const assign = (s: number, seen: Set<number>): boolean => {
    for (const item of slots[s]?.candidates ?? []) {
      if (seen.has(item)) continue;
      seen.add(item);
      const holder = slotOfItem.get(item);
      if (holder === undefined || assign(holder, seen)) {
        slotOfItem.set(item, s);
        itemOfSlot[s] = item;
        return true;
      }
    }
    return false;
  };
  for (let s = 0; s < slots.length; s++) assign(s, new Set());

  const drawn: DrawnItem[] = [];
  for (const w of wantedOf) {
    let got = 0;
    for (let s = w.first; s < w.first + w.slots; s++) {
      const index = itemOfSlot[s];
      const item = index === undefined ? undefined : bank[index];
      if (!item) continue;
      got += 1;
      drawn.push({
        itemId: item.id,
        labourFunctionId: w.labourFunctionId,
        taskId: w.taskId,
        optionOrder: shuffled(
          item.content.options.map((o) => o.id),
          random,
        ),
      });
    }
    if (got < w.wanted)
      shortfalls.push({ labourFunctionId: w.labourFunctionId, taskId: w.taskId, wanted: w.wanted, available: got });
  }
  return { items: drawn, shortfalls };
}
