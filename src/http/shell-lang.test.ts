import { describe, expect, it } from 'vitest';
import { shellInLanguage } from './shell-lang.js';

describe('shellInLanguage', () => {
  it('sets <html lang> and changes nothing else', () => {
    const shell = '<!doctype html>\n<html lang="kk">\n<head><title>Kasip</title></head><body lang="x"></body></html>';
    expect(shellInLanguage(shell, 'ru')).toBe(shell.replace('<html lang="kk">', '<html lang="ru">'));
    expect(shellInLanguage(shell, 'kk')).toBe(shell);
  });
  it('adds lang to an <html> without one, and leaves a page without <html> alone', () => {
    expect(shellInLanguage('<html><body></body></html>', 'en')).toBe('<html lang="en"><body></body></html>');
    expect(shellInLanguage('<p>no html</p>', 'en')).toBe('<p>no html</p>');
  });
});
