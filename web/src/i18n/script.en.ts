import type { scriptKk } from './script.kk';

/** The Latin-script page (a transliteration of the standard); spread into ./en.ts. */
export const scriptEn = {
  'nav.latin': 'Latin script',
  'latin.title': 'The standard in Latin script',
  'latin.lead':
    'The official Kazakh text of the standard, transliterated to Latin script. This is a transliteration, not an official text: the official text is written in Cyrillic.',
  'latin.alphabet': 'Alphabet',
  'latin.alphabet.2021': '2021 alphabet (31 letters: ä, ğ, q, ñ, ö, ū, ü, ı, ş)',
  'latin.alphabet.2018': '2018 alphabet (á, ǵ, ń, ó, ú, ý, i′, sh, ch)',
  'latin.notice': 'Transliteration, not an official text · table {table}, {date}',
  'latin.source': 'Source of the alphabet',
  'latin.conventions': 'Choices the decree does not make (convention)',
  'latin.editionTexts': 'Standard, terms, professions',
  'latin.cards': 'Profession cards',
  'latin.openCard': 'Open the card in Cyrillic',
  'latin.texts': 'Texts: {n}',
} as const satisfies Record<keyof typeof scriptKk, string>;
