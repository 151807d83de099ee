import { describe, expect, it } from 'vitest';
import { LANGS } from '../shared/localize.js';
import {
  applyMapping,
  COLUMN_HEADERS,
  columnOfHeader,
  columnOfPath,
  detectMapping,
  REQUIRED_COLUMNS,
  STAFF_COLUMNS,
  staffMappingSchema,
} from './staff-columns.js';

describe('detectMapping', () => {
  it('maps Kazakh headers as HR writes them, with punctuation and odd spacing', () => {
    const { mapping, missing } = detectMapping([
      'Табель №',
      'Т.А.Ә.',
      'ЖСН',
      'Туған күні',
      'Лауазымы',
      'Карточка коды',
      'Деңгейі',
      'Лауазымға  тағайындалған күні',
      'Білімі:',
      'Мамандығы (диплом бойынша)',
      'Оқу орны',
      'Бітірген жылы',
      'Еңбек өтілі',
      'Демалыстар',
    ]);
    expect(mapping).toEqual({
      'Табель №': 'personnelNo',
      'Т.А.Ә.': 'fullName',
      ЖСН: 'iin',
      'Туған күні': 'birthDate',
      Лауазымы: 'positionTitle',
      'Карточка коды': 'cardCode',
      Деңгейі: 'level',
      'Лауазымға  тағайындалған күні': 'positionSince',
      'Білімі:': 'educationLevel',
      'Мамандығы (диплом бойынша)': 'educationField',
      'Оқу орны': 'institution',
      'Бітірген жылы': 'graduationYear',
      'Еңбек өтілі': 'experience',
      Демалыстар: 'leave',
    });
    expect(missing).toEqual([]);
  });

  it('maps Russian headers, lower-cased as toRecords gives them, and reports the required ones missing', () => {
    const { mapping, missing } = detectMapping([
      '№ п/п',
      'табельный номер',
      'ф.и.о.',
      'иин',
      'должность',
      'дата назначения на должность',
      'образование',
      'специальность по диплому',
      'стаж',
    ]);
    expect(mapping).toEqual({
      '№ п/п': null,
      'табельный номер': 'personnelNo',
      'ф.и.о.': 'fullName',
      иин: 'iin',
      должность: 'positionTitle',
      'дата назначения на должность': 'positionSince',
      образование: 'educationLevel',
      'специальность по диплому': 'educationField',
      стаж: 'experience',
    });
    expect(missing).toEqual(['cardCode', 'level']);
  });

  it('reads a column from its first header only', () => {
    const { mapping } = detectMapping(['ФИО', 'Т.А.Ә.', 'Табель №', 'Код карточки', 'Уровень']);
    expect(mapping).toMatchObject({ ФИО: 'fullName', 'Т.А.Ә.': null });
  });

  it('knows its own headers in every language, and no header names two columns', () => {
    for (const column of STAFF_COLUMNS) {
      const h = COLUMN_HEADERS[column];
      for (const header of [...LANGS.map((l) => h[l]), ...h.also])
        expect(`${header} → ${columnOfHeader(header)}`).toBe(`${header} → ${column}`);
    }
    expect(REQUIRED_COLUMNS).toHaveLength(7);
  });
});

describe('a saved mapping', () => {
  it('is plain JSON that validates, and refuses a column read from two headers', () => {
    const { mapping } = detectMapping(['Табель №', 'ФИО', 'Примечание']);
    expect(staffMappingSchema.parse(JSON.parse(JSON.stringify(mapping)))).toEqual(mapping);
    expect(staffMappingSchema.safeParse({ a: 'fullName', b: 'fullName' }).success).toBe(false);
    expect(staffMappingSchema.safeParse({ a: 'salary' }).success).toBe(false);
  });

  it('applies to records whose keys differ in case and punctuation, and leaves out unmapped headers', () => {
    const mapping = { 'Табель №': 'personnelNo', 'Білімі:': 'educationLevel', Ескерту: null } as const;
    expect(applyMapping({ 'табель №': 'Т-1', білімі: 'жоғары', ескерту: 'x' }, mapping)).toEqual({
      personnelNo: 'Т-1',
      educationLevel: 'жоғары',
    });
  });
});

describe('columnOfPath', () => {
  it('names the column that shows a record path', () => {
    expect(columnOfPath('experience.1.from')).toBe('experience');
    expect(columnOfPath('position.since')).toBe('positionSince');
    expect(columnOfPath('education.year')).toBe('graduationYear');
    expect(columnOfPath('trainings.0.title')).toBeNull();
  });
});
