import { describe, expect, it } from 'vitest';
import { LANGS } from '../shared/localize.js';
import {
  CATEGORY,
  CERTIFICATE,
  EDUCATION_FIELD,
  EDUCATION_LEVEL,
  LEAVE_KIND,
  normalizeKey,
  saysNoCertificate,
} from './staff-vocabulary.js';

const ALL = { EDUCATION_LEVEL, EDUCATION_FIELD, CATEGORY, LEAVE_KIND, CERTIFICATE };

describe('normalizeKey', () => {
  it('ignores case, punctuation, extra spaces, Latin look-alikes and Kazakh letters typed as Russian ones', () => {
    expect(normalizeKey('  Білімі: ')).toBe(normalizeKey('білімі'));
    expect(normalizeKey('Бiлiмi')).toBe(normalizeKey('Білімі')); // Latin i, as old fonts typed it
    expect(normalizeKey('жогары')).toBe(normalizeKey('жоғары'));
    expect(normalizeKey('Средне-специальное')).toBe('средне специальное');
    expect(normalizeKey('higher')).toBe('higher'); // a Latin word keeps its letters
  });
});

describe('value vocabularies', () => {
  it('read what HR writes in Kazakh, Russian and English', () => {
    expect(EDUCATION_LEVEL.read('жоғары')).toBe('higher');
    expect(EDUCATION_LEVEL.read('Высшее')).toBe('higher');
    expect(EDUCATION_LEVEL.read('higher')).toBe('higher');
    expect(EDUCATION_LEVEL.read('ТжКБ')).toBe('tvet');
    expect(EDUCATION_LEVEL.read('ТиПО')).toBe('tvet');
    expect(EDUCATION_LEVEL.read('средне-специальное')).toBe('tvet');
    expect(EDUCATION_LEVEL.read('среднее специальное')).toBe('tvet');
    expect(EDUCATION_LEVEL.read('орта')).toBe('basic-secondary');
    expect(EDUCATION_LEVEL.read('основное среднее')).toBe('basic-secondary');
    expect(EDUCATION_LEVEL.read('Магистратура')).toBe('postgraduate');
    expect(EDUCATION_LEVEL.read('жоғары оқу орнынан кейінгі')).toBe('postgraduate');
    expect(EDUCATION_FIELD.read('Социальная работа')).toBe('social');
    expect(EDUCATION_FIELD.read('әлеуметтік жұмыс')).toBe('social');
    expect(EDUCATION_FIELD.read('Психология')).toBe('psychological');
    expect(CATEGORY.read('санатсыз')).toBe('none');
    expect(CATEGORY.read('Без категории')).toBe('none');
    expect(CATEGORY.read('вторая')).toBe('second');
    expect(CATEGORY.read('бірінші')).toBe('first');
    expect(CATEGORY.read('высшая категория')).toBe('higher');
    expect(LEAVE_KIND.read('бала күтімі')).toBe('child-care');
    expect(LEAVE_KIND.read('по уходу за ребенком')).toBe('child-care');
    expect(LEAVE_KIND.read('other')).toBe('other');
    expect(CERTIFICATE.read('бар')).toBe('social-training');
    expect(saysNoCertificate('Жоқ')).toBe(true);
  });

  it('refuse what no one can read', () => {
    expect(EDUCATION_LEVEL.read('жогарғы??')).toBeNull();
    expect(EDUCATION_LEVEL.read('')).toBeNull();
    expect(CATEGORY.read('үшінші')).toBeNull();
    expect(saysNoCertificate('бар')).toBe(false);
  });

  it('give every word back its own value: no synonym is claimed by two values', () => {
    for (const [name, vocabulary] of Object.entries(ALL)) {
      for (const [word, value] of vocabulary.words())
        expect(`${name}: ${word} → ${vocabulary.read(word)}`).toBe(`${name}: ${word} → ${value}`);
    }
  });

  it('read back every label they write, in every language', () => {
    for (const vocabulary of Object.values(ALL)) {
      const values = new Set(vocabulary.words().map(([, v]) => v));
      for (const lang of LANGS)
        for (const v of values) expect(vocabulary.read(vocabulary.label(v as never, lang))).toBe(v);
    }
  });
});
