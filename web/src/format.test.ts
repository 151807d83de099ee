import { describe, expect, it } from 'vitest';
import { format } from './i18n';
import {
  formatDate,
  formatFileSize,
  formatNumber,
  formatPercent,
  formatYears,
  normalizeText,
  parseLineHash,
  pick,
  safeHighlight,
  sortByText,
  sourceHref,
} from './format';

describe('formatDate', () => {
  it('writes Kazakh dates the way official documents do', () => {
    expect(formatDate('2023-06-29', 'kk')).toBe('2023 жылғы 29 маусым');
    expect(formatDate('2023-07-01', 'kk')).toBe('2023 жылғы 1 шілде');
    expect(formatDate('2024-01-05', 'kk')).toBe('2024 жылғы 5 қаңтар');
  });
  it('writes Russian and English dates naturally', () => {
    expect(formatDate('2023-06-29', 'ru')).toBe('29 июня 2023 г.');
    expect(formatDate('2023-06-29', 'en')).toBe('29 June 2023');
  });
  it('leaves what is not a date as it is', () => {
    expect(formatDate('soon', 'kk')).toBe('soon');
  });
});

describe('pick', () => {
  const text = { kk: 'Әлеуметтік психолог', en: 'Social psychologist' };
  it('shows a translation as unofficial, and Kazakh as official', () => {
    expect(pick(text, 'en')).toEqual({ text: 'Social psychologist', lang: 'en', official: false });
    expect(pick(text, 'kk')).toEqual({ text: 'Әлеуметтік психолог', lang: 'kk', official: true });
  });
  it('falls back to Kazakh where there is no translation', () => {
    expect(pick(text, 'ru')).toEqual({ text: 'Әлеуметтік психолог', lang: 'kk', official: true });
  });
});

describe('normalizeText', () => {
  it('ignores numbering, punctuation, case and spacing', () => {
    expect(normalizeText('1) Қазақстан Республикасының  Конституциясы;')).toBe(
      normalizeText('Қазақстан Республикасының Конституциясы.'),
    );
  });
  it('keeps different words different', () => {
    expect(normalizeText('Еңбек кодексі.')).not.toBe(normalizeText('Әлеуметтік кодекс.'));
  });
});

describe('safeHighlight', () => {
  it('accepts escaped text with <mark>', () => {
    expect(safeHighlight('Әлеуметтік <mark>психолог</mark> &amp; т.б.')).toBe(
      'Әлеуметтік <mark>психолог</mark> &amp; т.б.',
    );
  });
  it('refuses any other markup', () => {
    expect(safeHighlight('<img src=x onerror=alert(1)>')).toBeNull();
    expect(safeHighlight('<mark onclick="x">a</mark>')).toBeNull();
  });
});

describe('line anchors', () => {
  it('reads #L10, #L10-L20 and a reversed range', () => {
    expect(parseLineHash('#L10')).toEqual([10, 10]);
    expect(parseLineHash('#L10-L20')).toEqual([10, 20]);
    expect(parseLineHash('#L20-L10')).toEqual([10, 20]);
    expect(parseLineHash('#item-1')).toBeNull();
  });
  it('links one line or a range', () => {
    expect(sourceHref([806, 806])).toBe('/source#L806');
    expect(sourceHref([806, 813])).toBe('/source#L806-L813');
  });
});

describe('numbers in each language', () => {
  it('writes a decimal comma in Kazakh and Russian, a point in English', () => {
    expect(formatNumber(1.5, 'kk')).toBe('1,5');
    expect(formatNumber(1.5, 'ru')).toBe('1,5');
    expect(formatNumber(1.5, 'en')).toBe('1.5');
    expect(formatYears(2.5, 'ru')).toBe('2,5 года');
  });
  it('groups thousands with a space in kk and ru', () => {
    expect(formatNumber(12345.5, 'kk').replace(/\s/g, ' ')).toBe('12 345,5');
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
  });
  it('writes file sizes with the language’s decimal mark and units', () => {
    const mb = 1.5 * 1024 * 1024;
    expect(formatFileSize(mb, 'kk')).toBe('1,5 МБ');
    expect(formatFileSize(mb, 'ru')).toBe('1,5 МБ');
    expect(formatFileSize(mb, 'en')).toBe('1.5 MB');
    expect(formatFileSize(34 * 1024, 'ru')).toBe('34 КБ');
    expect(formatFileSize(512, 'en')).toBe('512 B');
    expect(formatFileSize(3 * 1024 * 1024, 'kk')).toBe('3 МБ');
  });
  it('writes percentages the language’s way', () => {
    expect(formatPercent(45.5, 'kk')).toBe('45,5%');
    expect(formatPercent(45.5, 'ru').replace(/\s/g, ' ')).toBe('45,5 %');
    expect(formatPercent(45.5, 'en')).toBe('45.5%');
    expect(formatPercent(100, 'ru').replace(/\s/g, ' ')).toBe('100 %');
    expect(formatPercent(null, 'en')).toBe('—');
  });
  it('localises fractions inside messages, and leaves whole numbers (years, codes) alone', () => {
    expect(format('{n} сағ', { n: 1.5 }, 'kk')).toBe('1,5 сағ');
    expect(format('{n} h', { n: 1.5 }, 'en')).toBe('1.5 h');
    expect(format('{y} жыл', { y: 2023 }, 'ru')).toBe('2023 жыл');
    expect(format('{a} {missing}', { a: 'x' }, 'ru')).toBe('x {missing}');
  });
});

describe('sortByText', () => {
  const names = ['Юрист', 'Әлеуметтік қызметкер', 'Бухгалтер', 'Аудармашы'];
  it('follows the Kazakh alphabet in kk (Ә right after А, before Б)', () => {
    expect(sortByText(names, (n) => n, 'kk')).toEqual(['Аудармашы', 'Әлеуметтік қызметкер', 'Бухгалтер', 'Юрист']);
  });
  it('sorts English names in English order, ignoring case', () => {
    expect(sortByText(['social worker', 'Psychologist', 'accountant'], (n) => n, 'en')).toEqual([
      'accountant',
      'Psychologist',
      'social worker',
    ]);
  });
  it('sorts Russian names by the Russian alphabet (Ё with Е, before Ж)', () => {
    expect(sortByText(['Жилищный', 'Ёмкость', 'Дефектолог'], (n) => n, 'ru')).toEqual([
      'Дефектолог',
      'Ёмкость',
      'Жилищный',
    ]);
  });
});
