import { describe, expect, it } from 'vitest';
import { type AlignedPair, type Alignment, POSITION_MIN, TEXT_MIN, alignEditions } from './match.js';
import { StemWeights, profileOf, textSimilarity } from './similarity.js';
import { type TinyCard, type TinyText, tinyEdition } from './test-editions.js';

const FUNCTION = 'Арнаулы әлеуметтік қызметтерді ұйымдастыру';

function card(skills: TinyText[], knowledge: TinyText[] = [], extra: Partial<TinyCard> = {}): TinyCard {
  return {
    code: '2635-3-001',
    level: 5,
    functions: [
      {
        name: FUNCTION,
        tasks: [
          { name: 'Клиенттерге кеңес беру', skills, knowledge },
          { name: 'Құжаттаманы жүргізу', skills: ['Іс қағаздарын жүргізу.'] },
        ],
      },
    ],
    ...extra,
  };
}

const pairOf = (alignment: Alignment, newId: string): AlignedPair | undefined =>
  alignment.pairs.find((p) => p.newId === newId);

const T = '2635-3-001.5.f1.t1';

describe('text similarity', () => {
  const weights = new StemWeights();
  it('is 1 for the same text up to case, spacing and look-alike letters', () => {
    const a = profileOf('Тұрақты негізде  біліктілікті арттыру;');
    const b = profileOf('ТҰРАҚТЫ негізде біліктілікті арттыру;');
    expect(textSimilarity(a, b, weights)).toBe(1);
  });

  it('is high for an inflected rewording, low for another text, never 1 for different texts', () => {
    const a = profileOf('Арнайы әлеуметтік қызметтерге қажеттілікті талдау.');
    const b = profileOf('Арнаулы әлеуметтік қызметтерге қажеттілікті талдау және бағалау.');
    const c = profileOf('Өрт қауіпсіздігі ережелері;');
    const ab = textSimilarity(a, b, weights);
    expect(ab).toBeGreaterThan(TEXT_MIN);
    expect(ab).toBeLessThan(1);
    expect(textSimilarity(a, c, weights)).toBeLessThan(POSITION_MIN);
  });
});

