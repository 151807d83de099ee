/**
 * Career paths between the cards of one edition. The graph's nodes are cards; its edges are the
 * links a card states ("Байланысы бар мамандықтар", when the link names a card of the edition)
 * and the same profession's next level (same code, the next higher level that has a card).
 * For each step of a path: what changes between the two cards — labour functions, tasks,
 * skills and knowledge matched by text, since ids differ between cards — and what the next card
 * asks of a newcomer (its entry rule: education and years). Pure.
 */
import { AppError } from '../shared/errors.js';
import { type Category, categoryRank, educationRank } from '../qualification/person.js';
import { type CardKey, cardKey, cardKeyString } from '../standard/edition.js';
import type { Card, QualificationRule } from '../standard/schemas.js';
import { type Matching, matchByText } from './text-match.js';

export type EdgeKind = 'stated' | 'next-level';

export type CareerEdge = {
  from: CardKey;
  to: CardKey;
  kind: EdgeKind;
  /** The link item that states the edge; null for a next-level edge. */
  linkId: string | null;
};

type Texts = { kk: string; ru?: string; en?: string };

const texts = (t: { kk: string; ru?: string | undefined; en?: string | undefined }): Texts => ({
  kk: t.kk,
  ...(t.ru ? { ru: t.ru } : {}),
  ...(t.en ? { en: t.en } : {}),
});

const sameKey = (a: CardKey, b: CardKey) => a.code === b.code && a.level === b.level;

/** Stated edges first (in the card's order), then the next-level edge unless a link states it. */
export function careerEdges(cards: readonly Card[]): CareerEdge[] {
  const keys = cards.map(cardKey);
  const has = (k: CardKey) => keys.some((x) => sameKey(x, k));
  const edges: CareerEdge[] = [];
  const known = (from: CardKey, to: CardKey) => edges.some((e) => sameKey(e.from, from) && sameKey(e.to, to));
  for (const card of cards) {
    const from = cardKey(card);
    for (const link of card.links) {
      if (!link.card || !has(link.card) || sameKey(link.card, from) || known(from, link.card)) continue;
      edges.push({ from, to: { code: link.card.code, level: link.card.level }, kind: 'stated', linkId: link.id });
    }
  }
  for (const from of keys) {
    const next = keys.filter((k) => k.code === from.code && k.level > from.level).sort((a, b) => a.level - b.level)[0];
    if (next && !known(from, next)) edges.push({ from, to: next, kind: 'next-level', linkId: null });
  }
  return edges;
}

// ---------------------------------------------------------------------------------------------
// Items of a card

export type ItemRef = Texts & {
  id: string;
  /** The labour function the item belongs to (null for a labour function itself). */
  labourFunction: string | null;
  /** The task the item belongs to; null for functions, tasks, and lists printed for a whole function. */
  task: string | null;
};

export type CardItems = { labourFunctions: ItemRef[]; tasks: ItemRef[]; skills: ItemRef[]; knowledge: ItemRef[] };

