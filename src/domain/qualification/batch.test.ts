import { beforeAll, describe, expect, it } from 'vitest';
import { miniEdition } from '../../../test/support/mini-edition.js';
import type { Card } from '../standard/schemas.js';
import { BATCH_COLUMNS, batchTable, runBatch } from './batch.js';
import { INPUT_COLUMNS } from './batch-messages.js';
import type { Lang } from '../shared/messages/lang.js';

let cards: Card[];
beforeAll(async () => {
  const edition = await miniEdition();
  const template = edition.cards.find((c) => c.code.value === '1111-1-001' && c.level.value === 5) as Card;
  // A card that states no requirements, like 2634-4-001/6 of Order No. 262 ("Жоқ").
  const bare: Card = {
    ...template,
    code: { ...template.code, value: '1111-1-002' },
    qualification: { ...template.qualification, groups: [] },
  };
  cards = [...edition.cards, bare];
});
const find = (code: string, level: number) => cards.find((c) => c.code.value === code && c.level.value === level);
const column = (name: (typeof BATCH_COLUMNS)[number]) => BATCH_COLUMNS.indexOf(name);

describe('runBatch', () => {
  it('answers good rows and reports bad ones without stopping', () => {
    const rows = runBatch(
      [
        { id: 'A-1', card: '1111-1-001', level: '5', education: 'higher', field: 'social', none: '3' },
        {
          id: 'A-2',
          card: '1111-1-001',
          level: '5',
          education: 'higher',
          field: 'social',
          experience: 'none:1,second:0.5',
        },
        { id: 'A-3', card: '1111-1-001', level: '9', education: 'college', field: 'social', none: '-2' },
        { id: 'A-4', card: '9999-9-999', level: '5', education: 'higher', field: 'social' },
        { id: 'A-5', card: '1111-1-001', level: '4', education: 'tvet', field: 'other', none: '1,5' },
      ],
      find,
    );
    expect(rows.map((r) => [r.id, r.ok, r.status])).toEqual([
      ['A-1', true, 'eligible'],
      ['A-2', true, 'eligible'],
      ['A-3', false, 'unreadable'],
      ['A-4', false, 'unreadable'],
      ['A-5', true, 'eligible'],
    ]);
    const [first, second, third, fourth] = rows;
    expect(first?.ok && first.result.category).toBe('first');
    expect(second?.ok && second.result.category).toBe('none');
    expect(!third?.ok && third?.errors.map((e) => e.field)).toEqual(['level', 'education.level', 'experience.0.years']);
    expect(!fourth?.ok && fourth?.errors).toEqual([
      {
        field: 'card',
        message: 'there is no card 9999-9-999/5',
        text: {
          kk: '9999-9-999/5 карточкасы бұл редакцияда жоқ',
          ru: 'карточки 9999-9-999/5 нет в этой редакции',
          en: 'there is no card 9999-9-999/5',
        },
      },
    ]);
    const table = batchTable(rows, 'en');
    expect(table[0]).toEqual([
      'Row',
      'ID',
      'Card code',
      'Level',
      'Result',
      'Category',
      'Group',
      'Rule applied',
      'Next category',
      'What is missing',
      'Summary',
      'Errors',
    ]);
    expect(table[2]?.[column('missing')]).toBe('0.5 years more experience');
    expect(table[3]?.[column('errors')]).toMatch(
      /^"9" is not a level from 1 to 8; "college" is not an education level/,
    );
  });

  it('writes the table in Kazakh and Russian: titles, outcome, category, group and errors', () => {
    const rows = runBatch(
      [
        { id: 'K-1', card: '1111-1-001', level: '5', education: 'higher', field: 'social', none: '3' },
        { id: 'K-2', card: '1111-1-001', level: '5', education: 'tvet', field: 'social' },
        { id: 'K-3', card: '1111-1-001', level: '5', education: 'колледж', field: 'social' },
      ],
      find,
    );
    const kk = batchTable(rows, 'kk');
    expect(kk[0]?.slice(0, 7)).toEqual(['Жол', 'Табель нөмірі', 'Карточка коды', 'Деңгей', 'Нәтиже', 'Санат', 'Топ']);
    const at = (table: (string | number)[][], row: number, name: (typeof BATCH_COLUMNS)[number]) =>
      table[row]?.[column(name)];
    expect(at(kk, 1, 'status')).toBe('Талаптар орындалады');
    expect(at(kk, 1, 'category')).toBe('Бірінші санат');
    expect(at(kk, 2, 'status')).toBe('Талаптар орындалмайды');
    expect(at(kk, 3, 'status')).toBe('Жол оқылмады');
    expect(at(kk, 3, 'errors')).toMatch(/^«колледж» — белгісіз білім деңгейі \(мүмкін мәндер: негізгі орта, /);
    // No English word and no code leaks into a Kazakh answer's words.
    for (const name of ['status', 'category', 'group', 'next_category', 'missing', 'summary'] as const) {
      for (const line of kk.slice(1)) expect(String(at([line], 0, name))).not.toMatch(/[a-z]{3,}/);
    }
    const ru = batchTable(rows, 'ru');
    expect(ru[0]?.slice(4, 6)).toEqual(['Результат', 'Категория']);
    expect(at(ru, 1, 'category')).toBe('Первая категория');
    expect(at(ru, 2, 'status')).toBe('Требования не выполнены');
    expect(at(ru, 3, 'errors')).toMatch(/^«колледж» — неизвестный уровень образования/);
    // The JSON rows carry the summary in every language, as the single check does.
    expect(rows[0]?.ok && rows[0].summary.kk).toMatch(/^Ең жоғары қолжетімді санат: бірінші санат\./);
  });

  it('says that a card states no requirements instead of "not met"', () => {
    const [row] = runBatch(
      [{ id: 'N-1', card: '1111-1-002', level: '5', education: 'postgraduate', field: 'social', higher: '20' }],
      find,
    );
    expect(row).toMatchObject({ ok: true, status: 'no-requirements', result: { eligible: false, next: null } });
    const kk = batchTable(row ? [row] : [], 'kk')[1];
    expect(kk?.[column('status')]).toBe('Карточкада талаптар көрсетілмеген');
    expect(kk?.[column('summary')]).not.toMatch(/орындалмайды/);
    expect(batchTable(row ? [row] : [], 'ru')[1]?.[column('status')]).toBe('В карточке требования не указаны');
    expect(row?.ok && row.summary.en).toBe(
      'The card states no qualification requirements, so no category can be determined.',
    );
  });

  it('reads a list written from the template in any language: titles and words', () => {
    const record = (lang: Lang, values: Record<keyof typeof INPUT_COLUMNS, string>) =>
      Object.fromEntries(
        Object.entries(values).map(([k, v]) => [INPUT_COLUMNS[k as keyof typeof INPUT_COLUMNS][lang].toLowerCase(), v]),
      );
    const base = { id: '', card: '1111-1-001', level: '5', experience: '', first: '', higher: '' };
    const rows = runBatch(
      [
        record('kk', {
          ...base,
          education: 'Жоғары білім',
          field: 'Әлеуметтік',
          certificate: 'жоқ',
          none: '1',
          second: '1,5',
        }),
        record('ru', {
          ...base,
          education: 'высшее',
          field: 'социальное',
          certificate: 'да',
          none: '1',
          second: '1.5',
        }),
        record('en', {
          ...base,
          education: 'Higher education',
          field: 'social',
          certificate: '',
          none: '1',
          second: '1.5',
        }),
        record('kk', {
          ...base,
          education: 'Техникалық және кәсіптік (ТжКБ)',
          field: 'басқа',
          certificate: 'мүмкін',
          none: 'екі',
          second: '',
        }),
      ],
      find,
    );
    expect(rows.map((r) => r.ok && r.result.category)).toEqual(['first', 'first', 'first', false]);
    const bad = rows[3];
    expect(!bad?.ok && bad?.errors.map((e) => [e.field, e.text.kk])).toEqual([
      ['education.certificate', '«мүмкін» — сертификат бағанында «иә», «жоқ» немесе бос ұяшық болуы керек'],
      ['experience.0.years', 'Санатсыз жұмыс өтілі: «екі» — жыл саны емес'],
    ]);
    // An empty id falls back to the row number.
    expect(rows[0]?.id).toBe('1');
  });
});
