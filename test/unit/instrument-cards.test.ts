/**
 * The instruments against every card of the bundled edition: the proposed blueprint is valid
 * (weights add up to 100, every task asks at least one question) and fits its card; every
 * skill and knowledge item appears once in the coverage; every skill statement drafts at least
 * one criterion whose quoted clause is in the official text word for word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { draftChecklist } from '../../src/domain/assessment/checklist-draft.js';
import { cardEntries, coverageMatrix } from '../../src/domain/assessment/coverage.js';
import { specificationContentSchema } from '../../src/domain/assessment/instruments.js';
import { blueprintErrors, proposeSpecification, publishProblems } from '../../src/domain/assessment/spec-check.js';
import type { Edition } from '../../src/domain/standard/edition.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { BUNDLED_EDITION } from '../support/paths.js';

let edition: Edition;
beforeAll(async () => {
  edition = await readEdition(BUNDLED_EDITION);
});

describe('instruments for every bundled card', () => {
  it('proposes a valid blueprint that fits the card, and an empty bank is refused naming every item', () => {
    for (const card of edition.cards) {
      const spec = proposeSpecification(card);
      const parsed = specificationContentSchema.safeParse(spec);
      expect(parsed.success, `${card.id}: ${parsed.error?.message}`).toBe(true);
      expect(blueprintErrors(card, spec), card.id).toEqual([]);
      for (const f of spec.functions)
        for (const n of Object.values(f.questionsPerTask)) expect(n, card.id).toBeGreaterThanOrEqual(1);
      const entries = cardEntries(card);
      expect(new Set(entries.map((e) => e.id)).size, `${card.id}: ids are unique`).toBe(entries.length);
      expect(coverageMatrix(card, [], []).every((r) => !r.covered)).toBe(true);
      const problems = publishProblems(card, spec, [], []);
      for (const e of entries)
        expect(
          problems.some((p) => p.id === e.id && p.kk === e.kk),
          `${card.id} ${e.id}`,
        ).toBe(true);
    }
  });

  it('drafts checklist criteria quoting the official skill text exactly', () => {
    for (const card of edition.cards)
      for (const skill of cardEntries(card).filter((e) => e.kind === 'skill')) {
        const criteria = draftChecklist([skill]);
        expect(criteria.length, `${skill.id}`).toBeGreaterThan(0);
        for (const c of criteria) {
          const quoted = c.text.slice(c.text.indexOf('«') + 1, -1);
          expect(skill.kk.includes(quoted), `${skill.id}: «${quoted}»`).toBe(true);
        }
      }
  });
});
