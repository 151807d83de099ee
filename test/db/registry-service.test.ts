import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { miniEdition } from '../support/mini-edition.js';

describe.each(testEngines)('registry service on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database);
    const edition = await miniEdition();
    edition.cards[0]?.links.splice(0); // no stated link: the graph must still lead from level 4 to 5
    await services.editions.load(edition);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('adds the same profession’s next level to the career graph when no link states it', async () => {
    const graph = await services.registry.careerGraph({ lang: 'kk' });
    expect(graph.edges).toEqual([{ from: '1111-1-001/4', to: '1111-1-001/5', kind: 'next-level' }]);
  });

  it('serves a changed card right after the load that changed it (no stale cache)', async () => {
    const before = await services.registry.getCard({ code: '1111-1-001', level: 5 }, { lang: 'ru' });
    expect(before.card.name.display.text).toBe('Специалист по испытаниям');
    expect(await services.registry.getCard({ code: '1111-1-001', level: 5 }, { lang: 'ru' })).toBe(before);
    const keptQuery = { q: 'испытаниям', limit: 5, lang: 'ru' } as const;
    const kept = await services.search.search(keptQuery);
    const nameOfLevel5 = (answer: typeof kept) => answer.hits.find((h) => h.id === '1111-1-001.5')?.name.text;
    expect(nameOfLevel5(kept)).toBe('Специалист по испытаниям');
    // The same query is answered from the kept answer; another language is another answer.
    expect(await services.search.search(keptQuery)).toBe(kept);
    expect(await services.search.search({ ...keptQuery, lang: 'en' })).not.toBe(kept);
    const edition = await miniEdition();
    edition.cards[0]?.links.splice(0);
    const second = edition.cards[1];
    if (second) second.name.ru = 'Специалист по тестированию';
    await services.editions.load(edition);
    const after = await services.registry.getCard({ code: '1111-1-001', level: 5 }, { lang: 'ru' });
    expect(after.card.name.display.text).toBe('Специалист по тестированию');
    const hits = await services.search.search({ q: 'тестированию', limit: 5 });
    expect(hits.hits[0]?.id).toBe('1111-1-001.5');
    // The answer kept for the old revision is gone with it.
    const again = await services.search.search(keptQuery);
    expect(again).not.toBe(kept);
    expect(nameOfLevel5(again)).not.toBe('Специалист по испытаниям');
  });

  it('shows a listed profession without a card honestly', async () => {
    const { professions } = await services.registry.professions({ lang: 'en' });
    expect(professions.map((p) => [p.id, p.hasCard])).toEqual([
      ['prof-1', true],
      ['prof-2', false],
    ]);
    expect(professions[0]?.name.display).toEqual({
      text: 'testing specialist',
      lang: 'en',
      official: false,
      review: 'machine-draft',
    });
    expect(professions[1]?.name.display).toEqual({ text: 'сынақ кеңесшісі', lang: 'kk', official: true });
  });
});
