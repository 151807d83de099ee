/**
 * The linter on the bundled edition (Order No. 262): fast enough, every finding well-formed,
 * and the source errors the transcribers noted by hand are among the findings. The printed
 * summary is the table of docs/quality.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_EDITION } from '../../../test/support/paths.js';
import { readEdition } from '../../importer/read-edition.js';
import type { Edition } from '../standard/edition.js';
import { RULES, lintEdition, summarize } from './index.js';
import type { Finding } from './types.js';

let edition: Edition;
let findings: Finding[];
let ms: number;
beforeAll(async () => {
  edition = await readEdition(BUNDLED_EDITION);
  const started = performance.now();
  findings = lintEdition(edition);
  ms = performance.now() - started;
});

const has = (rule: string, itemId: string, severity?: string) =>
  findings.some((f) => f.rule === rule && f.location.itemId === itemId && (!severity || f.severity === severity));

describe('quality checks on Order No. 262', () => {
  it('runs in under 5 seconds and finds defects', () => {
    const summary = summarize(findings);
    const rows = RULES.map((r) => {
      const c = summary.byRule[r.id] ?? { error: 0, warning: 0, info: 0 };
      return `${r.id.padEnd(32)} ${String(c.error).padStart(5)} ${String(c.warning).padStart(8)} ${String(c.info).padStart(5)}`;
    });
    console.log(
      [
        `Order No. 262: ${summary.total} findings in ${Math.round(ms)} ms`,
        `${'rule'.padEnd(32)} error  warning  info`,
        ...rows,
        `${'total'.padEnd(32)} ${String(summary.bySeverity.error).padStart(5)} ${String(summary.bySeverity.warning).padStart(8)} ${String(summary.bySeverity.info).padStart(5)}`,
      ].join('\n'),
    );
    expect(ms).toBeLessThan(5000);
    expect(summary.total).toBeGreaterThan(0);
    expect(summary.bySeverity.error).toBeGreaterThan(0);
  });

  it('explains every finding in one sentence in each language and points into the text', () => {
    const lines = edition.sourceText.split('\n').length;
    const cards = new Set(edition.cards.map((c) => `${c.code.value}/${c.level.value}`));
    for (const f of findings) {
      for (const text of [f.message.kk, f.message.ru, f.message.en]) {
        expect(text.length, f.message.en).toBeGreaterThan(10);
        expect(text, f.message.en).not.toMatch(/\n|undefined|NaN|\[object/);
        expect(text, f.message.en).toMatch(/[.…»"]$/);
      }
      if (f.location.card) expect(cards.has(`${f.location.card.code}/${f.location.card.level}`)).toBe(true);
      if (f.source) {
        expect(f.source.lines[0]).toBeGreaterThanOrEqual(1);
        expect(f.source.lines[1]).toBeLessThanOrEqual(lines);
      }
    }
  });

  it('finds the source errors that the transcribers noted by hand', () => {
    expect(has('term-definition-repeated', 'term-11', 'error')).toBe(true);
    expect(has('doubled-word', '2634-9-004.6.f3.k8', 'error')).toBe(true);
    expect(has('repeated-coordination', '2634-9-004.6.f1.k2')).toBe(true);
    const inCard = (rule: string, code: string, level: number) =>
      findings.some((f) => f.rule === rule && f.location.card?.code === code && f.location.card.level === level);
    expect(inCard('russian-text', '2634-4-001', 6)).toBe(true);
    expect(has('domain-drift', '2634-4-001.7.f1')).toBe(true);
    expect(has('domain-drift', '3412-0-009.6.f2.t2.s2')).toBe(true);
    expect(has('experience-not-increasing', '2634-9-004.6.q1', 'error')).toBe(true);
    expect(has('code-name-conflict', '2634-4-001.7', 'error')).toBe(true);
    expect(has('own-code-as-other-name', '2635-3-001.5.n6')).toBe(true);
    expect(has('list-numbering', '3412-0-009.6.f2.t2.k1')).toBe(true);
    expect(has('same-content-across-levels', '2635-3-001.6.f1.t1.s1', 'error')).toBe(true);
    expect(findings.filter((f) => f.rule === 'cut-off-text' && f.severity === 'error')).toHaveLength(6);
    expect(findings.some((f) => f.rule === 'mixed-script-word' && f.evidence?.match === 'де4гей')).toBe(true);
  });
});
