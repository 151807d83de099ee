/** The Latin-script page (a transliteration of the standard); spread into ./kk.ts. */
export const scriptKk = {
  'nav.latin': 'Латын әліпбиі',
  'latin.title': 'Стандарт латын әліпбиімен',
  'latin.lead':
    'Стандарттың ресми қазақша мәтіні латын әліпбиіне транслитерацияланған. Бұл — транслитерация, ресми мәтін емес: ресми мәтін кириллицамен жазылған.',
  'latin.alphabet': 'Әліпби',
  'latin.alphabet.2021': '2021 жылғы әліпби (31 әріп: ä, ğ, q, ñ, ö, ū, ü, ı, ş)',
  'latin.alphabet.2018': '2018 жылғы әліпби (á, ǵ, ń, ó, ú, ý, i′, sh, ch)',
  'latin.notice': 'Транслитерация, ресми мәтін емес · кесте {table}, {date}',
  'latin.source': 'Әліпбидің дереккөзі',
  'latin.conventions': 'Жарлықта жоқ шешімдер (келісім бойынша)',
  'latin.editionTexts': 'Стандарт, терминдер, кәсіптер',
  'latin.cards': 'Мамандық карталары',
  'latin.openCard': 'Картаны кириллицамен ашу',
  'latin.texts': 'Мәтіндер: {n}',
} as const;
