/**
 * The sentences of the quality rules about codes and names (`quality.codes.*`;
 * src/domain/quality/rules/codes.ts). `{name}`, `{other}` and the like are quoted official
 * Kazakh text; `{card}` is a card said in the language (`quality.place.card` or `.cardIn`).
 */
import type { Texts } from './lang.js';

export const QUALITY_CODES_MESSAGES = {
  'quality.codes.malformed': {
    kk: '{code} коды NNNN-N-NNN үлгісіне сәйкес келмейді.',
    ru: 'Код {code} не соответствует образцу NNNN-N-NNN.',
    en: 'The code {code} is not of the form NNNN-N-NNN.',
  },
  'quality.codes.nameDiffers': {
    kk: '{code} коды бар кәсіптің атауы бұл картада басқаша жазылған: мұнда {name}, ал {card} {other}.',
    ru: 'Наименование профессии с кодом {code} в этой карточке записано иначе: здесь {name}, а {card} — {other}.',
    en: 'The name of profession {code} is written differently here, {name}, than {card}, {other}.',
  },
  'quality.codes.twoProfessions': {
    kk: '{code} коды екі түрлі кәсіпке берілген: бұл картада {name}, ал {card} {other}.',
    ru: 'Код {code} дан двум разным профессиям: в этой карточке {name}, а {card} — {other}.',
    en: 'Code {code} is used for two different professions: {name} on this card and {other} {card}.',
  },
  'quality.codes.ownCode': {
    kk: '{name} басқа атауына картаның өз коды {code} берілген, яғни кәсіп өзінің баламасы ретінде көрсетілген.',
    ru: 'Другому наименованию {name} присвоен собственный код карточки {code}, то есть профессия указана как своя же альтернатива.',
    en: "The other name {name} carries the card's own code {code}, so the profession is listed as its own alternative.",
  },
  'quality.codes.claimedTwice': {
    kk: '{code} коды бар басқа атау екі кәсіпте көрсетілген: осы картада және {card}.',
    ru: 'Другое наименование с кодом {code} указано у двух профессий: в этой карточке и {card}.',
    en: 'The other name with code {code} is claimed by two professions: on this card and {card}.',
  },
  'quality.codes.differentNames': {
    kk: '{code} коды әр жерде әртүрлі атауға берілген: {name} және {other}.',
    ru: 'Код {code} в разных местах дан разным наименованиям: {name} и {other}.',
    en: 'Code {code} is given to different names in different places: {name} and {other}.',
  },
  'quality.codes.othersCode': {
    kk: '{name} басқа атауына басқа кәсіптің коды берілген: {code} — {card} коды.',
    ru: 'Другому наименованию {name} присвоен код другой профессии: {code} — код, который носит {card}.',
    en: 'The other name {name} carries the code of another profession: {code} belongs to {card}.',
  },
  'quality.codes.otherGroup': {
    kk: '{name} басқа атауының коды ({code}) картаның кодынан ({cardCode}) басқа кәсіптік топқа ({group}) жатады.',
    ru: 'Код другого наименования {name} ({code}) относится к другой профессиональной группе ({group}), чем код карточки ({cardCode}).',
    en: "The code of the other name {name} ({code}) lies in another unit group ({group}) than the card's code ({cardCode}).",
  },
  'quality.codes.listName': {
    kk: 'Картадағы кәсіп атауы {name} кәсіптер тізбесіндегі {other} атауымен сәйкес келмейді.',
    ru: 'Наименование профессии в карточке {name} не совпадает с наименованием {other} в перечне профессий.',
    en: 'The profession name on the card, {name}, differs from {other} in the list of professions.',
  },
  'quality.codes.headingEnd': {
    kk: 'Карта тақырыбы {title} картадағы кәсіп атауымен {name} аяқталмайды.',
    ru: 'Заголовок карточки {title} не заканчивается наименованием профессии из карточки {name}.',
    en: 'The card heading {title} does not end with the profession name given on the card, {name}.',
  },
  'quality.codes.headingStart': {
    kk: 'Карта тақырыбы {own} деп басталады, ал басқа карталардың көбі {start} деп басталады.',
    ru: 'Заголовок карточки начинается словами {own}, а большинство других — {start}.',
    en: 'The card heading starts with {own}, while most other headings start with {start}.',
  },
} as const satisfies Record<`quality.codes.${string}`, Texts>;
