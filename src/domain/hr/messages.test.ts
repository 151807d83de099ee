import { describe, expect, it } from 'vitest';
import { LANGS } from '../shared/localize.js';
import { fieldLabel, HR_MESSAGE_CODES, hrFieldMessage, hrMessage } from './messages.js';

describe('hrMessage', () => {
  it('has every message in kk, ru and en, with its placeholders filled', () => {
    expect(HR_MESSAGE_CODES.length).toBeGreaterThan(30);
    const vars = {
      value: 'X',
      allowed: 'A, B',
      example: 'E',
      max: 9,
      column: 'C',
      row: 7,
      code: '2635-3-001',
      level: 5,
      other: 3,
    };
    for (const code of HR_MESSAGE_CODES) {
      const texts = LANGS.map((lang) => hrMessage(code, lang, vars));
      for (const text of texts) {
        expect(text, code).not.toMatch(/\{\w+\}/);
        expect(text.charAt(0), code).toBe(text.charAt(0).toUpperCase());
      }
      expect(new Set(texts).size, code).toBe(3);
    }
  });

  it('says the date problems of a staff record', () => {
    expect(hrMessage('position-before-birth', 'kk')).toBe('Лауазымға тағайындалған күн туған күннен бұрын тұр.');
    expect(hrMessage('periods-overlap', 'ru', { other: 1 })).toBe('Этот период пересекается с периодом в строке 1.');
  });

  it('never has a place for the IIN itself in an IIN message', () => {
    for (const code of HR_MESSAGE_CODES.filter((c) => c.startsWith('iin-')))
      for (const lang of LANGS) expect(hrMessage(code, lang, { value: '900101300123' })).not.toContain('900101300123');
  });
});

describe('fieldLabel', () => {
  it('labels record paths, periods by their line', () => {
    expect(fieldLabel('experience.1.from', 'kk')).toBe('Еңбек өтілі, 2-жол: басталуы');
    expect(fieldLabel('experience.1.from', 'ru')).toBe('Стаж, строка 2: начало');
    expect(fieldLabel('experience.1.from', 'en')).toBe('Experience, line 2: from');
    expect(fieldLabel('leave.0.kind', 'kk')).toBe('Демалыстар, 1-жол: түрі');
    expect(fieldLabel('position.since', 'ru')).toBe('Дата назначения на должность');
    expect(fieldLabel('education.level', 'kk')).toBe('Білімі');
    expect(fieldLabel('trainings.0.title', 'en')).toBe('Training, line 1: title');
    expect(fieldLabel('position', 'kk')).toBe('Лауазым');
    expect(fieldLabel('nonsense.path', 'kk')).toBe('nonsense.path');
  });

  it('puts the label before the problem, keeping an abbreviation capitalised', () => {
    expect(hrFieldMessage('position.since', 'position-in-future', 'kk')).toBe(
      'Лауазымға тағайындалған күні: лауазымға тағайындалған күн әлі келген жоқ.',
    );
    expect(hrFieldMessage('iin', 'iin-format', 'ru')).toBe('ИИН: ИИН состоит из 12 цифр.');
  });
});
