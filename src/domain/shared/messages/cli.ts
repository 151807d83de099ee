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
  'cli.career.noPath': {
    kk: '{from} карточкасынан {to} карточкасына жол жоқ.',
    ru: 'Пути от {from} к {to} нет.',
    en: 'No path from {from} to {to}.',
  },
  'cli.career.path': { kk: '{n}-жол: {route}', ru: 'Путь {n}: {route}', en: 'Path {n}: {route}' },
  'cli.career.kind.stated': { kk: 'карточкада көрсетілген', ru: 'указан в карточке', en: 'stated' },
  'cli.career.kind.next-level': { kk: 'келесі деңгей', ru: 'следующий уровень', en: 'next-level' },
  'cli.career.functions': { kk: 'функциялар', ru: 'функции', en: 'functions' },
  'cli.career.tasks': { kk: 'міндеттер', ru: 'задачи', en: 'tasks' },
  'cli.career.skills': { kk: 'дағдылар', ru: 'навыки', en: 'skills' },
  'cli.career.knowledge': { kk: 'білім', ru: 'знания', en: 'knowledge' },
  'cli.career.requires': {
    kk: 'талап ({group}): {text}',
    ru: 'требуется ({group}): {text}',
    en: 'requires ({group}): {text}',
  },
  'cli.category.rule': {
    kk: 'ереже {id} ({lines} жолдар): {text}',
    ru: 'правило {id} (строки {lines}): {text}',
    en: 'rule {id} (lines {lines}): {text}',
  },
  'cli.category.note': { kk: 'ескерту: {text}', ru: 'примечание: {text}', en: 'note: {text}' },
} as const satisfies Record<`cli.${string}`, Texts>;
