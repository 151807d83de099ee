import { describe, expect, it } from 'vitest';
import { tinyEdition } from '../editions/test-editions.js';
import { latinView } from './latin-view.js';
import { KK_LATN_2018, KK_LATN_2021 } from './transliteration-tables.js';

const edition = tinyEdition('tiny-2023', [
  {
    code: '3412-0-008',
    level: 4,
    functions: [
      { name: 'Шағымдарды қарау', tasks: [{ name: 'Құжаттар', skills: ['Жоспарлау'], knowledge: ['Кодекс'] }] },
    ],
  },
  { code: '3412-0-008', level: 45, name: 'Психолог', functions: [{ name: 'Кеңес беру', tasks: [] }] },
]);

describe('latinView', () => {
  const view = latinView(edition, KK_LATN_2021);

  it('labels itself a transliteration by a named table, never official', () => {
    expect(view.transliteration).toMatchObject({ alphabet: '2021', table: 'kk-Latn-2021', official: false });
    expect(view.transliteration.source.urls.length).toBeGreaterThan(0);
    expect(latinView(edition, KK_LATN_2018).transliteration).toMatchObject({ table: 'kk-Latn-2018', official: false });
  });

  it('groups the texts by card, each under its own card only', () => {
    const [first, second] = view.cards;
    expect(first).toMatchObject({ id: '3412-0-008.4', code: '3412-0-008', level: 4, name: 'Äleumettık qyzmetker' });
    expect(first?.texts).toContainEqual({ key: '3412-0-008.4.f1#name', latin: 'Şağymdardy qarau' });
    expect(first?.texts).toContainEqual({ key: '3412-0-008.4.f1.t1.s1', latin: 'Josparlau' });
    // A card whose id begins like another's (….4 and ….45) keeps its own texts.
    expect(first?.texts.every((t) => !t.key.startsWith('3412-0-008.45'))).toBe(true);
    expect(second?.texts).toContainEqual({ key: '3412-0-008.45.f1#name', latin: 'Keñes beru' });
  });

  it('keeps the edition’s own texts apart, and writes no Cyrillic letter anywhere', () => {
    expect(view.texts.map((t) => t.latin)).toContain('Synaq standarty');
    expect(JSON.stringify([view.texts, view.cards])).not.toMatch(/(?=\p{L})\p{Script=Cyrillic}/u);
  });
});
