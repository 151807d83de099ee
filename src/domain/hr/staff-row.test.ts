import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staffRecordArb } from '../../../test/support/staff-records.js';
import { type Lang, LANGS } from '../shared/localize.js';
import { STAFF_COLUMNS, type StaffCells } from './staff-columns.js';
import { readStaffRow, writeStaffRow } from './staff-row.js';

const TODAY = '2026-06-30';

const kkRow: StaffCells = {
  personnelNo: 'Т-0042',
  fullName: 'Сәрсенбаева Гүлнар Ерланқызы',
  iin: '870412 400 125',
  birthDate: '12.04.1987',
  email: 'g.sarsenbaeva@mail.kz',
  phone: "'+7 701 234 56 78",
  positionTitle: 'Әлеуметтік жұмыс жөніндегі маман',
  cardCode: '2635-3-001',
  level: '5',
  positionSince: '01.09.2019',
  educationLevel: 'жоғары',
  educationField: 'әлеуметтік жұмыс',
  certificate: '',
  institution: 'Л.Н. Гумилев атындағы ЕҰУ',
  graduationYear: '2009',
  experience: 'санатсыз: 01.09.2009–31.08.2015; екінші: 01.09.2015–31.08.2019; бірінші: 01.09.2019–',
  leave: 'бала күтімі: 10.01.2012–09.01.2014',
};

const errorsOf = (cells: StaffCells, lang: Lang = 'kk') => {
  const read = readStaffRow(cells, TODAY, lang);
  return read.ok ? [] : read.errors;
};

