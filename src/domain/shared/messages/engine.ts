/**
 * What the category engine (src/domain/qualification) and the gap analysis (src/domain/career)
 * say besides their numbers: the engine's notes on the card's text and the warnings on an
 * imported self-assessment. The English text is also what the JSON API has always carried in
 * `explanation.notes` and `warnings[].message` (the web app reads the notes by their English
 * form), so the English templates must not change.
 */
import type { Texts } from './lang.js';

export const ENGINE_MESSAGES = {
  'engine.note.notIncreasing': {
    kk: 'Карточка {upper} үшін {upperYears} {yearWord}, ал {lower} үшін {lowerYears} жыл талап етеді ({group}): мәтін жазылғандай қолданылды.',
    ru: 'Карточка требует {upperYears} {yearWord} стажа для «{upper}» и {lowerYears} — для «{lower}» ({group}): текст применён так, как написан.',
    en: 'The card asks {upperYears} {yearWord} for the {upper} category and {lowerYears} for the {lower} ({group}): the text is applied as written.',
  },
  'engine.note.noRules': {
    kk: 'Карточкада біліктілік талаптары көрсетілмеген, сондықтан санатты анықтау мүмкін емес.',
    ru: 'В карточке не указаны квалификационные требования, поэтому категорию определить нельзя.',
    en: 'The card states no qualification requirements, so no category can be determined.',
  },
} as const satisfies Record<`engine.note.${string}`, Texts>;

export const GAP_MESSAGES = {
  'gap.warning.cardMismatch': {
    kk: 'Бағалау {other} карточкасы үшін жасалған, {card} үшін емес.',
    ru: 'Самооценка сделана для карточки {other}, а не {card}.',
    en: 'The assessment was made for card {other}, not {card}.',
  },
  'gap.warning.notRateable': {
    kk: '«{item}» — еңбек функциясы не міндет; тек дағдылар мен білім бағаланады.',
    ru: '«{item}» — трудовая функция или задача; оцениваются только навыки и знания.',
    en: '"{item}" is a labour function or task; only skills and knowledge are rated.',
  },
  'gap.warning.unknownItem': {
    kk: '{card} карточкасында «{item}» дағдысы не білімі жоқ; оның бағасы ескерілмейді.',
    ru: 'В карточке {card} нет навыка или знания «{item}»; его оценка не учитывается.',
    en: 'The card {card} has no skill or knowledge "{item}"; its rating is ignored.',
  },
  'gap.warning.moreUnknown': {
    kk: 'Тағы {count} баға карточкада жоқ элементтерді атайды; олар ескерілмейді.',
    ru: 'Ещё оценок, называющих элементы, которых нет в карточке: {count}; они не учитываются.',
    en: '{count} more ratings name items the card does not have; they are ignored.',
  },
  'gap.warning.editionMismatch': {
    kk: 'Бағалау {madeOn} редакциясында жасалған; бұл есеп {edition} редакциясы бойынша.',
    ru: 'Самооценка сделана по редакции {madeOn}; этот отчёт — по редакции {edition}.',
    en: 'The assessment was made on edition {madeOn}; this report is on edition {edition}.',
  },
} as const satisfies Record<`gap.warning.${string}`, Texts>;
