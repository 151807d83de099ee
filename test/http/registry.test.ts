/**
 * The registry API over the bundled edition, on every engine in the matrix.
 */
import { describe, expect, it } from 'vitest';
import { useBundledApp } from '../support/bundled-app.js';
import { testEngines } from '../support/engines.js';

// biome-ignore lint/suspicious/noExplicitAny: the test reads loose JSON answers
type Json = Record<string, any>;

describe.each(testEngines)('registry API on %s', (engine) => {
  const ctx = useBundledApp(engine);
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await ctx.app.request(url, { headers });
    return { res, body: (res.status === 304 ? null : await res.json()) as Json };
  };

  it('lists cards in Kazakh alphabetical order and pages through them with a cursor', async () => {
    const { body: all } = await get('/api/v1/cards?limit=100');
    const names: string[] = all.cards.map((c: Json) => c.name.kk);
    expect(all.total).toBe(10);
    expect(names).toEqual([...names].sort(new Intl.Collator('kk').compare));
    expect(names[0]).toMatch(/^Арнаулы/);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body }: { body: Json } = await get(`/api/v1/cards?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.cards.map((c: Json) => c.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.cards.map((c: Json) => c.id));
  });

  it('lists cards in Russian and English by the translated name, in that language’s alphabet, and pages the same way', async () => {
    for (const lang of ['ru', 'en'] as const) {
      const { body: all } = await get(`/api/v1/cards?limit=100&lang=${lang}`);
      const names: string[] = all.cards.map((c: Json) => c.name.display.text);
      expect(all.cards.every((c: Json) => c.name.display.lang === lang)).toBe(true);
      expect(names).toEqual([...names].sort(new Intl.Collator(lang).compare));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const { body }: { body: Json } = await get(
          `/api/v1/cards?limit=4&lang=${lang}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...body.cards.map((c: Json) => c.id));
        cursor = body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.cards.map((c: Json) => c.id));
    }
    // Not the Kazakh order: the translated names sort differently.
    const kk = (await get('/api/v1/cards?limit=100')).body.cards.map((c: Json) => c.id);
    const en = (await get('/api/v1/cards?limit=100&lang=en')).body.cards.map((c: Json) => c.id);
    expect(en).not.toEqual(kk);
  });

  it('filters cards by level, code, profession and text (in any language)', async () => {
    const ids = async (q: string) =>
      (await get(`/api/v1/cards?${q}`)).body.cards.map((c: Json) => `${c.code}/${c.level}`).sort();
    expect(await ids('level=7')).toEqual(['1344-0-004/7', '2634-4-001/7']);
    expect(await ids('code=2635-3-001')).toEqual(['2635-3-001/4', '2635-3-001/5', '2635-3-001/6']);
    expect(await ids('profession=prof-3')).toEqual(['3412-0-008/4', '3412-0-008/5']);
    expect(await ids('text=ПСИХОЛОГ')).toEqual(['2634-9-004/6']);
    expect(await ids('text=psychologist')).toEqual(['2634-9-004/6']);
    expect(await ids('level=4&text=маман')).toEqual(['2635-3-001/4']);
    // Any script, as search: typed without Kazakh letters or in Latin, the filter finds what the Cyrillic finds.
    const cyrillic = await ids(`text=${encodeURIComponent('әлеуметтік қызметкер')}`);
    expect(cyrillic).toContain('3412-0-008/4');
    for (const typed of [
      'элеуметтик кызметкер',
      'äleumettık qyzmetker',
      'áleýmettik qyzmetker',
      'aleumettik kyzmetker',
    ]) {
      expect(await ids(`text=${encodeURIComponent(typed)}`), typed).toEqual(cyrillic);
    }
  });

  it('gives one card whole, in the asked language, with its other levels', async () => {
    const { res, body } = await get('/api/v1/cards/2635-3-001/5?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('en');
    expect(body.card.name.display).toEqual({
      text: body.card.name.en,
      lang: 'en',
      official: false,
      review: 'machine-draft',
    });
    const skill = body.card.labourFunctions[0].tasks[0].skills[0];
    // A translation says how far it was reviewed; the Kazakh original (shown when there is none) does not.
    expect(skill.display.official).toBe(skill.display.lang === 'kk');
    expect('review' in skill.display).toBe(skill.display.lang !== 'kk');
    expect(skill.source.lines).toHaveLength(2);
    const kk = await get('/api/v1/cards/2635-3-001/5?lang=kk');
    expect(kk.body.card.name.display).toEqual({ text: kk.body.card.name.kk, lang: 'kk', official: true });
    expect(skill.source.lines).toHaveLength(2);
    expect(body.uuids[skill.id]).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.otherLevels.map((l: Json) => l.level)).toEqual([4, 6]);
    const ru = await get('/api/v1/cards/2635-3-001/5', { 'Accept-Language': 'ru' });
    expect(ru.body.card.name.display.lang).toBe('ru');
  });

  it('answers 404 for an unknown card and 400 for a malformed code or level', async () => {
    expect((await get('/api/v1/cards/9999-9-999/5')).res.status).toBe(404);
    const bad = await get('/api/v1/cards/2635-3-1/9');
    expect(bad.res.status).toBe(400);
    expect(bad.body.errors.map((e: Json) => e.path).sort()).toEqual(['param.code', 'param.level']);
    expect((await get('/api/v1/cards?lang=fr')).res.status).toBe(400);
    expect((await get('/api/v1/cards?cursor=nonsense')).res.status).toBe(400);
    expect((await get('/api/v1/cards?edition=order-1-1999')).res.status).toBe(404);
  });

  it('gives an item with its card, path, source text and the other cards with the same text', async () => {
    const { body: card } = await get('/api/v1/cards/2635-3-001/4');
    const knowledge = card.card.labourFunctions[0].tasks[0].knowledge;
    const { body } = await get(`/api/v1/items/${knowledge[0].id}`);
    expect(body).toMatchObject({ kind: 'knowledge', card: { code: '2635-3-001', level: 4 } });
    expect(body.path.map((p: Json) => p.kind)).toEqual(['card', 'labourFunction', 'task']);
    expect(body.source.text.replace(/\s+/g, '')).toContain(knowledge[0].kk.slice(0, 10).replace(/\s+/g, ''));
    // The same law is a knowledge item of many cards: the item says where else it occurs.
    const withTwins = await Promise.all(knowledge.map(async (k: Json) => (await get(`/api/v1/items/${k.id}`)).body));
    const twin = withTwins.find((i: Json) => i.sameTextIn.length > 0);
    expect(twin?.sameTextIn[0].card.code).toBeTruthy();
    expect((await get('/api/v1/items/no-such-item')).res.status).toBe(404);
  });

  it('lists the standards with their editions', async () => {
    const { body } = await get('/api/v1/standards');
    expect(body.standards).toEqual([
      expect.objectContaining({
        id: 'social-protection',
        editions: [expect.objectContaining({ id: 'order-262-2023', current: true })],
      }),
    ]);
  });

  it('lists terms, professions (one without a card), levels and the career graph', async () => {
    expect((await get('/api/v1/terms')).body.terms).toHaveLength(17);
    const professions = (await get('/api/v1/professions?lang=en')).body.professions;
    expect(professions).toHaveLength(7);
    expect(professions.filter((p: Json) => !p.hasCard).map((p: Json) => p.id)).toEqual(['prof-5']);
    const levels = (await get('/api/v1/levels')).body.levels;
    expect(levels.map((l: Json) => l.cards.length)).toEqual([0, 0, 0, 2, 2, 4, 2, 0]);
    const graph = (await get('/api/v1/career/graph')).body;
    expect(graph.nodes).toHaveLength(10);
    const edge = (from: string, to: string) => graph.edges.find((e: Json) => e.from === from && e.to === to);
    // Stated by the card itself (its link names the next level's card):
    expect(edge('2635-3-001/4', '2635-3-001/5')).toMatchObject({ kind: 'stated', linkId: '2635-3-001.4.l1' });
    // Every next level of a profession is reachable, stated or not:
    for (const [from, to] of [
      ['2635-3-001/5', '2635-3-001/6'],
      ['3412-0-008/4', '3412-0-008/5'],
      ['2634-4-001/6', '2634-4-001/7'],
    ]) {
      expect(edge(from as string, to as string), `${from} → ${to}`).toBeDefined();
    }
    expect(graph.unresolved.length).toBeGreaterThan(0);
  });

  it('sends ETag and Cache-Control, answers 304 to If-None-Match, and allows cross-origin reads', async () => {
    const first = await ctx.app.request('/api/v1/cards/2635-3-001/5', { headers: { Origin: 'https://example.org' } });
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=60/);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const again = await ctx.app.request('/api/v1/cards/2635-3-001/5', { headers: { 'If-None-Match': tag ?? '' } });
    expect(again.status).toBe(304);
    const other = await ctx.app.request('/api/v1/cards/2635-3-001/5?lang=ru', {
      headers: { 'If-None-Match': tag ?? '' },
    });
    expect(other.status).toBe(200);
  });
});