describe('alignEditions', () => {
  it('matches every item by id in an unchanged edition', () => {
    const e = tinyEdition('a', [card(['Бірінші дағды.', 'Екінші дағды.'], ['Әлеуметтік кодекс.'])]);
    const alignment = alignEditions(e, structuredClone(e));
    expect(alignment.added).toEqual([]);
    expect(alignment.removed).toEqual([]);
    expect(alignment.pairs.every((p) => p.how === 'id' && p.oldId === p.newId && p.similarity === 1)).toBe(true);
    expect(alignment.pairs.map((p) => p.kind)).toEqual([
      'card',
      'labourFunction',
      'task',
      'skill',
      'skill',
      'knowledge',
      'task',
      'skill',
    ]);
  });

  it('keeps a reworded item with its id', () => {
    const a = tinyEdition('a', [card(['Арнайы әлеуметтік қызметтерге қажеттілікті талдау.'])]);
    const b = tinyEdition('b', [card(['Арнаулы әлеуметтік қызметтерге қажеттілікті талдау және бағалау.'])]);
    const pair = pairOf(alignEditions(a, b), `${T}.s1`);
    expect(pair).toMatchObject({ oldId: `${T}.s1`, how: 'id' });
    expect(pair?.similarity).toBeLessThan(1);
  });

  it('follows a renumbered list by text: an id reused for another item’s text loses to that text', () => {
    const a = tinyEdition('a', [
      card(
        ['Дағды.'],
        [
          'Қазақстан Республикасының Конституциясы;',
          'Халық денсаулығы және денсаулық сақтау жүйесі туралы Кодекс.',
          'Неке және отбасы туралы Кодекс.',
          'Бала құқықтары туралы заң.',
        ],
      ),
    ]);
    const b = tinyEdition('b', [
      card(
        ['Дағды.'],
        ['Қазақстан Республикасының Конституциясы;', 'Неке және отбасы туралы Кодекс.', 'Бала құқықтары туралы заң.'],
      ),
    ]);
    const alignment = alignEditions(a, b);
    expect(pairOf(alignment, `${T}.k1`)).toMatchObject({ oldId: `${T}.k1`, how: 'id' });
    expect(pairOf(alignment, `${T}.k2`)).toMatchObject({ oldId: `${T}.k3`, how: 'text', similarity: 1 });
    expect(pairOf(alignment, `${T}.k3`)).toMatchObject({ oldId: `${T}.k4`, how: 'text', similarity: 1 });
    expect(alignment.removed).toEqual([`${T}.k2`]);
    expect(alignment.added).toEqual([]);
  });

  it('maps a whole card whose code (and so every id) changed, by text', () => {
    const a = tinyEdition('a', [card(['Бірінші дағды.', 'Екінші дағды.'], ['Әлеуметтік кодекс.'])]);
    const b = tinyEdition('b', [
      { ...card(['Бірінші дағды.', 'Екінші дағды.'], ['Әлеуметтік кодекс.']), code: '2635-3-004' },
    ]);
    const alignment = alignEditions(a, b);
    expect(alignment.added).toEqual([]);
    expect(alignment.removed).toEqual([]);
    expect(alignment.pairs.every((p) => p.how === 'text')).toBe(true);
    expect(pairOf(alignment, '2635-3-004.5.f1.t1.s2')?.oldId).toBe('2635-3-001.5.f1.t1.s2');
    expect(pairOf(alignment, '2635-3-004.5')?.oldId).toBe('2635-3-001.5');
  });

  it('tells apart two cards of one profession on different levels when both change ids', () => {
    const level = (n: number, skill: string): TinyCard => ({
      code: '3412-0-008',
      level: n,
      functions: [{ name: FUNCTION, tasks: [{ name: 'Әлеуметтік қызмет көрсету', skills: [skill] }] }],
    });
    const a = tinyEdition('a', [level(4, 'Тамақ дайындауға көмек көрсету.'), level(5, 'Құжаттаманы ресімдеу.')]);
    const b = tinyEdition('b', [
      { ...level(4, 'Тамақ дайындауға көмек көрсету.'), id: 'x.4' },
      { ...level(5, 'Құжаттаманы ресімдеу.'), id: 'x.5' },
    ]);
    const alignment = alignEditions(a, b);
    expect(pairOf(alignment, 'x.4')?.oldId).toBe('3412-0-008.4');
    expect(pairOf(alignment, 'x.5')?.oldId).toBe('3412-0-008.5');
    expect(pairOf(alignment, 'x.5.f1.t1.s1')?.oldId).toBe('3412-0-008.5.f1.t1.s1');
  });

  it('matches by position an item renumbered and reworded beyond text matching, at the same place', () => {
    const a = tinyEdition('a', [
      card(['Клиенттермен жеке жұмыс бағдарламаларын әзірлеу.', 'Тұрақты негізде біліктілікті арттыру;']),
    ]);
    const b = tinyEdition('b', [
      card([
        'Клиенттермен жеке жұмыс бағдарламаларын әзірлеу.',
        { kk: 'Жыл сайын біліктілікті арттыру курстарынан өту;', id: 's9' },
      ]),
    ]);
    const pair = pairOf(alignEditions(a, b), `${T}.s9`);
    expect(pair).toMatchObject({ oldId: `${T}.s2`, how: 'position' });
    expect(pair?.similarity).toBeGreaterThanOrEqual(POSITION_MIN);
    expect(pair?.similarity).toBeLessThan(TEXT_MIN);
  });

  it('does not match an unrelated new item at the same place: one added, one removed', () => {
    const a = tinyEdition('a', [card(['Бірінші дағды.', 'Халық арасында психологиялық ағарту қызметін жүргізу.'])]);
    const b = tinyEdition('b', [card(['Бірінші дағды.', { kk: 'Өрт қауіпсіздігі ережелерін сақтау.', id: 's7' }])]);
    const alignment = alignEditions(a, b);
    expect(alignment.added).toEqual([`${T}.s7`]);
    expect(alignment.removed).toEqual([`${T}.s2`]);
  });

  it('finds an item moved to another task by its text', () => {
    const moved = 'Өмірлік қиын жағдайға тап болған адам (отбасы) туралы құпия ақпаратты жария етпеу.';
    const a = tinyEdition('a', [card(['Бірінші дағды.', moved])]);
    const b = structuredClone(a);
    const [t1, t2] = b.cards[0]?.labourFunctions[0]?.tasks ?? [];
    if (!t1 || !t2) throw new Error('fixture');
    const skill = t1.skills.pop();
    if (!skill) throw new Error('fixture');
    t2.skills.push({ ...skill, id: `${t2.id}.s2` });
    const pair = pairOf(alignEditions(a, b), '2635-3-001.5.f1.t2.s2');
    expect(pair).toMatchObject({ oldId: `${T}.s2`, how: 'text', similarity: 1 });
  });

  it('lists items of a new card as added and of a dropped card as removed', () => {
    const a = tinyEdition('a', [card(['Бірінші дағды.'])]);
    const b = tinyEdition('b', [
      card(['Бірінші дағды.']),
      { code: '1344-0-004', level: 7, name: 'Бөлімше бастығы', functions: [{ name: 'Басқару', tasks: [] }] },
    ]);
    const forward = alignEditions(a, b);
    expect(forward.added).toEqual(['1344-0-004.7', '1344-0-004.7.f1']);
    const backward = alignEditions(b, a);
    expect(backward.removed).toEqual(['1344-0-004.7', '1344-0-004.7.f1']);
  });
});