/** Every labour function, task, skill and knowledge item of a card, function-level lists included. */
export function cardItems(card: Card): CardItems {
  const out: CardItems = { labourFunctions: [], tasks: [], skills: [], knowledge: [] };
  for (const f of card.labourFunctions) {
    out.labourFunctions.push({ id: f.id, ...texts(f.name), labourFunction: null, task: null });
    for (const s of f.skills ?? []) out.skills.push({ id: s.id, ...texts(s), labourFunction: f.id, task: null });
    for (const k of f.knowledge ?? []) out.knowledge.push({ id: k.id, ...texts(k), labourFunction: f.id, task: null });
    for (const t of f.tasks) {
      out.tasks.push({ id: t.id, ...texts(t.name), labourFunction: f.id, task: null });
      for (const s of t.skills) out.skills.push({ id: s.id, ...texts(s), labourFunction: f.id, task: t.id });
      for (const k of t.knowledge) out.knowledge.push({ id: k.id, ...texts(k), labourFunction: f.id, task: t.id });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Delta between two cards

export type DeltaSection = Matching<ItemRef> & {
  counts: { same: number; changed: number; added: number; removed: number };
};

export type CardDelta = {
  labourFunctions: DeltaSection;
  tasks: DeltaSection;
  skills: DeltaSection;
  knowledge: DeltaSection;
};

function section(from: ItemRef[], to: ItemRef[]): DeltaSection {
  const m = matchByText(from, to, (i) => i.kk);
  return {
    ...m,
    counts: { same: m.same.length, changed: m.changed.length, added: m.added.length, removed: m.removed.length },
  };
}

/**
 * What changes from card `a` to card `b`: for labour functions, tasks, skills and knowledge,
 * the items that stay (`same`), are reworded (`changed`, with their similarity), are new in `b`
 * (`added`) or are not in `b` any more (`removed`). Skills and knowledge are matched across the
 * whole card, since the next level often moves an item to another task.
 */
export function delta(a: Card, b: Card): CardDelta {
  const x = cardItems(a);
  const y = cardItems(b);
  return {
    labourFunctions: section(x.labourFunctions, y.labourFunctions),
    tasks: section(x.tasks, y.tasks),
    skills: section(x.skills, y.skills),
    knowledge: section(x.knowledge, y.knowledge),
  };
}

// ---------------------------------------------------------------------------------------------
// What the next card requires

export type EntryRule = Texts & {
  group: string;
  id: string;
  category: Category | null;
  source: { lines: [number, number] };
  education: QualificationRule['education'];
  experience: { minYears: number; inCategory: Category | null; where: string | null } | null;
};

export type Requirements = {
  /** The card's education level section, as printed and structured. */
  education: Texts & { levels: string[]; fields: string[] | null; source: { lines: [number, number] } };
  /** Per specialist group, the rule a newcomer is held to: no category, else the lowest one. */
  entry: EntryRule[];
  /** The fewest years of experience an entry rule asks (0 when one asks none); null without rules. */
  minYears: number | null;
  /** The card's lowest education level is above the previous card's. */
  higherEducation: boolean;
};

const rank = (r: QualificationRule) => (r.category === undefined ? -1 : categoryRank(r.category));

/** The requirements of `card` for someone coming from `previous` (when given). */
export function requirementsOf(card: Card, previous?: Card): Requirements {
  const entry: EntryRule[] = [];
  for (const group of card.qualification.groups) {
    const lowest = Math.min(...group.rules.map(rank));
    for (const rule of group.rules.filter((r) => rank(r) === lowest)) {
      entry.push({
        group: group.group,
        id: rule.id,
        category: rule.category ?? null,
        ...texts(rule),
        source: { lines: rule.source.lines },
        education: rule.education,
        experience: rule.experience
          ? {
              minYears: rule.experience.minYears,
              inCategory: rule.experience.inCategory ?? null,
              where: rule.experience.where ?? null,
            }
          : null,
      });
    }
  }
  const lowestLevel = (c: Card) => Math.min(...c.educationLevel.levels.map(educationRank));
  return {
    education: {
      ...texts(card.educationLevel),
      levels: [...card.educationLevel.levels],
      fields: card.educationLevel.fields ? [...card.educationLevel.fields] : null,
      source: { lines: card.educationLevel.source.lines },
    },
    entry,
    minYears: entry.length === 0 ? null : Math.min(...entry.map((e) => e.experience?.minYears ?? 0)),
    higherEducation: previous ? lowestLevel(card) > lowestLevel(previous) : false,
  };
}

// ---------------------------------------------------------------------------------------------
// Paths

export type CareerStep = {
  from: CardKey;
  to: CardKey;
  kind: EdgeKind;
  linkId: string | null;
  delta: CardDelta;
  requires: Requirements;
};

export type CareerPath = { steps: CareerStep[] };

export type PathOptions = {
  /** At most this many paths (default 5). */
  maxPaths?: number;
  /** Paths of at most this many steps (default 8). */
  maxSteps?: number;
};

/** Partial paths the search may look at before it gives up: the graph of a standard is small. */
const MAX_EXPANSIONS = 20_000;

/**
 * The simple paths (no card twice) from one card to another, shortest first, as lists of edges.
 * Breadth-first, so a shorter path always comes before a longer one; among paths of one length,
 * stated links come before next-level edges. From a card to itself: one path of no steps.
 */
export function findRoutes(
  edges: readonly CareerEdge[],
  from: CardKey,
  to: CardKey,
  { maxPaths = 5, maxSteps = 8 }: PathOptions = {},
): CareerEdge[][] {
  if (sameKey(from, to)) return [[]];
  const out: CareerEdge[][] = [];
  const queue: { at: CardKey; edges: CareerEdge[]; seen: Set<string> }[] = [
    { at: from, edges: [], seen: new Set([cardKeyString(from)]) },
  ];
  let expansions = 0;
  for (let head = 0; head < queue.length && out.length < maxPaths && expansions < MAX_EXPANSIONS; head++) {
    const partial = queue[head] as (typeof queue)[number];
    if (partial.edges.length >= maxSteps) continue;
    expansions++;
    for (const edge of edges) {
      if (!sameKey(edge.from, partial.at)) continue;
      const key = cardKeyString(edge.to);
      if (partial.seen.has(key)) continue;
      const next = [...partial.edges, edge];
      if (sameKey(edge.to, to)) {
        if (out.length < maxPaths) out.push(next);
        continue;
      }
      queue.push({ at: edge.to, edges: next, seen: new Set([...partial.seen, key]) });
    }
  }
  return out;
}

/**
 * Career paths from card `from` to card `to` among `cards`, shortest first, each step with its
 * delta and the requirements of the card it leads to. Throws `not_found` for a card that is
 * not among `cards`.
 */
export function findPaths(cards: readonly Card[], from: CardKey, to: CardKey, options: PathOptions = {}): CareerPath[] {
  const byKey = new Map(cards.map((c) => [cardKeyString(cardKey(c)), c]));
  for (const [name, key] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!byKey.has(cardKeyString(key))) {
      throw new AppError('not_found', `There is no card ${cardKeyString(key)}.`, [
        { path: name, message: `no card ${cardKeyString(key)}` },
      ]);
    }
  }
  const card = (key: CardKey) => byKey.get(cardKeyString(key)) as Card;
  const steps = new Map<string, CareerStep>();
  const stepOf = (edge: CareerEdge): CareerStep => {
    const id = `${cardKeyString(edge.from)}>${cardKeyString(edge.to)}`;
    let step = steps.get(id);
    if (!step) {
      const a = card(edge.from);
      const b = card(edge.to);
      step = { ...edge, delta: delta(a, b), requires: requirementsOf(b, a) };
      steps.set(id, step);
    }
    return step;
  };
  return findRoutes(careerEdges(cards), from, to, options).map((route) => ({ steps: route.map(stepOf) }));
}

/** Totals of a delta, for a summary line ("+12 skills, 3 reworded, −2"). */
export function deltaCounts(d: CardDelta): Record<keyof CardDelta, DeltaSection['counts']> {
  return {
    labourFunctions: d.labourFunctions.counts,
    tasks: d.tasks.counts,
    skills: d.skills.counts,
    knowledge: d.knowledge.counts,
  };
}
