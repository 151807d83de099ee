/**
 * Levels and requirements: what must grow from level to level and from category to category,
 * and what must agree between a card's requirements and its stated education level.
 */
import { type Card, type QualificationRule, type categories, educationLevels } from '../../standard/schemas.js';
import { analyse, findingAt, placeOf, type TextItem } from '../context.js';
import { jaccard, round2 } from '../text.js';
import type { Finding, Message, Rule } from '../types.js';
import { cap } from './structure.js';
import { messages, messagesWith } from '../../shared/messages/index.js';

/** Cards of one profession code, lowest level first; each is compared with the next lower level. */
function levelPairs(cards: readonly Card[]): [lower: Card, higher: Card][] {
  const byCode = new Map<string, Card[]>();
  for (const c of cards) byCode.set(c.code.value, [...(byCode.get(c.code.value) ?? []), c]);
  const pairs: [Card, Card][] = [];
  for (const list of byCode.values()) {
    const sorted = [...list].sort((a, b) => a.level.value - b.level.value);
    for (let i = 1; i < sorted.length; i++) {
      const lower = sorted[i - 1] as Card;
      const higher = sorted[i] as Card;
      if (lower.level.value !== higher.level.value) pairs.push([lower, higher]);
    }
  }
  return pairs;
}

/** Two items are "the same" when their shingles overlap this much. */
export const SAME_ITEM = 0.8;

/** Share of the items of `a` that have a near-identical item in `b`. */
function coverage(a: readonly TextItem[], b: readonly TextItem[]): { share: number; exact: boolean } {
  if (a.length === 0) return { share: 0, exact: false };
  let matched = 0;
  let exact = true;
  for (const x of a) {
    let best = 0;
    for (const y of b) best = Math.max(best, jaccard(x.shingles, y.shingles));
    if (best >= SAME_ITEM) matched++;
    if (best < 1) exact = false;
  }
  return { share: matched / a.length, exact: exact && a.length === b.length };
}

const levelWord = (lower: Card): Message => messages('quality.levels.level', { level: String(lower.level.value) });

/** A word said at the start of the Russian sentence (the Kazakh and English ones start elsewhere). */
const ruFirst = (t: Message): Message => ({ ...t, ru: cap(t.ru) });

export const sameContentAcrossLevels: Rule = {
  id: 'same-content-across-levels',
  family: 'levels',
  severity: 'warning',
  description:
    'The skills or the knowledge of a card that are the same (error) or nearly the same (warning, at least 70% of the items either way) as on the next lower level of the same profession: the levels do not differ.',
  check(edition) {
    const out: Finding[] = [];
    const { byCard } = analyse(edition);
    for (const [lower, higher] of levelPairs(edition.cards)) {
      for (const kind of ['skill', 'knowledge'] as const) {
        const a = (byCard.get(lower.id) ?? []).filter((i) => i.kind === kind);
        const b = (byCard.get(higher.id) ?? []).filter((i) => i.kind === kind);
        if (a.length === 0 || b.length === 0) continue;
        const up = coverage(b, a);
        const down = coverage(a, b);
        const share = Math.min(up.share, down.share);
        if (share < 0.7) continue;
        const identical = up.exact && down.exact;
        const first = b[0] as TextItem;
        const what = ruFirst(
          messages(kind === 'skill' ? 'quality.levels.what.skill' : 'quality.levels.what.knowledge'),
        );
        const l = levelWord(lower);
        const pct = Math.round(share * 100);
        out.push(
          findingAt(
            this.id,
            identical ? 'error' : 'warning',
            first,
            identical
              ? messagesWith('quality.levels.sameItems', { what, level: l })
              : messagesWith('quality.levels.nearlySameItems', { what, level: l, pct: String(pct) }),
            {
              related: [placeOf(a[0] as TextItem, false)],
              similarity: round2(share),
              details: { lowerLevel: lower.level.value, itemsHere: b.length, itemsThere: a.length },
            },
          ),
        );
      }
    }
    return out;
  },
};

