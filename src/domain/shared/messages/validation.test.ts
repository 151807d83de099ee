import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { englishIssueMap, type IssueLike, issueMessage, LANGS, restate, zodIssueText } from './index.js';
import { ZOD_MESSAGES } from './validation.js';

/** One issue (or more) of every code zod raises, with the parameters each carries. */
const ISSUES: IssueLike[] = [
  { code: 'invalid_type', expected: 'string', input: 3 },
  { code: 'invalid_type', expected: 'number', input: 'x' },
  { code: 'invalid_type', expected: 'int', input: 1.5 },
  { code: 'invalid_type', expected: 'boolean', input: 'x' },
  { code: 'invalid_type', expected: 'array', input: 'x' },
  { code: 'invalid_type', expected: 'object', input: 'x' },
  { code: 'invalid_type', expected: 'date', input: 'x' },
  { code: 'invalid_type', expected: 'bigint', input: 'x' },
  { code: 'too_small', origin: 'string', minimum: 3, inclusive: true },
  { code: 'too_small', origin: 'string', minimum: 1, inclusive: true },
  { code: 'too_small', origin: 'string', minimum: 12, inclusive: true, exact: true },
  { code: 'too_small', origin: 'array', minimum: 2, inclusive: true },
  { code: 'too_small', origin: 'set', minimum: 2, inclusive: true, exact: true },
  { code: 'too_small', origin: 'number', minimum: 1, inclusive: true },
  { code: 'too_small', origin: 'number', minimum: 0, inclusive: false },
  { code: 'too_small', origin: 'date', minimum: 0, inclusive: true },
  { code: 'too_big', origin: 'string', maximum: 200, inclusive: true },
  { code: 'too_big', origin: 'array', maximum: 40, inclusive: true },
  { code: 'too_big', origin: 'string', maximum: 12, inclusive: true, exact: true },
  { code: 'too_big', origin: 'number', maximum: 100, inclusive: true },
  { code: 'too_big', origin: 'int', maximum: 100, inclusive: false },
  { code: 'too_big', origin: 'date', maximum: 0, inclusive: true },
  { code: 'invalid_format', format: 'email' },
  { code: 'invalid_format', format: 'url' },
  { code: 'invalid_format', format: 'uuid' },
  { code: 'invalid_format', format: 'date' },
  { code: 'invalid_format', format: 'datetime' },
  { code: 'invalid_format', format: 'regex' },
  { code: 'invalid_format', format: 'starts_with', prefix: 'https://' },
  { code: 'invalid_format', format: 'ends_with', suffix: '.xlsx' },
  { code: 'invalid_format', format: 'includes', includes: '@' },
  { code: 'invalid_format', format: 'ipv4' },
  { code: 'invalid_value', values: ['kk'] },
  { code: 'invalid_value', values: ['kk', 'ru', 'en'] },
  { code: 'not_multiple_of', divisor: 5 },
  { code: 'unrecognized_keys', keys: ['extra', 'other'] },
  { code: 'invalid_key', origin: 'record' },
  { code: 'invalid_element', origin: 'map' },
  { code: 'invalid_union' },
  { code: 'invalid_union', options: ['card', 'spec'] },
  { code: 'custom' },
];

describe('validation messages (zod issues)', () => {
  it('says every issue code in kk, ru and en with no {parameter} left unfilled', () => {
    const left = ISSUES.flatMap((issue) =>
      LANGS.map((lang) => [lang, zodIssueText(lang, issue)] as const).filter(
        ([, text]) => text.trim() === '' || /[{}]/.test(text),
      ),
    );
    expect(left).toEqual([]);
    expect(zodIssueText('ru', ISSUES[8] as IssueLike)).toBe('Символов должно быть не меньше: 3.');
    expect(zodIssueText('kk', { code: 'unrecognized_keys', keys: ['x'] })).toBe('Белгісіз өрістер: x.');
  });

  it('uses every zod.* text of the catalogue for some issue', () => {
    const used = new Set(ISSUES.map((i) => issueMessage(i).key));
    used.add(issueMessage({ code: 'invalid_type', expected: 'string' }, true).key);
    expect(Object.keys(ZOD_MESSAGES).filter((key) => !used.has(key as never))).toEqual([]);
  });

  it('reads every English text back into its own key and says it again in kk and ru', () => {
    for (const issue of ISSUES) {
      const en = zodIssueText('en', issue);
      for (const lang of ['kk', 'ru'] as const) expect(restate(lang, en, 'zod.'), en).toBe(zodIssueText(lang, issue));
    }
  });

  it('is the map a parse takes: a missing field is "Required", a schema’s own message wins', () => {
    const schema = z.object({
      name: z.string().min(1),
      lang: z.enum(['kk', 'ru', 'en']),
      code: z.string().regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001'),
    });
    const result = schema.safeParse({ name: '', code: '12' }, { error: englishIssueMap });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', 'Must not be empty.'],
      ['lang', 'Required.'],
      ['code', 'a card code looks like 2635-3-001'],
    ]);
    expect(restate('ru', 'a card code looks like 2635-3-001', 'validation.')).toBe(
      'код карточки пишется как 2635-3-001',
    );
    expect(restate('kk', 'level must be from 1 to 8', 'validation.')).toBe('level: ең азы 1, ең көбі 8');
  });
});
