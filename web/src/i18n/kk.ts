/** The UI dictionary's source language. ru and en must have exactly these keys (a test checks). */
export const kk = {
  'app.name': 'Kasip',
  'app.tagline': 'Кәсіптік стандарттар — тірі әрі сенімді құрал',
  'nav.home': 'Басты бет',
  'nav.api': 'API',
  'nav.skip': 'Негізгі мазмұнға өту',
  'lang.label': 'Тіл',
  'home.title': 'Әлеуметтік қорғау саласындағы кәсіптік стандарт',
  'home.lead':
    'Kasip кәсіптік стандарттарды деректерге айналдырады: білім беру бағдарламаларын жасау, қызметкерлерді оқыту, аттестаттау және мансапты жоспарлау үшін.',
  'home.comingSoon': 'Кәсіптер карточкалары, іздеу және біліктілік құралдары осы жерде пайда болады.',
  'home.apiLink': 'API құжаттамасы',
  'footer.unofficial': 'Орыс және ағылшын тілдеріндегі аудармалар ресми емес.',
  'notFound.title': 'Бет табылмады',
  'notFound.back': 'Басты бетке оралу',
} as const;

export type MessageKey = keyof typeof kk;