function ruleSignature(r: QualificationRule): string {
  const education = r.education
    .map(
      (e) =>
        `${e.minLevel}/${Array.isArray(e.fields) ? [...e.fields].sort().join('+') : (e.fields ?? '*')}/${e.certificate ?? ''}`,
    )
    .sort()
    .join('|');
  return `${r.category ?? '-'}:${education}:${r.experience?.minYears ?? 0}:${r.experience?.inCategory ?? ''}`;
}

const signatures = (card: Card): string[] =>
  card.qualification.groups.flatMap((g) => g.rules.map((r) => ruleSignature(r))).sort();

export const sameRequirementsAcrossLevels: Rule = {
  id: 'same-requirements-across-levels',
  family: 'levels',
  severity: 'warning',
  description:
    'Qualification requirements (education, fields, experience per category) that are identical to those of the next lower level of the same profession.',
  check(edition) {
    const out: Finding[] = [];
    const { byCard } = analyse(edition);
    for (const [lower, higher] of levelPairs(edition.cards)) {
      const a = signatures(lower);
      const b = signatures(higher);
      if (a.length === 0 || a.join('\n') !== b.join('\n')) continue;
      const first = (byCard.get(higher.id) ?? []).find((i) => i.kind === 'qualificationRule');
      const other = (byCard.get(lower.id) ?? []).find((i) => i.kind === 'qualificationRule');
      if (!first || !other) continue;
      const l = levelWord(lower);
      out.push(
        findingAt(this.id, 'warning', first, messagesWith('quality.levels.sameRequirements', { level: l }), {
          related: [placeOf(other, false)],
          details: { lowerLevel: lower.level.value, rules: b.length },
        }),
      );
    }
    return out;
  },
};

/** Categories from the lowest to the highest. */
const CATEGORY_ORDER = ['none', 'second', 'first', 'higher'] as const;
const categoryName = (c: (typeof categories)[number]): Message => messages(`quality.levels.category.${c}`);

/** Years in the experience sentences: bare in kk and ru (the sentence says жыл, г.), "3 years" in en. */
const yearsText = (n: number): Message => ({ kk: String(n), ru: String(n), en: `${n} ${n === 1 ? 'year' : 'years'}` });

export const experienceNotIncreasing: Rule = {
  id: 'experience-not-increasing',
  family: 'levels',
  severity: 'error',
  description:
    'Within one requirement group, the minimum years of experience must grow from category to category (none → second → first → higher): less is an error, the same a warning.',
  check(edition) {
    const out: Finding[] = [];
    const { byCard } = analyse(edition);
    for (const card of edition.cards) {
      const items = byCard.get(card.id) ?? [];
      for (const group of card.qualification.groups) {
        const years = new Map<string, { years: number; rule: QualificationRule }>();
        for (const r of group.rules) {
          if (!r.category) continue;
          const y = r.experience?.minYears ?? 0;
          const known = years.get(r.category);
          if (!known || y < known.years) years.set(r.category, { years: y, rule: r });
        }
        const present = CATEGORY_ORDER.filter((c) => years.has(c));
        for (let i = 1; i < present.length; i++) {
          const lowCat = present[i - 1] as (typeof CATEGORY_ORDER)[number];
          const highCat = present[i] as (typeof CATEGORY_ORDER)[number];
          const low = years.get(lowCat);
          const high = years.get(highCat);
          if (!low || !high || high.years > low.years) continue;
          const item = items.find((x) => x.itemId === high.rule.id);
          const other = items.find((x) => x.itemId === low.rule.id);
          if (!item) continue;
          const less = high.years < low.years;
          const hn = categoryName(highCat);
          const ln = categoryName(lowCat);
          const words = {
            high: { ...hn, kk: cap(hn.kk) },
            low: ln,
            highYears: yearsText(high.years),
            lowYears: yearsText(low.years),
          };
          out.push(
            findingAt(
              this.id,
              less ? 'error' : 'warning',
              item,
              less
                ? messagesWith('quality.levels.lessExperience', words)
                : messagesWith('quality.levels.sameExperience', words),
              {
                text: item.text,
                ...(other ? { related: [placeOf(other)] } : {}),
                details: { category: highCat, years: high.years, lowerCategory: lowCat, lowerYears: low.years },
              },
            ),
          );
        }
      }
    }
    return out;
  },
};

