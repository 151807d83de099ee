import { describe, expect, it } from 'vitest';
import { testItemContentSchema } from '../../assessment/instruments.js';
import { localIdSchema } from '../../programmes/programme.js';
import { itemIdSchema, lineRangeSchema, professionCodeSchema } from '../../standard/schemas.js';
import { LANGS, message, placeholders, restate } from './index.js';
import { VALIDATION_SCHEMA_MESSAGES } from './validation-schemas.js';

type Key = keyof typeof VALIDATION_SCHEMA_MESSAGES;
const SAMPLE = { field: 'limit', min: '2', max: '200', values: 'card, skill', key: 'x', total: '90' };

describe('custom schema messages said again in kk and ru', () => {
  it('reads every English text back into its own key', () => {
    for (const key of Object.keys(VALIDATION_SCHEMA_MESSAGES) as Key[]) {
      const names = placeholders(VALIDATION_SCHEMA_MESSAGES[key].en);
      const params = Object.fromEntries(names.map((n) => [n, SAMPLE[n as keyof typeof SAMPLE]]));
      const en = message('en', key, params as never);
      for (const lang of LANGS) expect(restate(lang, en, 'validation.'), key).toBe(message(lang, key, params as never));
    }
  });

  it('is what the schemas write, word for word', () => {
    const said = (result: { error?: { issues: { message: string }[] } }) =>
      (result.error?.issues ?? []).map((i) => restate('ru', i.message, 'validation.'));
    expect(said(itemIdSchema.safeParse('Bad Id'))).toEqual([
      'идентификатор состоит из строчных латинских букв, цифр, точек и дефисов',
    ]);
    expect(said(lineRangeSchema.safeParse([5, 2]))).toEqual(['диапазон строк идёт от меньшей строки к большей']);
    expect(said(professionCodeSchema.safeParse('12'))).toEqual(['код профессии пишется как 2635-3-001']);
    expect(said(localIdSchema.safeParse('no spaces'))).toEqual([
      'идентификатор — от 1 до 64 латинских букв, цифр, _ . -',
    ]);
    const question = {
      cardCode: '2635-3-001',
      cardLevel: 5,
      knowledgeIds: ['2635-3-001.5.f1.t1.k1'],
      kind: 'single',
      stem: 'Q',
      options: [
        { id: 'a', text: 'A' },
        { id: 'a', text: 'B' },
      ],
      key: ['a', 'z'],
      difficulty: 1,
      lang: 'kk',
      author: 'me',
    };
    expect(said(testItemContentSchema.safeParse(question))).toEqual([
      'идентификаторы вариантов ответа повторяются',
      'у вопроса с одним ответом ровно один правильный ответ',
      'правильного ответа z нет среди вариантов',
    ]);
  });
});