describe('readStaffRow', () => {
  it('reads a Kazakh row into a staff record', () => {
    const read = readStaffRow({ ...kkRow, iin: '' }, TODAY, 'kk');
    expect(read).toEqual({
      ok: true,
      record: {
        personnelNo: 'Т-0042',
        fullName: 'Сәрсенбаева Гүлнар Ерланқызы',
        birthDate: '1987-04-12',
        email: 'g.sarsenbaeva@mail.kz',
        phone: '+7 701 234 56 78',
        position: { title: 'Әлеуметтік жұмыс жөніндегі маман', cardCode: '2635-3-001', level: 5, since: '2019-09-01' },
        education: { level: 'higher', field: 'social', institution: 'Л.Н. Гумилев атындағы ЕҰУ', year: 2009 },
        experience: [
          { category: 'none', from: '2009-09-01', to: '2015-08-31' },
          { category: 'second', from: '2015-09-01', to: '2019-08-31' },
          { category: 'first', from: '2019-09-01' },
        ],
        leave: [{ kind: 'child-care', from: '2012-01-10', to: '2014-01-09' }],
        trainings: [],
      },
    });
  });

  it('reads Russian and English words and ISO dates the same way', () => {
    const ru = readStaffRow(
      {
        personnelNo: '17',
        fullName: 'Иванова Анна Петровна',
        cardCode: '3412–0–008',
        level: '4 уровень',
        positionSince: '2021-03-15',
        educationLevel: 'Средне-специальное',
        educationField: 'Социальная работа',
        certificate: 'есть',
        experience: 'без категории: 15.03.2021–',
      },
      TODAY,
      'ru',
    );
    expect(ru.ok && ru.record.position).toEqual({ cardCode: '3412-0-008', level: 4, since: '2021-03-15' });
    expect(ru.ok && ru.record.education).toEqual({ level: 'tvet', field: 'social', certificate: 'social-training' });
    const en = readStaffRow(
      {
        ...kkRow,
        iin: '',
        educationLevel: 'postgraduate',
        educationField: 'psychology',
        experience: 'first: 2019-09-01-',
      },
      TODAY,
      'en',
    );
    expect(en.ok && en.record.education.level).toBe('postgraduate');
    expect(en.ok && en.record.experience).toEqual([{ category: 'first', from: '2019-09-01' }]);
  });

  it('names the column and says in the reader’s language what is wrong', () => {
    const errors = errorsOf({ ...kkRow, iin: '', educationLevel: 'жогарғы??', birthDate: '31.02.1987', level: 'бес' });
    expect(errors.map((e) => [e.column, e.path])).toEqual([
      ['birthDate', 'birthDate'],
      ['level', 'position.level'],
      ['educationLevel', 'education.level'],
    ]);
    expect(errors[0]?.message).toBe(
      'Туған күні: «31.02.1987» — күн емес немесе күнтізбеде мұндай күн жоқ. Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы, 01.09.2015.',
    );
    expect(errors[2]?.message).toContain('«жогарғы??» деген білім деңгейі танылмады');
    const ru = errorsOf({ ...kkRow, iin: '', educationLevel: 'жогарғы??' }, 'ru');
    expect(ru[0]?.message).toMatch(
      /^Образование: уровень образования «жогарғы\?\?» не распознан\. Укажите один из: основное среднее, /,
    );
  });

  it('requires the required columns', () => {
    const errors = errorsOf({ personnelNo: ' ', fullName: 'Ә' });
    expect(errors.map((e) => e.column)).toEqual([
      'personnelNo',
      'cardCode',
      'level',
      'positionSince',
      'educationLevel',
      'educationField',
      'fullName',
    ]);
    expect(errors[0]?.message).toBe('Табель нөмірі: толтыру міндетті.');
  });

  it('refuses a wrong IIN without ever repeating it, and one that is not the birth date', () => {
    const bad = errorsOf({ ...kkRow, iin: '870412400124' });
    expect(bad.map((e) => e.column)).toEqual(['iin']);
    expect(bad[0]?.message).not.toContain('870412400124');
    expect(bad[0]?.message).toContain('бақылау цифры');
    const other = errorsOf({ ...kkRow, birthDate: '13.04.1987' });
    expect(other.map((e) => [e.column, e.message])).toEqual([['iin', 'ЖСН: ЖСН туған күнге сәйкес келмейді.']]);
  });

  it('refuses overlapping periods, naming both lines', () => {
    const errors = errorsOf({
      ...kkRow,
      experience: 'екінші: 01.09.2015–31.08.2019; бірінші: 01.06.2019–',
    });
    expect(errors.map((e) => [e.column, e.path])).toEqual([['experience', 'experience.1.from']]);
    expect(errors[0]?.message).toBe('Еңбек өтілі, 2-жол: басталуы: бұл кезең 1-жолдағы кезеңмен қабаттасады.');
    expect(
      errorsOf({ ...kkRow, experience: 'вторая: 01.09.2015–31.08.2019; первая: 01.06.2019–' }, 'ru')[0]?.message,
    ).toBe('Стаж, строка 2: начало: этот период пересекается с периодом в строке 1.');
  });

  it('refuses a position taken before birth and one in the future', () => {
    expect(errorsOf({ ...kkRow, positionSince: '01.09.1980' }).map((e) => e.column)).toContain('positionSince');
    expect(errorsOf({ ...kkRow, positionSince: '01.09.2027' })[0]?.message).toContain('әлі келген жоқ');
  });

  it('never throws, whatever the cells hold (property)', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('', '01.09.2015', '31.02.2020', 'жоғары', 'бірінші: 01.09.2019–', '2635-3-001', '5', "'=1"),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...STAFF_COLUMNS), cell), fc.constantFrom(...LANGS), (cells, lang) => {
        const read = readStaffRow(cells, TODAY, lang);
        if (!read.ok) for (const e of read.errors) expect(e.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('writeStaffRow', () => {
  it('writes a row that reads back as the same record, in every language (property)', () => {
    fc.assert(
      fc.property(staffRecordArb(TODAY), fc.constantFrom(...LANGS), (record, lang) => {
        expect(readStaffRow(writeStaffRow(record, lang), TODAY, lang)).toEqual({ ok: true, record });
      }),
      { numRuns: 300 },
    );
  });
});
