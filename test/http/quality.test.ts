/** GET /api/v1/editions/{id}/quality on every engine. */
import { describe, expect, it } from 'vitest';
import { useBundledApp } from '../support/bundled-app.js';
import { testEngines } from '../support/engines.js';

type Finding = {
  rule: string;
  severity: string;
  message: Record<string, string>;
  location: { card: unknown; path: string };
  source: unknown;
};

describe.each(testEngines)('quality API on %s', (engine) => {
  const ctx = useBundledApp(engine);

  it('lists the findings of the current edition, each explained in kk, ru and en with its source lines', async () => {
    const res = await ctx.app.request('/api/v1/editions/current/quality');
    expect(res.status).toBe(200);
    const { findings, rules } = (await res.json()) as {
      findings: Finding[];
      rules: { id: string; name: Record<string, string>; explanation: Record<string, string> }[];
    };
    expect(findings.length).toBeGreaterThan(50);
    // Each rule named and explained in the three languages, not in English only.
    const doubled = rules.find((r) => r.id === 'doubled-word');
    expect(doubled?.name).toEqual({ kk: 'Қосарланған сөз', ru: 'Удвоенное слово', en: 'Doubled word' });
    expect(doubled?.explanation.ru).toMatch(/^Одно слово дважды подряд/);
    for (const r of rules) expect(r.explanation.kk).not.toBe(r.explanation.en);
    const repeated = findings.find((f) => f.rule === 'term-definition-repeated');
    expect(repeated).toMatchObject({ severity: 'error', source: { lines: [97, 98] } });
    for (const f of findings) expect(Object.keys(f.message).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it('answers an unknown edition with 404 and a bad filter with 400', async () => {
    expect((await ctx.app.request('/api/v1/editions/order-1-1999/quality')).status).toBe(404);
    expect((await ctx.app.request('/api/v1/editions/current/quality?severity=fatal')).status).toBe(400);
  });
});
