/**
 * Message templates: a text with `{name}` placeholders, the same names in every language. The
 * names are read from the English text at compile time, so `message(lang, key, params)` refuses
 * a missing or misspelt parameter.
 */
import { formatNumber } from './format.js';
import type { Lang, Texts } from './lang.js';

/** `'There is no card {card} in {edition}.'` → `'card' | 'edition'`. */
export type ParamsOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamsOf<Rest> : never;

export type ParamValues<S extends string> = Record<ParamsOf<S>, string | number>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholder names of a text, sorted (for the test that every language has the same). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

/** Fills a text; a number is written the language's way (decimal comma in kk and ru). */
export function render(lang: Lang, text: string, params: Record<string, string | number> = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads a text made from a template back into its parameters (null when it is not one):
 * lets an English message built elsewhere be said again in another language.
 */
export function parse(template: string, text: string): Record<string, string> | null {
  const names: string[] = [];
  const source = template
    .split(PLACEHOLDER)
    .map((part, i) => {
      if (i % 2 === 1) {
        names.push(part);
        return '(.+?)';
      }
      return escapeRegExp(part);
    })
    .join('');
  const match = new RegExp(`^${source}$`, 's').exec(text);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1] as string]));
}

/** A topic's table: every message in every language. */
export type MessageTable = Record<string, Texts>;
