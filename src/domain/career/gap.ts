/**
 * Gap analysis against a target card. A person rates each skill and knowledge item of the card
 * (`none`, `partial`, `full`; the lists printed for a whole labour function included); the
 * report gives the coverage per labour function and overall (full = 1, partial = ½, none or
 * unrated = 0), the missing and the partial items, and — when the person's education and
 * experience are given — the requirement gap from the category engine. Pure.
 */
import { z } from 'zod';
import { type CategoryResult, determineCategory } from '../qualification/category.js';
import { summarize } from '../qualification/explain.js';
import type { Person } from '../qualification/person.js';
import type { FieldError } from '../shared/errors.js';
import { LANGS, type Lang } from '../shared/localize.js';
import { message, restate } from '../shared/messages/index.js';
import { type CardKey, cardKey, cardKeyString } from '../standard/edition.js';
import type { Card } from '../standard/schemas.js';
import { type ItemRef, cardItems } from './paths.js';

export const ratingValues = ['none', 'partial', 'full'] as const;
export type Rating = (typeof ratingValues)[number];

/** What a rating counts towards coverage. */
export const RATING_SCORE: Readonly<Record<Rating, number>> = { none: 0, partial: 0.5, full: 1 };

/** More ratings than any card has items; a bound so a request cannot be made arbitrarily large. */
export const MAX_RATINGS = 5000;
/** Unknown ids are reported one by one up to this many, then counted. */
export const MAX_ITEM_WARNINGS = 50;

export const cardKeySchema = z
  .object({
    code: z.string().regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001'),
    level: z
      .number({ error: 'level must be a number from 1 to 8' })
      .int('level must be a whole number')
      .min(1, 'level must be from 1 to 8')
      .max(8, 'level must be from 1 to 8'),
  })
  .strict();

export const ratingsSchema = z
  .record(
    z.string().min(1, 'an item id cannot be empty').max(200, 'an item id has at most 200 characters'),
    z.enum(ratingValues, { error: `a rating is one of ${ratingValues.join(', ')}` }),
  )
  .refine((r) => Object.keys(r).length <= MAX_RATINGS, `at most ${MAX_RATINGS} ratings`);

/**
 * A self-assessment as the browser keeps, exports and imports it. Wrong rating values are
 * errors; ids that are not items of the card are only warnings (see `gapReport`), so an
 * assessment made on an older edition still opens.
 */
export const selfAssessmentSchema = z
  .object({
    card: cardKeySchema,
    ratings: ratingsSchema,
    /**
     * The edition the assessment was made on, if the client records it: informational (the
     * report is made on the edition asked for, else the current one, with a warning when they differ).
     */
    edition: z.string().max(100).optional(),
    /** When the assessment was saved (ISO 8601), if the client records it. */
    savedAt: z.string().max(40).optional(),
  })
  .strict();

export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;

/** `message` in English from the catalogue's `gap.warning.*`; `localizeGapWarning` says it in kk or ru. */
export type GapWarning = {
  code: 'unknown_item' | 'not_rateable' | 'card_mismatch' | 'edition_mismatch';
  itemId?: string;
  message: string;
};

export function localizeGapWarning(warning: GapWarning, lang: Lang): GapWarning {
  if (lang === 'en') return warning;
  return { ...warning, message: restate(lang, warning.message, 'gap.warning.') ?? warning.message };
}

/** Checks an imported self-assessment: errors for a wrong shape or rating, warnings for ids the card lacks. */
export function parseSelfAssessment(
  input: unknown,
  card?: Card,
):
  | { ok: true; assessment: SelfAssessment; warnings: GapWarning[] }
  | { ok: false; errors: FieldError[]; warnings: GapWarning[] } {
  const parsed = selfAssessmentSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
      warnings: [],
    };
  }
  return { ok: true, assessment: parsed.data, warnings: card ? assessmentWarnings(card, parsed.data) : [] };
}

function assessmentWarnings(card: Card, assessment: { card?: CardKey; ratings: Record<string, Rating> }): GapWarning[] {
  const warnings: GapWarning[] = [];
  const key = cardKey(card);
  if (assessment.card && (assessment.card.code !== key.code || assessment.card.level !== key.level)) {
    warnings.push({
      code: 'card_mismatch',
      message: message('en', 'gap.warning.cardMismatch', {
        other: cardKeyString(assessment.card),
        card: cardKeyString(key),
      }),
    });
  }
  const items = cardItems(card);
  const rateable = new Set([...items.skills, ...items.knowledge].map((i) => i.id));
  const other = new Set([...items.labourFunctions, ...items.tasks].map((i) => i.id));
  const unknown = Object.keys(assessment.ratings).filter((id) => !rateable.has(id));
  for (const id of unknown.slice(0, MAX_ITEM_WARNINGS)) {
    warnings.push(
      other.has(id)
        ? {
            code: 'not_rateable',
            itemId: id,
            message: message('en', 'gap.warning.notRateable', { item: id }),
          }
        : {
            code: 'unknown_item',
            itemId: id,
            message: message('en', 'gap.warning.unknownItem', { card: cardKeyString(key), item: id }),
          },
    );
  }
  if (unknown.length > MAX_ITEM_WARNINGS) {
    warnings.push({
      code: 'unknown_item',
      message: message('en', 'gap.warning.moreUnknown', { count: String(unknown.length - MAX_ITEM_WARNINGS) }),
    });
  }
  return warnings;
}

