/**
 * Reading a curriculum's tables (pure): the header row in kk, ru and en, modules continued over
 * blank (merged) cells, criteria one per line without numbering, hours under a split header,
 * and a clear problem naming the sheet, row and column when the layout is not a curriculum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHeader, roleOfHeader } from '../../src/domain/programmes/curriculum-header.js';
import { placeOf, problemMessage } from '../../src/domain/programmes/curriculum-messages.js';
import type { CurriculumTable } from '../../src/domain/programmes/curriculum-table.js';
import { kindOf, listLines, readCurriculum } from '../../src/domain/programmes/curriculum.js';
import { moduleSchema } from '../../src/domain/programmes/programme.js';

const sheet = (rows: string[][], name = 'Жоспар'): CurriculumTable => ({ kind: 'sheet', name, rows });

describe('the header row', () => {
  it.each([
    ['Модуль коды', 'code'],
    ['Код модуля', 'code'],
    ['Модуль атауы', 'name'],
    ['Наименование модуля', 'name'],
    ['Module name', 'name'],
    ['Оқыту нәтижелері', 'outcome'],
    ['Результаты обучения', 'outcome'],
    ['Learning outcomes', 'outcome'],
    ['Бағалау критерийлері', 'criteria'],
    ['Критерии оценки', 'criteria'],
    ['Сағат саны', 'hours'],
    ['Часы', 'hours'],
    ['Теория', 'theory'],
    ['Практика', 'practice'],
    ['Кредит', 'credits'],
    ['Бағалау әдісі', 'method'],
  ])('reads «%s» as %s', (cell, role) => {
    expect(roleOfHeader(cell)).toBe(role);
  });

  it('finds the header below title lines, with theory and practice split under a merged «Сағат»', () => {
    const header = findHeader([
      ['Оқу жоспары'],
      ['Модуль коды', 'Модуль атауы', 'Оқыту нәтижелері', 'Сағат', ''],
      ['', '', '', 'Теория', 'Практика'],
    ]);
    expect(header).toEqual({
      firstRow: 1,
      lastRow: 2,
      columns: { code: 0, name: 1, outcome: 2, theory: 3, practice: 4 },
    });
  });
});

describe('listLines', () => {
  it('drops numbering and bullets, one criterion per line', () => {
    expect(listLines('1) Бірінші\n2. Екінші\n- Үшінші\n• Төртінші\nа) Бесінші;')).toEqual([
      'Бірінші',
      'Екінші',
      'Үшінші',
      'Төртінші',
      'Бесінші',
    ]);
  });
  it('splits a single line at semicolons', () => {
    expect(listLines('біреу; екеу; үшеу')).toEqual(['біреу', 'екеу', 'үшеу']);
  });
});

describe('kindOf', () => {
  it.each([
    ['ЖБМ 01', 'Жалпы білім беретін модуль', 'general'],
    ['БМ 02', 'Кәсіби қарым-қатынас', 'basic-professional'],
    ['КМ 03', 'Үйде қызмет көрсету', 'professional'],
    ['ПМ 04', 'Производственная практика', 'practice'],
  ])('%s %s is %s', (code, name, kind) => {
    expect(kindOf(code, name)).toBe(kind);
  });
});

describe('readCurriculum', () => {
  const rows = [
    ['Код модуля', 'Наименование модуля', 'Результаты обучения', 'Критерии оценки', 'Часы', 'Кредиты'],
    ['ПМ 01', 'Обслуживание на дому', 'Заполняет квитанции', '1) Снимает показания\n2) Заполняет', '72', '3'],
    ['', '', 'Убирает жилое помещение', '', '', ''],
    ['', '', '', '3) Проверяет чистоту', '', ''],
    ['ПМ 02', 'Производственная практика', 'Оказывает первую помощь', '', '1,5', '2,3'],
    ['Итого', '', '', '', '145', ''],
  ];

  it('continues a module over blank cells, adds criteria of an outcome-less row to the outcome above, skips totals', () => {
    const read = readCurriculum([sheet(rows)], 'ru');
    if (!read.ok) throw new Error(problemMessage(read.problem, 'en'));
    expect(read.modules.map((m) => [m.code, m.kind, m.outcomes.map((o) => o.text)])).toEqual([
      ['ПМ 01', 'professional', ['Заполняет квитанции', 'Убирает жилое помещение']],
      ['ПМ 02', 'practice', ['Оказывает первую помощь']],
    ]);
    expect(read.modules[0]?.outcomes[0]?.criteria.map((c) => c.text)).toEqual(['Снимает показания', 'Заполняет']);
    expect(read.modules[0]?.outcomes[1]?.criteria.map((c) => c.text)).toEqual(['Проверяет чистоту']);
    // A total only: theory for a taught module, practice for a practice module.
    expect(read.modules.map((m) => m.hours)).toEqual([
      { theory: 72, practice: 0 },
      { theory: 0, practice: 2 },
    ]);
    expect(read.modules.map((m) => m.credits)).toEqual([3, 2.5]);
    for (const m of read.modules) expect(moduleSchema.safeParse(m).success).toBe(true);
  });

  it('warns about rounded numbers naming the sheet, row and column', () => {
    const read = readCurriculum([sheet(rows)], 'ru');
    expect(read.ok && read.warnings).toEqual([
      { where: 'лист «Жоспар», строка 5, столбец E', message: 'значение 1.5 округлено до 2.' },
      { where: 'лист «Жоспар», строка 5, столбец F', message: 'значение 2.3 округлено до 2.5.' },
    ]);
  });

  it('reads several tables one after the other, skipping one that is not a curriculum', () => {
    const other = sheet([['Бекітемін', 'Директор']], 'Титул');
    const read = readCurriculum([other, sheet(rows), sheet(rows.slice(0, 2), 'Екінші')], 'kk');
    expect(read.ok && read.modules.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(read.ok && read.warnings[0]?.where).toBe('«Титул» парағы');
  });

  it('refuses a file without a header row, naming the sheets it looked at, in the asked language', () => {
    const read = readCurriculum(
      [
        sheet(
          [
            ['a', 'b'],
            ['c', 'd'],
          ],
          'Sheet1',
        ),
      ],
      'en',
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(problemMessage(read.problem, 'en')).toContain('No header row of a curriculum was found (sheet «Sheet1»)');
    expect(problemMessage(read.problem, 'kk')).toContain('«Sheet1» парағы');
    expect(problemMessage(read.problem, 'ru')).toContain('лист «Sheet1»');
  });

  it('refuses a header without an outcome column, naming the table and row and the columns found', () => {
    const table: CurriculumTable = { kind: 'table', name: '2', rows: [[''], ['Модуль коды', 'Модуль атауы', 'Сағат']] };
    const read = readCurriculum([table], 'kk');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(problemMessage(read.problem, 'kk')).toBe(
      '2-кесте, 2-жол: тақырып жолында оқыту нәтижелерінің бағаны жоқ (табылғаны: «Модуль коды», «Модуль атауы», «Сағат»). «Оқыту нәтижелері» бағанын қосыңыз.',
    );
    expect(problemMessage(read.problem, 'en')).toMatch(
      /^table 2, row 2: the header row has no learning outcomes column/,
    );
  });

  it('refuses a curriculum whose outcome column is empty', () => {
    const read = readCurriculum([sheet([rows[0] ?? [], ['ПМ 01', 'Модуль', '', '', '', '']])], 'ru');
    expect(read.ok === false && read.problem.code).toBe('no-outcomes');
  });

  it('names column letters past Z', () => {
    expect(placeOf({ kind: 'sheet', name: 'S' }, 3, 27, 'en')).toBe('sheet «S», row 3, column AB');
  });

  it('never throws on random tables, and what it reads fits the programme schema', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        'Модуль коды',
        'Оқыту нәтижелері',
        'Критерии оценки',
        'Часы',
        'Кредит',
        '1,5',
        '-3',
        '',
        '\n- a\n2) b',
      ),
    );
    const table = fc.record({
      kind: fc.constantFrom('sheet' as const, 'table' as const),
      name: fc.string({ maxLength: 10 }),
      rows: fc.array(fc.array(text, { maxLength: 8 }), { maxLength: 25 }),
    });
    fc.assert(
      fc.property(
        fc.array(table, { maxLength: 4 }),
        fc.constantFrom('kk' as const, 'ru' as const, 'en' as const),
        (tables, lang) => {
          const read = readCurriculum(tables, lang);
          if (!read.ok) {
            expect(problemMessage(read.problem, lang).length).toBeGreaterThan(10);
            return;
          }
          for (const m of read.modules) expect(moduleSchema.safeParse(m).error).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
