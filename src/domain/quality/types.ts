/**
 * The linter's vocabulary: a finding (what is wrong, where, how sure we are) and a rule (one
 * generic check that works on any standard). See docs/quality.md for every rule.
 */
import type { CardKey, Edition } from '../standard/edition.js';

/**
 * `error`: the text is certainly defective (a doubled word, an unclosed bracket, two terms with
 * one definition). `warning`: very probably a defect, a person should look. `info`: a
 * consistency or style observation that is often deliberate.
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One sentence a methodologist understands, in the official language and the two others. */
export type Message = { kk: string; ru: string; en: string };

export type LineRange = [number, number];

/** Where a finding stands: the card (null for terms, the list of professions…) and the path in it. */
export type FindingLocation = {
  card: CardKey | null;
  /** The path inside the card's data file (or inside the edition when `card` is null), e.g. `labourFunctions[0].tasks[1].skills[2]`. */
  path: string;
  /** The stable id of the item, when the finding is about one item. */
  itemId?: string;
};

/** Another place a finding refers to: the first copy of a duplicate, the conflicting card… */
export type RelatedPlace = FindingLocation & { text?: string; source: { lines: LineRange } | null };

export type Evidence = {
  /** The text the finding is about (for long texts, the whole item). */
  text?: string;
  /** The offending fragment inside `text` (a doubled word, a Russian phrase…). */
  match?: string;
  /** Other places involved. */
  related?: RelatedPlace[];
  /** Similarity of near-duplicates (0–1, Jaccard over 3-word shingles of stems). */
  similarity?: number;
  /** Rule-specific facts (scores, counts, expected values). */
  details?: Record<string, string | number | boolean | null | string[] | number[]>;
};

export type Finding = {
  rule: string;
  severity: Severity;
  message: Message;
  location: FindingLocation;
  source: { lines: LineRange } | null;
  evidence?: Evidence;
};

export type RuleFamily = 'structure' | 'codes' | 'levels' | 'duplication' | 'hygiene' | 'drift';

export type Rule = {
  /** Stable, kebab-case; clients and docs refer to it. */
  id: string;
  family: RuleFamily;
  /** The severity of its typical finding (some findings of a rule may be graded lower or higher). */
  severity: Severity;
  /** What it checks and why, in English (docs/quality.md has the long form). */
  description: string;
  check(edition: Edition): Finding[];
};

export type LintOptions = {
  /** Run only these rules (ids); unknown ids are refused. */
  rules?: readonly string[];
  /** Drop findings below this severity (`info` keeps all). */
  minSeverity?: Severity;
};