// ---------------------------------------------------------------------------------------------

type Texts = { kk: string; ru?: string; en?: string };

export type GapItem = ItemRef & { kind: 'skill' | 'knowledge'; rating: Rating | null };

export type Coverage = {
  items: number;
  full: number;
  partial: number;
  none: number;
  unrated: number;
  /** Σ score / items × 100, to one decimal; null when there is nothing to rate. */
  percent: number | null;
};

export type FunctionCoverage = Texts & { id: string; number: string | null } & Coverage;

export type RequirementGap = CategoryResult & { summary: Record<Lang, string> };

export type GapReport = {
  card: CardKey & { name: Texts };
  overall: Coverage;
  labourFunctions: FunctionCoverage[];
  /** Rated `none` or not rated: what to learn. */
  missing: GapItem[];
  partial: GapItem[];
  /** Rated `full`. */
  covered: GapItem[];
  warnings: GapWarning[];
  /** The category engine's answer for the person, when education and experience are given. */
  requirements: RequirementGap | null;
};

function coverage(items: readonly GapItem[]): Coverage {
  const count = (r: Rating | null) => items.filter((i) => i.rating === r).length;
  const score = items.reduce((sum, i) => sum + (i.rating ? RATING_SCORE[i.rating] : 0), 0);
  return {
    items: items.length,
    full: count('full'),
    partial: count('partial'),
    none: count('none'),
    unrated: count(null),
    percent: items.length === 0 ? null : Math.round((score / items.length) * 1000) / 10,
  };
}

/**
 * The gap report for `card`. Ratings of ids the card does not have are ignored and reported as
 * warnings; `person` (education and experience) adds the requirement gap.
 */
export function gapReport(
  card: Card,
  assessment: { card?: CardKey; ratings: Readonly<Record<string, Rating>> },
  person?: Person,
): GapReport {
  const items = cardItems(card);
  const rated = (kind: GapItem['kind']) => (ref: ItemRef) => ({
    ...ref,
    kind,
    rating: Object.hasOwn(assessment.ratings, ref.id) ? (assessment.ratings[ref.id] ?? null) : null,
  });
  // In the card's order: by function, its own lists first, then task by task; skills before knowledge.
  const place = (i: GapItem) => {
    const f = card.labourFunctions.findIndex((x) => x.id === i.labourFunction);
    const t = i.task === null ? -1 : (card.labourFunctions[f]?.tasks.findIndex((x) => x.id === i.task) ?? -1);
    return [f, t, i.kind === 'skill' ? 0 : 1];
  };
  const all: GapItem[] = [...items.skills.map(rated('skill')), ...items.knowledge.map(rated('knowledge'))]
    .map((item, n) => ({ item, n, at: place(item) }))
    .sort((a, b) => a.at.reduce((d, v, k) => d || v - (b.at[k] ?? 0), 0) || a.n - b.n)
    .map((x) => x.item);
  const labourFunctions: FunctionCoverage[] = card.labourFunctions.map((f) => ({
    id: f.id,
    number: f.number ?? null,
    kk: f.name.kk,
    ...(f.name.ru ? { ru: f.name.ru } : {}),
    ...(f.name.en ? { en: f.name.en } : {}),
    ...coverage(all.filter((i) => i.labourFunction === f.id)),
  }));
  const key = cardKey(card);
  let requirements: RequirementGap | null = null;
  if (person) {
    const result = determineCategory(card, person);
    requirements = {
      ...result,
      summary: Object.fromEntries(LANGS.map((lang) => [lang, summarize(result, lang)])) as Record<Lang, string>,
    };
  }
  return {
    card: {
      ...key,
      name: {
        kk: card.name.kk,
        ...(card.name.ru ? { ru: card.name.ru } : {}),
        ...(card.name.en ? { en: card.name.en } : {}),
      },
    },
    overall: coverage(all),
    labourFunctions,
    missing: all.filter((i) => i.rating === null || i.rating === 'none'),
    partial: all.filter((i) => i.rating === 'partial'),
    covered: all.filter((i) => i.rating === 'full'),
    warnings: assessmentWarnings(card, assessment),
    requirements,
  };
}
