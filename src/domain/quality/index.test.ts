import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, loadMini, setKnowledge } from '../../../test/fixtures/quality/fixtures.js';
import { AppError } from '../shared/errors.js';
import type { Edition } from '../standard/edition.js';
import { RULES, lintEdition, ruleById, summarize } from './index.js';

let base: Edition;
beforeAll(async () => {
  base = await loadMini();
});

describe('the rule registry', () => {
  it('has unique kebab-case ids, a family, a severity and a description for every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(['structure', 'codes', 'levels', 'duplication', 'hygiene', 'drift']).toContain(rule.family);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(ruleById(rule.id)).toBe(rule);
    }
  });

  it('has a describe block with fixture tests for every rule', () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const tests = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    const untested = RULES.filter((r) => !tests.includes(`describe('${r.id}'`)).map((r) => r.id);
    expect(untested).toEqual([]);
  });
});

describe('lintEdition', () => {
  it('refuses an unknown rule with validation_failed', () => {
    expect(() => lintEdition(base, { rules: ['no-such-rule'] })).toThrow(AppError);
    try {
      lintEdition(base, { rules: ['no-such-rule'] });
    } catch (error) {
      expect((error as AppError).code).toBe('validation_failed');
    }
  });

  it('filters by severity and orders findings by card, then line', () => {
    const e = edit(base, (x) => {
      setKnowledge(x, 1, ['Жеке жеке деректер,', 'Сынақ әдістері.']);
    });
    const all = lintEdition(e);
    expect(all.map((f) => f.rule)).toEqual(['profession-without-card', 'doubled-word', 'cut-off-text']);
    expect(lintEdition(e, { minSeverity: 'warning' }).map((f) => f.rule)).toEqual(['doubled-word', 'cut-off-text']);
    expect(lintEdition(e, { minSeverity: 'error' }).map((f) => f.severity)).toEqual(['error']);
  });

  it('summarises by severity and by rule, listing every rule', () => {
    const summary = summarize(lintEdition(base));
    expect(summary.total).toBe(1);
    expect(summary.bySeverity).toEqual({ error: 0, warning: 0, info: 1 });
    expect(Object.keys(summary.byRule)).toEqual(RULES.map((r) => r.id));
    expect(summary.byRule['profession-without-card']).toEqual({ error: 0, warning: 0, info: 1 });
  });
});
