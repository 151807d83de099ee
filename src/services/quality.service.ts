/**
 * Quality checks over a stored edition (docs/quality.md): reads the edition back whole and runs
 * the linter of src/domain/quality on it. The findings are cached per edition and recomputed
 * when the edition changes (its content hash and load time are the cache key).
 */
import {
  type LintSummary,
  RULES,
  assertKnownRules,
  lintEdition,
  selectFindings,
  summarize,
} from '../domain/quality/index.js';
import type { Finding, LintOptions, RuleFamily, Severity } from '../domain/quality/types.js';
import { QUALITY_RULES, type Texts } from '../domain/shared/messages/index.js';
import type { OpenDb } from '../storage/db.js';
import { findEdition } from '../storage/repositories/edition.repository.js';
import type { EditionService } from './edition.service.js';

/**
 * A rule as reports list it: `name` and `explanation` in kk, ru and en from the message
 * catalogue; `description` is the English explanation, kept for clients that read it.
 */
export type QualityRuleInfo = {
  id: string;
  family: RuleFamily;
  severity: Severity;
  description: string;
  name: Texts;
  explanation: Texts;
};

export type QualityReport = {
  edition: string;
  summary: LintSummary;
  rules: QualityRuleInfo[];
  findings: Finding[];
};

const ruleTexts: Record<string, { name: Texts; description: Texts } | undefined> = QUALITY_RULES;

export const RULE_INFO: QualityRuleInfo[] = RULES.map(({ id, family, severity, description }) => {
  // A rule without catalogue texts (caught by the catalogue's test) still says its English.
  const texts = ruleTexts[id];
  const english = { kk: description, ru: description, en: description };
  return {
    id,
    family,
    severity,
    description,
    name: texts?.name ?? { kk: id, ru: id, en: id },
    explanation: texts?.description ?? english,
  };
});

export function createQualityService(database: OpenDb, editions: EditionService) {
  const cache = new Map<string, { key: string; findings: Finding[] }>();
  const MAX_CACHED = 20;

  async function allFindings(editionId: string): Promise<Finding[]> {
    const row = await findEdition(database.db, editionId);
    const key = `${row?.contentHash}:${row?.loadedAt.toISOString()}`;
    const cached = cache.get(editionId);
    if (cached && cached.key === key) return cached.findings;
    const findings = lintEdition(await editions.read(editionId));
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(editionId, { key, findings });
    return findings;
  }

  return {
    rules: (): QualityRuleInfo[] => RULE_INFO,

    /**
     * The findings on an edition (the current one when none is named), optionally only some
     * rules or only from a severity up. The summary counts what is returned.
     */
    async lint(editionId?: string, opts: LintOptions = {}): Promise<QualityReport> {
      assertKnownRules(opts.rules ?? []);
      const id = await editions.resolveEditionId(editionId);
      const all = await allFindings(id);
      const wanted = selectFindings(all, opts);
      return { edition: id, summary: summarize(wanted), rules: RULE_INFO, findings: wanted };
    },
  };
}

export type QualityService = ReturnType<typeof createQualityService>;
