/**
 * The Latin view of the bundled edition (Order 262), read from its files once: every official
 * text is there, under its card, in both alphabets, with no Cyrillic letter left. The route
 * itself is called by test/http/route-inventory.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { latinView } from '../../src/domain/script/latin-view.js';
import { KK_LATN_2018, KK_LATN_2021 } from '../../src/domain/script/transliteration-tables.js';
import type { Edition } from '../../src/domain/standard/edition.js';
import { translatableTexts } from '../../src/domain/standard/translations.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { latinViewSchema } from '../../src/services/registry/schemas/latin.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const CYRILLIC_LETTER = /(?=\p{L})\p{Script=Cyrillic}/u;
let edition: Edition;
beforeAll(async () => {
  edition = await readEdition(BUNDLED_EDITION);
});

describe.each([KK_LATN_2021, KK_LATN_2018])('the bundled edition by $id', (table) => {
  it('has every official text once, in Latin letters only, and matches the API schema', () => {
    const view = latinViewSchema.parse(latinView(edition, table));
    const texts = [...view.texts, ...view.cards.flatMap((c) => c.texts)];
    expect(texts.map((t) => t.key).sort()).toEqual(
      translatableTexts(edition)
        .map((t) => t.key)
        .sort(),
    );
    expect(texts.filter((t) => CYRILLIC_LETTER.test(t.latin))).toEqual([]);
    expect(view.cards.map((c) => `${c.code}/${c.level}`)).toEqual(
      edition.cards.map((c) => `${c.code.value}/${c.level.value}`),
    );
    expect(view.transliteration).toMatchObject({ table: table.id, official: false });
  });
});

it('names the social worker card in each alphabet', () => {
  const name = (t: typeof KK_LATN_2021) => latinView(edition, t).cards.find((c) => c.id === '3412-0-008.4')?.name;
  expect(name(KK_LATN_2021)).toBe('Äleumettık qyzmetker');
  expect(name(KK_LATN_2018)).toBe('Áleýmettik qyzmetker');
});
