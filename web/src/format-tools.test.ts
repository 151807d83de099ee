import { describe, expect, it } from 'vitest';
import { diffWords, formatNumber, formatYears, splitMatch } from './format';

describe('formatYears', () => {
  it('agrees the noun with the number in Russian and English', () => {
    expect(formatYears(1, 'ru')).toBe('1 год');
    expect(formatYears(2, 'ru')).toBe('2 года');
    expect(formatYears(5, 'ru')).toBe('5 лет');
    expect(formatYears(1.5, 'ru')).toBe('1,5 года');
    expect(formatYears(1, 'en')).toBe('1 year');
    expect(formatYears(2.5, 'en')).toBe('2.5 years');
  });
  it('keeps the Kazakh noun in the singular', () => {
    expect(formatYears(3, 'kk')).toBe('3 жыл');
    expect(formatYears(1.5, 'kk')).toBe('1,5 жыл');
  });
});

describe('formatNumber', () => {
  it('uses the decimal sign of the language', () => {
    expect(formatNumber(0.5, 'en')).toBe('0.5');
    expect(formatNumber(0.5, 'ru')).toBe('0,5');
  });
});

describe('splitMatch', () => {
  it('finds the match without regard to case', () => {
    expect(splitMatch('Жеке жеке деректер', 'жеке жеке')).toEqual({ before: '', hit: 'Жеке жеке', after: ' деректер' });
  });
  it('marks the last occurrence when the match ends the text', () => {
    expect(splitMatch('бірінші, екінші,', ',')).toEqual({ before: 'бірінші, екінші', hit: ',', after: '' });
  });
  it('leaves the text whole when the match is absent', () => {
    expect(splitMatch('мәтін', 'жоқ')).toEqual({ before: 'мәтін', hit: '', after: '' });
    expect(splitMatch('мәтін', undefined)).toEqual({ before: 'мәтін', hit: '', after: '' });
  });
});

describe('diffWords', () => {
  it('marks the words removed and added, keeping the rest as runs', () => {
    expect(diffWords('кемінде 3 жыл жұмыс өтілі', 'кемінде 4 жыл жұмыс өтілі')).toEqual([
      { op: 'same', text: 'кемінде' },
      { op: 'del', text: '3' },
      { op: 'add', text: '4' },
      { op: 'same', text: 'жыл жұмыс өтілі' },
    ]);
  });
  it('handles texts that only grow or only shrink', () => {
    expect(diffWords('талдау.', 'талдау және бағалау.')).toEqual([
      { op: 'del', text: 'талдау.' },
      { op: 'add', text: 'талдау және бағалау.' },
    ]);
    expect(diffWords('a b c', 'a c')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'del', text: 'b' },
      { op: 'same', text: 'c' },
    ]);
    expect(diffWords('', 'a')).toEqual([{ op: 'add', text: 'a' }]);
    expect(diffWords('a', 'a')).toEqual([{ op: 'same', text: 'a' }]);
  });
});
