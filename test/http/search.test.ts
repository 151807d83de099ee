/**
 * GET /api/v1/search: the contract and bad queries as 400 problems. Arbitrary input (any Unicode,
 * 10 KB, bytes that are not UTF-8) is in search-bad-input.property.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useBundledApp } from '../support/bundled-app.js';
import { testEngines } from '../support/engines.js';

type Hit = {
  type: string;
  id: string;
  card: { code: string; level: number } | null;
  text: string;
  highlight: string;
  score: number;
};

describe.each(testEngines)('search API on %s', (engine) => {
  const ctx = useBundledApp(engine);
  const search = async (query: string) => {
    const res = await ctx.app.request(`/api/v1/search?${query}`);
    return { res, body: (await res.json()) as { hits: Hit[]; code?: string; errors?: { path: string }[] } };
  };

  it('finds a card by an inflected Kazakh word, best first, with the match highlighted', async () => {
    const { res, body } = await search(`q=${encodeURIComponent('психологтың')}&limit=5`);
    expect(res.status).toBe(200);
    expect(body.hits[0]).toMatchObject({ type: 'card', id: '2634-9-004.6', card: { code: '2634-9-004', level: 6 } });
    expect(body.hits[0]?.highlight).toContain('<mark>психолог</mark>');
    const scores = body.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('ignores case and folds Latin look-alike letters typed into Cyrillic words', async () => {
    const plain = (await search(`q=${encodeURIComponent('сотталғандармен')}`)).body.hits.map((h) => h.id);
    const shouting = (await search(`q=${encodeURIComponent('СОТТАЛҒАНДАРМЕН')}`)).body.hits.map((h) => h.id);
    const latin = (await search(`q=${encodeURIComponent('сoттaлғaндaрмен')}`)).body.hits.map((h) => h.id); // Latin o and a
    expect(plain[0]).toBe('2634-4-001.6');
    expect(shouting).toEqual(plain);
    expect(latin).toEqual(plain);
  });

  it('filters by type and limits the number of hits', async () => {
    const { body } = await search(`q=${encodeURIComponent('әлеуметтік')}&type=skill,knowledge&limit=3`);
    expect(body.hits).toHaveLength(3);
    expect(body.hits.every((h) => h.type === 'skill' || h.type === 'knowledge')).toBe(true);
  });

  it('escapes HTML in highlights', async () => {
    const { body } = await search(`q=${encodeURIComponent('заң')}&limit=20`);
    for (const hit of body.hits) expect(hit.highlight.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it.each([
    ['an empty query', 'q=', 'query.q'],
    ['a blank query', 'q=%20%20', 'query.q'],
    ['a missing query', 'limit=5', 'query.q'],
    ['a query over 200 characters', `q=${'а'.repeat(201)}`, 'query.q'],
    ['a control character', 'q=%D0%B0%07', 'query.q'],
    ['an unknown type', 'q=a&type=cat', 'query.type'],
    ['a limit of 0', 'q=a&limit=0', 'query.limit'],
    ['an unknown grouping', 'q=a&group=all', 'query.group'],
  ])('answers %s with a 400 problem naming the field', async (_what, query, field) => {
    const { res, body } = await search(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(body.code).toBe('validation_failed');
    expect(body.errors?.map((e) => e.path)).toEqual([field]);
  });
});
