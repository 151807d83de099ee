/**
 * What the command line prints around the data in the language of `--lang` (the findings'
 * own messages come from the quality rules in three languages already).
 */
import type { Texts } from './lang.js';

export const CLI_MESSAGES = {
  'cli.lint.card': {
    kk: '{code} карточкасы, {level}-деңгей',
    ru: 'Карточка {code}, уровень {level}',
    en: 'Card {code} level {level}',
  },
  'cli.lint.edition': { kk: 'Редакция', ru: 'Редакция', en: 'Edition' },
  'cli.lint.summary': {
    kk: '{edition}: {total} табылым: {error} қате, {warning} ескерту, {info} ақпарат.',
    ru: '{edition}: находок — {total}: ошибок — {error}, предупреждений — {warning}, информационных — {info}.',
    en: '{edition}: {total} finding(s): {error} error(s), {warning} warning(s), {info} info.',
  },
} as const satisfies Record<`cli.${string}`, Texts>;
