/**
 * When no career path leads from one card to another: why, where one can get instead, and what
 * is missing to reach the target anyway. The career graph only follows the links the cards state
 * and the same profession's next level, so "no path" means no chain of those reaches the target;
 * a person can still change profession by meeting the target's own requirements. This module says
 * which of them the start card's holder lacks (education level, education field, years of
 * experience) and the skills and knowledge the target adds, and lists the cards that are within
 * reach (nearest to the target first) and the cards that lead into the target. Generic: it reads
 * only the cards' structured requirements and texts. Pure.
 */
import { educationRank } from '../qualification/person.js';
import { type CardKey, cardKey, cardKeyString } from '../standard/edition.js';
import type { Card } from '../standard/schemas.js';
import { type CareerEdge, type ItemRef, type Requirements, careerEdges, delta, requirementsOf } from './paths.js';

type EducationLevel = Card['educationLevel']['levels'][number];

/** One requirement of the target that the start card's holder does not meet by holding it. */
export type Blocker =
  /** The target asks a higher education level than the start card does (lowest accepted level of each). */
  | { kind: 'education-level'; need: EducationLevel; have: EducationLevel }
  /** The target accepts none of the education fields the start card accepts. */
  | { kind: 'education-field'; need: string[]; have: string[] }
  /** Even the target's entry rule asks years of experience (the fewest any entry rule asks). */
  | { kind: 'experience'; years: number };

export type Reachable = {
  card: CardKey;
  /** Steps from the start through the career graph. */
  steps: number;
  /** Same profession (code) as the target. */
  sameProfession: boolean;
  /** Share (0–1) of the target's skills and knowledge this card already has, matched by text. */
  overlap: number;
};

export type DeadEnd = {
  /** Cards the graph reaches from the start, nearest to the target first (at most `limit`). */
  reachable: Reachable[];
  /** How many cards the graph reaches from the start in all. */
  reachableCount: number;
  /** Cards with an edge into the target: the ways in, none of them reachable from the start. */
  entries: CardKey[];
  /** What the start card's holder lacks for the target's entry rules. */
  blockers: Blocker[];
  /** What the target asks of a newcomer from the start card. */
  requires: Requirements;
  /** Skills and knowledge the target has that the start card does not (matched by text). */
  missingSkills: ItemRef[];
  missingKnowledge: ItemRef[];
};

const sameKey = (a: CardKey, b: CardKey) => a.code === b.code && a.level === b.level;

/** Breadth-first distances from `from` over `edges` (the start itself excluded). */
function distances(edges: readonly CareerEdge[], from: CardKey): Map<string, { card: CardKey; steps: number }> {
  const out = new Map<string, { card: CardKey; steps: number }>();
  const seen = new Set([cardKeyString(from)]);
  let frontier = [from];
  for (let steps = 1; frontier.length > 0; steps++) {
    const next: CardKey[] = [];
    for (const at of frontier) {
      for (const edge of edges) {
        const key = cardKeyString(edge.to);
        if (!sameKey(edge.from, at) || seen.has(key)) continue;
        seen.add(key);
        out.set(key, { card: edge.to, steps });
        next.push(edge.to);
      }
    }
    frontier = next;
  }
  return out;
}

const lowestLevel = (card: Card): EducationLevel =>
  [...card.educationLevel.levels].sort((a, b) => educationRank(a) - educationRank(b))[0] ?? 'basic-secondary';

/** The target's requirements the start card's holder lacks, from the two cards' structured data. */
export function blockersOf(start: Card, target: Card): Blocker[] {
  const out: Blocker[] = [];
  const need = lowestLevel(target);
  const have = lowestLevel(start);
  if (educationRank(need) > educationRank(have)) out.push({ kind: 'education-level', need, have });
  const needFields = target.educationLevel.fields ?? null;
  const haveFields = start.educationLevel.fields ?? null;
  // A card that names no field accepts any: only two named, disjoint lists block.
  if (needFields && haveFields && !needFields.some((f) => haveFields.includes(f))) {
    out.push({ kind: 'education-field', need: [...needFields], have: [...haveFields] });
  }
  const years = requirementsOf(target, start).minYears;
  if (years !== null && years > 0) out.push({ kind: 'experience', years });
  return out;
}

/** Share of `target`'s skills and knowledge that `card` has (same or reworded), 0 when the target has none. */
function overlapOf(card: Card, target: Card): number {
  const d = delta(card, target);
  const have = d.skills.counts.same + d.skills.counts.changed + d.knowledge.counts.same + d.knowledge.counts.changed;
  const all = have + d.skills.counts.added + d.knowledge.counts.added;
  return all === 0 ? 0 : have / all;
}

/**
 * Why no path leads from `from` to `to` among `cards`, and what to do instead; null when a path
 * exists (or the two are the same card, or either is not among `cards`).
 */
export function deadEnd(cards: readonly Card[], from: CardKey, to: CardKey, limit = 5): DeadEnd | null {
  const byKey = new Map(cards.map((c) => [cardKeyString(cardKey(c)), c]));
  const start = byKey.get(cardKeyString(from));
  const target = byKey.get(cardKeyString(to));
  if (!start || !target || sameKey(from, to)) return null;
  const edges = careerEdges(cards);
  const reached = distances(edges, from);
  if (reached.has(cardKeyString(to))) return null;
  const reachable = [...reached.values()]
    .map(({ card, steps }): Reachable => {
      const c = byKey.get(cardKeyString(card)) as Card;
      return {
        card,
        steps,
        sameProfession: card.code === to.code,
        overlap: Math.round(overlapOf(c, target) * 100) / 100,
      };
    })
    .sort(
      (a, b) =>
        Number(b.sameProfession) - Number(a.sameProfession) ||
        b.overlap - a.overlap ||
        a.steps - b.steps ||
        cardKeyString(a.card).localeCompare(cardKeyString(b.card)),
    );
  const d = delta(start, target);
  return {
    reachable: reachable.slice(0, limit),
    reachableCount: reachable.length,
    entries: edges.filter((e) => sameKey(e.to, to)).map((e) => e.from),
    blockers: blockersOf(start, target),
    requires: requirementsOf(target, start),
    missingSkills: d.skills.added,
    missingKnowledge: d.knowledge.added,
  };
}
