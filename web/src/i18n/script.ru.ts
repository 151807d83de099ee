import type { scriptKk } from './script.kk';

/** The Latin-script page (a transliteration of the standard); spread into ./ru.ts. */
export const scriptRu = {
  'nav.latin': 'Латиница',
  'latin.title': 'Стандарт латиницей',
  'latin.lead':
    'Официальный казахский текст стандарта, транслитерированный латиницей. Это транслитерация, а не официальный текст: официальный текст написан кириллицей.',
  'latin.alphabet': 'Алфавит',
  'latin.alphabet.2021': 'Алфавит 2021 года (31 буква: ä, ğ, q, ñ, ö, ū, ü, ı, ş)',
  'latin.alphabet.2018': 'Алфавит 2018 года (á, ǵ, ń, ó, ú, ý, i′, sh, ch)',
  'latin.notice': 'Транслитерация, не официальный текст · таблица {table}, {date}',
  'latin.source': 'Источник алфавита',
  'latin.conventions': 'Решения, которых нет в указе (условность)',
  'latin.editionTexts': 'Стандарт, термины, профессии',
  'latin.cards': 'Карточки профессий',
  'latin.openCard': 'Открыть карточку кириллицей',
  'latin.texts': 'Текстов: {n}',
} as const satisfies Record<keyof typeof scriptKk, string>;
