import { describe, expect, it } from 'vitest';
import { ApiError, answeredIn } from '../api/client';
import { messageLanguage, serverDetail } from './problem-text';

const problem = (detail: string) => ({ type: 'x', title: 't', status: 400, code: 'validation_failed', detail });
const answer = (detail: string, contentLanguage: string | null) =>
  answeredIn(new ApiError(400, problem(detail), detail), contentLanguage);

describe('the server’s words in a form', () => {
  it('tells a message’s language by its letters, and by the answer’s language where letters cannot', () => {
    expect(messageLanguage('Табель нөмірі бос', 'en')).toBe('kk');
    expect(messageLanguage('Карточка табылмады', 'kk')).toBe('kk');
    expect(messageLanguage('Карточка не найдена', 'ru')).toBe('ru');
    expect(messageLanguage('years cannot be negative', 'kk')).toBe('en');
    expect(messageLanguage('2635-3-001', 'ru')).toBe('ru');
  });

  it('shows the server’s detail only to a page in its language', () => {
    expect(serverDetail(answer('years cannot be negative', 'kk'), 'kk')).toBeUndefined();
    expect(serverDetail(answer('years cannot be negative', 'en'), 'en')).toBe('years cannot be negative');
    expect(serverDetail(answer('Карточка не найдена', 'ru'), 'kk')).toBeUndefined();
    expect(serverDetail(answer('Карточка коды 2635-3-001 түрінде жазылады.', 'en'), 'kk')).toBe(
      'Карточка коды 2635-3-001 түрінде жазылады.',
    );
    expect(serverDetail(answer('   ', 'en'), 'en')).toBeUndefined();
    expect(serverDetail(new Error('years cannot be negative'), 'en')).toBeUndefined();
  });

  it('reads the answer’s language from Content-Language, region and all', () => {
    expect(answer('x', 'ru-RU').answerLang).toBe('ru');
    expect(answer('x', null).answerLang).toBeNull();
  });
});
