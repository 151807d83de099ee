/**
 * GET /api/v1/search pages through every hit: `total` counts them all, `offset` and `limit`
 * choose one page, and the pages, laid end to end, are the single ranked list. Each hit carries
 * its name in the asked language (a profession in Russian, not its id), with the query's words
 * marked in it; a text printed in several cards is one hit naming its copies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useBundledApp } from '../support/bundled-app.js';
import { testEngines } from '../support/engines.js';

type Hit = {
  type: string;
  id: string;
  text: string;
  name: { text: string; lang: string; official: boolean };
  nameHighlight: string;
  alsoIn: { id: string; card: { code: string; level: number } | null }[];
};
type Page = { total: number; offset: number; limit: number; hits: Hit[]; code?: string; errors?: { path: string }[] };

describe.each(testEngines)('search paging on %s', (engine) => {
  const ctx = useBundledApp(engine);
  const search = async (query: string, headers: Record<string, string> = {}) => {
    const res = await ctx.app.request(`/api/v1/search?${query}`, { headers });
    return { res, body: (await res.json()) as Page };
  };
  const q = `q=${encodeURIComponent('әлеуметтік')}`;

  it('says how many hits there are in all, beyond the 100 one page may hold', async () => {
    const { res, body } = await search(`${q}&limit=100`);
    expect(res.status).toBe(200);
    expect(body.hits).toHaveLength(100);
    expect(body.total).toBeGreaterThan(100);
    expect(body).toMatchObject({ offset: 0, limit: 100 });
  });

  it('pages laid end to end are the whole ranked list, each hit once', async () => {
    const first = (await search(`${q}&limit=100`)).body;
    const ids: string[] = [];
    for (let offset = 0; offset < first.total; offset += 30) {
      const { body } = await search(`${q}&limit=30&offset=${offset}`);
      expect(body.total).toBe(first.total);
      expect(body.offset).toBe(offset);
      ids.push(...body.hits.map((h) => `${h.type}:${h.id}`));
    }
    expect(ids).toHaveLength(first.total);
    expect(new Set(ids).size).toBe(first.total);
    expect(ids.slice(0, 100)).toEqual(first.hits.map((h) => `${h.type}:${h.id}`));
  });

  it('a page past the end is empty, with the total still said', async () => {
    const { res, body } = await search(`${q}&offset=10000`);
    expect(res.status).toBe(200);
    expect(body.hits).toEqual([]);
    expect(body.total).toBeGreaterThan(100);
  });

  it('names a profession hit in the asked language, and in official Kazakh when asked for Kazakh', async () => {
    const query = `q=${encodeURIComponent('әлеуметтік қызметкер')}&type=profession`;
    const ru = (await search(`${query}&lang=ru`)).body.hits.find((h) => h.id === 'prof-3');
    expect(ru?.name).toMatchObject({ text: 'социальный работник', lang: 'ru', official: false });
    const en = (await search(query, { 'accept-language': 'en' })).body.hits.find((h) => h.id === 'prof-3');
    expect(en?.name).toMatchObject({ text: 'social worker', lang: 'en', official: false });
    const kk = (await search(`${query}&lang=kk`)).body.hits.find((h) => h.id === 'prof-3');
    expect(kk?.name).toEqual({ text: 'әлеуметтік қызметкер', lang: 'kk', official: true });
  });

  it('lists a text printed in several cards once, naming the other copies; group=none lists each', async () => {
    // The same letters and digits: case, punctuation and spacing aside.
    const sameText = (text: string | undefined) => text?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const law = `q=${encodeURIComponent('заң')}&limit=100`;
    const grouped = (await search(law)).body;
    const each = (await search(`${law}&group=none`)).body;
    expect(grouped.total).toBeLessThan(each.total);
    expect(each.hits.every((h) => h.alsoIn.length === 0)).toBe(true);
    // No item is lost: the groups and their copies are exactly the items listed one by one.
    const inGroups = grouped.hits.flatMap((h) => [h.id, ...h.alsoIn.map((c) => c.id)]);
    expect(inGroups.sort()).toEqual(each.hits.map((h) => h.id).sort());
    const textOf = new Map(each.hits.map((h) => [h.id, h.text]));
    const largest = [...grouped.hits].sort((a, b) => b.alsoIn.length - a.alsoIn.length)[0];
    expect(largest?.alsoIn.length).toBeGreaterThanOrEqual(2);
    for (const copy of largest?.alsoIn ?? []) {
      expect(copy.card?.code).toMatch(/^\d{4}-\d-\d{3}$/);
      expect(sameText(textOf.get(copy.id))).toBe(sameText(largest?.text));
    }
  });

  it('shows a Russian query its hit in Russian, the matched words marked in the translation', async () => {
    const { body } = await search(`q=${encodeURIComponent('паллиативная помощь')}&lang=ru&limit=5`);
    const first = body.hits[0];
    expect(first?.id).toMatch(/^2635-3-001\.[456]\.f1\.t1\.s2$/);
    expect(first?.name).toMatchObject({ lang: 'ru', official: false });
    expect(first?.nameHighlight).toMatch(/<mark>паллиативн\p{L}*<\/mark>/iu);
    expect(first?.nameHighlight).toMatch(/<mark>помощ\p{L}*<\/mark>/iu);
    expect(first?.nameHighlight.replace(/<\/?mark>/g, '')).toBe(
      first?.name.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    );
  });

  it.each([
    ['offset=-1', 'offset'],
    ['offset=1.5', 'offset'],
    ['offset=10001', 'offset'],
    ['offset=many', 'offset'],
    ['lang=de', 'lang'],
  ])('refuses %s as a 400 naming %s', async (bad, field) => {
    const { res, body } = await search(`${q}&${bad}`);
    expect(res.status).toBe(400);
    expect(body.errors?.map((e) => e.path)).toEqual([`query.${field}`]);
  });

  it('any offset and limit answer 200 with at most `limit` hits, or a 400; never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 8 }), fc.string({ maxLength: 5 }), async (offset, limit) => {
        const res = await ctx.app.request(
          `/api/v1/search?${q}&offset=${encodeURIComponent(offset)}&limit=${encodeURIComponent(limit)}`,
        );
        expect([200, 400]).toContain(res.status);
        if (res.status === 200) {
          const body = (await res.json()) as Page;
          expect(body.hits.length).toBeLessThanOrEqual(body.limit);
        }
      }),
      { numRuns: 40 },
    );
  });
});