const LEVEL_RANK = new Map(educationLevels.map((l, i) => [l, i]));
const levelName = (l: (typeof educationLevels)[number]): Message => messages(`quality.levels.education.${l}`);
const rank = (l: (typeof educationLevels)[number]) => LEVEL_RANK.get(l) ?? 0;
/** "жұмыс өтілі" (work experience) in the education-level cell: a requirement in the wrong place. */
const EXPERIENCE_WORDS = /өтіл/u;

export const educationLevelMismatch: Rule = {
  id: 'education-level-mismatch',
  family: 'levels',
  severity: 'warning',
  description:
    "A qualification requirement that accepts less (or asks more) education than the card's education-level cell states, or names fields the cell does not; an education-level cell that states an experience requirement.",
  check(edition) {
    const out: Finding[] = [];
    const { byCard } = analyse(edition);
    for (const card of edition.cards) {
      const items = byCard.get(card.id) ?? [];
      const cell = card.educationLevel;
      const cellItem = items.find((i) => i.kind === 'educationLevel');
      const ranks = cell.levels.map(rank);
      const cellMin = Math.min(...ranks);
      const cellMax = Math.max(...ranks);
      const cellMinName = levelName(educationLevels[cellMin] ?? 'tvet');
      for (const group of card.qualification.groups) {
        for (const r of group.rules) {
          const item = items.find((i) => i.itemId === r.id);
          if (!item) continue;
          const lowest = r.education.reduce((m, e) => (rank(e.minLevel) < rank(m.minLevel) ? e : m));
          const highest = r.education.reduce((m, e) => (rank(e.minLevel) > rank(m.minLevel) ? e : m));
          const related = cellItem ? [placeOf(cellItem)] : [];
          if (rank(lowest.minLevel) < cellMin) {
            const ln = levelName(lowest.minLevel);
            out.push(
              findingAt(
                this.id,
                'warning',
                item,
                messagesWith('quality.levels.acceptsLess', { level: ln, cellLevel: cellMinName }),
                { text: item.text, related, details: { ruleLevel: lowest.minLevel, cellLevels: cell.levels } },
              ),
            );
          } else if (rank(highest.minLevel) > cellMax && rank(lowest.minLevel) > cellMax) {
            const hn = levelName(lowest.minLevel);
            out.push(
              findingAt(this.id, 'warning', item, messagesWith('quality.levels.asksMore', { level: hn }), {
                text: item.text,
                related,
                details: { ruleLevel: lowest.minLevel, cellLevels: cell.levels },
              }),
            );
          }
          if (!cell.fields) continue;
          const allowed = new Set<string>(cell.fields);
          const extra = [
            ...new Set(
              r.education.flatMap((e) => (Array.isArray(e.fields) ? e.fields.filter((f) => !allowed.has(f)) : [])),
            ),
          ];
          const ruleFields = new Set(r.education.flatMap((e) => (Array.isArray(e.fields) ? e.fields : [])));
          const missing = ruleFields.size > 0 ? cell.fields.filter((f) => !ruleFields.has(f)) : [];
          if (extra.length === 0 && missing.length === 0) continue;
          out.push(
            findingAt(
              this.id,
              'info',
              item,
              messagesWith('quality.levels.otherFields', {
                fields: [...extra.map((f) => `+${f}`), ...missing.map((f) => `−${f}`)].join(', '),
              }),
              { text: item.text, related, details: { extra, missing } },
            ),
          );
        }
      }
      if (cellItem && EXPERIENCE_WORDS.test(cell.kk)) {
        out.push(findingAt(this.id, 'info', cellItem, messages('quality.levels.experienceInCell')));
      }
    }
    return out;
  },
};
