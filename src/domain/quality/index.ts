/**
 * The linter for standards: `lintEdition` runs every registered rule on an edition and returns
 * its findings in reading order (card by card, then by source line). Rules are generic — they
 * know the structure of a professional standard and the Kazakh language, never one standard's
 * known errors (docs/quality.md).
 */
import { AppError } from '../shared/errors.js';
import type { Edition } from '../standard/edition.js';
import {
  cardNameMismatch,
  codeNameConflict,
  malformedCode,
  otherNameCodeConflict,
  otherNameUnitGroup,
  ownCodeAsOtherName,
} from './rules/codes.js';
import { domainDrift } from './rules/drift.js';
import { copiedBetweenProfessions, duplicateItem, termDefinitionRepeated } from './rules/duplication.js';
import {
  doubledWord,
  inconsistentListEnding,
  midSentenceCapital,
  mixedScriptWord,
  repeatedCoordination,
  russianText,
  skillPhrasing,
  spelling,
  strayPunctuation,
} from './rules/hygiene.js';
import {
  educationLevelMismatch,
  experienceNotIncreasing,
  sameContentAcrossLevels,
  sameRequirementsAcrossLevels,
} from './rules/levels.js';
import { cutOffText, listNumbering, missingContent, professionWithoutCard } from './rules/structure.js';
import { type Finding, type LintOptions, type Rule, SEVERITIES, type Severity } from './types.js';

export type {
  Evidence,
  Finding,
  FindingLocation,
  LintOptions,
  Message,
  RelatedPlace,
  Rule,
  Severity,
} from './types.js';

/** Every rule, in the order of docs/quality.md. */
export const RULES: readonly Rule[] = [
  // structure
  professionWithoutCard,
  missingContent,
  cutOffText,
  listNumbering,
  // codes and names
  malformedCode,
  codeNameConflict,
  ownCodeAsOtherName,
  otherNameCodeConflict,
  otherNameUnitGroup,
  cardNameMismatch,
  // levels and requirements
  sameContentAcrossLevels,
  sameRequirementsAcrossLevels,
  experienceNotIncreasing,
  educationLevelMismatch,
  // duplication
  duplicateItem,
  copiedBetweenProfessions,
  termDefinitionRepeated,
  // text hygiene
  doubledWord,
  repeatedCoordination,
  mixedScriptWord,
  russianText,
  strayPunctuation,
  inconsistentListEnding,
  midSentenceCapital,
  skillPhrasing,
  spelling,
  // domain drift
  domainDrift,
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Refuses unknown rule ids with a validation error that lists the known ones. */
export function assertKnownRules(ids: readonly string[]): void {
  const unknown = ids.filter((id) => !ruleById(id));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `Unknown quality rule(s): ${unknown.join(', ')}.`, [
      { path: 'rules', message: `known rules: ${RULES.map((r) => r.id).join(', ')}` },
    ]);
  }
}

/** Findings of some rules and from a severity up (the same selection as `lintEdition`'s options). */
export function selectFindings(findings: readonly Finding[], opts: LintOptions = {}): Finding[] {
  if (opts.rules) assertKnownRules(opts.rules);
  const floor = RANK[opts.minSeverity ?? 'info'];
  return findings.filter((f) => RANK[f.severity] <= floor && (!opts.rules || opts.rules.includes(f.rule)));
}

/** Runs the rules on an edition. Findings come card by card (edition order), then by line, severity and rule. */
export function lintEdition(edition: Edition, opts: LintOptions = {}): Finding[] {
  assertKnownRules(opts.rules ?? []);
  const rules = opts.rules ? RULES.filter((r) => opts.rules?.includes(r.id)) : RULES;
  const floor = RANK[opts.minSeverity ?? 'info'];
  const cardOrder = new Map(edition.cards.map((c, i) => [`${c.code.value}/${c.level.value}`, i]));
  const orderOf = (f: Finding) =>
    f.location.card ? (cardOrder.get(`${f.location.card.code}/${f.location.card.level}`) ?? 0) : -1;
  return rules
    .flatMap((rule) => rule.check(edition))
    .filter((f) => RANK[f.severity] <= floor)
    .sort(
      (a, b) =>
        orderOf(a) - orderOf(b) ||
        (a.source?.lines[0] ?? 0) - (b.source?.lines[0] ?? 0) ||
        RANK[a.severity] - RANK[b.severity] ||
        a.rule.localeCompare(b.rule) ||
        a.location.path.localeCompare(b.location.path),
    );
}

export type LintSummary = {
  total: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<string, Record<Severity, number>>;
};

/** Counts by severity and by rule (every rule listed, with zeros), for reports and the API. */
export function summarize(findings: readonly Finding[]): LintSummary {
  const empty = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });
  const bySeverity = empty();
  const byRule: Record<string, Record<Severity, number>> = {};
  for (const r of RULES) byRule[r.id] = empty();
  for (const f of findings) {
    bySeverity[f.severity]++;
    const counts = byRule[f.rule] ?? empty();
    counts[f.severity]++;
    byRule[f.rule] = counts;
  }
  return { total: findings.length, bySeverity, byRule };
}

export { SEVERITIES };
