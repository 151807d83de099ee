import type { MessageKey } from './kk';

export const en = {
  'app.name': 'Kasip',
  'app.tagline': 'Professional standards as living, trustworthy tools',
  'nav.home': 'Home',
  'nav.api': 'API',
  'nav.skip': 'Skip to main content',
  'lang.label': 'Language',
  'home.title': 'Professional standard in the field of social protection',
  'home.lead':
    'Kasip turns professional standards into data: for designing education programmes, training staff, certification and career planning.',
  'home.comingSoon': 'Profession cards, search and qualification tools will appear here.',
  'home.apiLink': 'API documentation',
  'footer.unofficial': 'Russian and English translations are unofficial.',
  'notFound.title': 'Page not found',
  'notFound.back': 'Back to the home page',
} as const satisfies Record<MessageKey, string>;
