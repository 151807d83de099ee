/**
 * Qualification category determination, driven by a card's own requirement rules (no rule of
 * any particular standard lives in code). A rule is met when one of its education alternatives
 * is met and its experience is: years held in the named category — or in a higher one, since a
 * higher category is held only after the lower — or, when no category is named, all years.
 * The answer is the highest category whose rule is met, the rule quoted with its source lines,
 * and what is missing for the next category.
 */
import { message } from '../shared/messages/index.js';
import type { Card, QualificationRule } from '../standard/schemas.js';
import { type Category, type Person, categoryRank, educationRank } from './person.js';

export type RuleRef = {
  id: string;
  group: string;
  category: Category | null;
  text: string;
  source: { lines: [number, number] };
};

type EducationLevel = Person['education']['level'];
type EducationField = Person['education']['field'];
type Certificate = NonNullable<Person['education']['certificate']>;

export type Shortfall =
  | { kind: 'education-level'; need: EducationLevel; have: EducationLevel }
  | { kind: 'education-field'; need: EducationField[]; have: EducationField }
  | { kind: 'certificate'; need: Certificate }
  | { kind: 'experience'; needYears: number; haveYears: number; missingYears: number; inCategory: Category | null };

export type RuleCheck = { rule: RuleRef; met: boolean; shortfalls: Shortfall[] };

export type CategoryResult = {
  eligible: boolean;
  /** The highest category met; `null` when the card has no categories or nothing is met. */
  category: Category | null;
  group: string | null;
  explanation: {
    matched: RuleRef | null;
    /** Every rule with whether it is met and what is missing — the whole reasoning. */
    checked: RuleCheck[];
    /** Where the text is ambiguous or inconsistent and was applied as written (English; `localizeNote`). */
    notes: string[];
  };
  /** The next step up: a higher category, or (category null) eligibility on a card without categories. */
  next: { category: Category | null; rule: RuleRef; missing: Shortfall[] } | null;
};

type Education = Person['education'];
type Alternative = QualificationRule['education'][number];

function educationShortfalls(alt: Alternative, education: Education, card: Card): Shortfall[] {
  const out: Shortfall[] = [];
  if (educationRank(education.level) < educationRank(alt.minLevel)) {
    out.push({ kind: 'education-level', need: alt.minLevel, have: education.level });
  }
  // "тиісті мамандық бойынша" (relevant field): the card's own education fields, if it states them.
  const fields = alt.fields === 'relevant' ? card.educationLevel.fields : alt.fields;
  if (fields && !fields.includes(education.field))
    out.push({ kind: 'education-field', need: [...fields], have: education.field });
  if (alt.certificate && education.certificate !== alt.certificate)
    out.push({ kind: 'certificate', need: alt.certificate });
  return out;
}

function yearsCounted(person: Person, inCategory: Category | undefined): number {
  const total = person.experience
    .filter((e) => inCategory === undefined || categoryRank(e.category) >= categoryRank(inCategory))
    .reduce((sum, e) => sum + e.years, 0);
  return Math.round(total * 100) / 100;
}

function checkRule(rule: QualificationRule, group: string, person: Person, card: Card): RuleCheck {
  const ref: RuleRef = {
    id: rule.id,
    group,
    category: rule.category ?? null,
    text: rule.kk,
    source: { lines: rule.source.lines },
  };
  // The alternative with the fewest shortfalls explains best what is missing.
  const options = rule.education.map((alt) => educationShortfalls(alt, person.education, card));
  const education = options.reduce((best, s) => (s.length < best.length ? s : best), options[0] ?? []);
  const shortfalls = [...education];
  if (rule.experience) {
    const have = yearsCounted(person, rule.experience.inCategory);
    const need = rule.experience.minYears;
    if (have < need) {
      shortfalls.push({
        kind: 'experience',
        needYears: need,
        haveYears: have,
        missingYears: Math.round((need - have) * 100) / 100,
        inCategory: rule.experience.inCategory ?? null,
      });
    }
  }
  return { rule: ref, met: shortfalls.length === 0, shortfalls };
}

/** Higher categories first; within a category, the high-level group before the mid-level one. */
const GROUP_ORDER = ['high-level-specialist', 'general', 'mid-level-specialist'];
function better(a: RuleRef, b: RuleRef): number {
  const rank = (r: RuleRef) => (r.category === null ? -1 : categoryRank(r.category));
  return rank(b) - rank(a) || GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group);
}

function inconsistencyNotes(card: Card): string[] {
  const notes: string[] = [];
  for (const group of card.qualification.groups) {
    const ranked = group.rules
      .filter((r) => r.category !== undefined && r.experience)
      .sort((a, b) => categoryRank(a.category as Category) - categoryRank(b.category as Category));
    for (let i = 1; i < ranked.length; i++) {
      const lower = ranked[i - 1] as QualificationRule;
      const upper = ranked[i] as QualificationRule;
      if ((upper.experience?.minYears ?? 0) <= (lower.experience?.minYears ?? 0)) {
        const upperYears = upper.experience?.minYears ?? 0;
        // In English, as the API has always said it; explain.ts `localizeNote` says it in kk or ru.
        notes.push(
          message('en', 'engine.note.notIncreasing', {
            upperYears: String(upperYears),
            yearWord: upperYears === 1 ? 'year' : 'years',
            upper: String(upper.category),
            lowerYears: String(lower.experience?.minYears ?? 0),
            lower: String(lower.category),
            group: group.group,
          }),
        );
      }
    }
  }
  return notes;
}

export function determineCategory(card: Card, person: Person): CategoryResult {
  const checked = card.qualification.groups.flatMap((g) => g.rules.map((r) => checkRule(r, g.group, person, card)));
  const notes = inconsistencyNotes(card);
  if (checked.length === 0) {
    notes.push(message('en', 'engine.note.noRules'));
  }
  const met = checked.filter((c) => c.met).sort((a, b) => better(a.rule, b.rule));
  const best = met[0]?.rule ?? null;
  const bestRank = best?.category ? categoryRank(best.category) : -1;
  // The next category: the lowest category above the one reached, in the group that applied
  // (or, when nothing is met, the entry rule that is closest to being met).
  const candidates = checked
    .filter((c) => !c.met && c.rule.category !== null && categoryRank(c.rule.category) > bestRank)
    .filter((c) => !best || c.rule.group === best.group)
    .sort(
      (a, b) =>
        categoryRank(a.rule.category as Category) - categoryRank(b.rule.category as Category) ||
        a.shortfalls.length - b.shortfalls.length ||
        GROUP_ORDER.indexOf(a.rule.group) - GROUP_ORDER.indexOf(b.rule.group),
    );
  // A card without categories: when nothing is met, the rule closest to being met is the next step.
  const entry = best
    ? undefined
    : checked.filter((c) => c.rule.category === null).sort((a, b) => a.shortfalls.length - b.shortfalls.length)[0];
  const nextCheck = candidates[0] ?? entry;
  return {
    eligible: best !== null,
    category: best?.category ?? null,
    group: best?.group ?? null,
    explanation: { matched: best, checked, notes },
    next: nextCheck
      ? { category: nextCheck.rule.category as Category, rule: nextCheck.rule, missing: nextCheck.shortfalls }
      : null,
  };
}
