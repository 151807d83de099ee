/**
 * How a quality finding names a place in the edition (`quality.place.*`;
 * src/domain/quality/context.ts builds item names from them): the kind of text, the card, and a
 * numbered item with its labour function and task. Kazakh puts the number first (`5-дағды`),
 * Russian and English after the word.
 */
import type { Texts } from './lang.js';

export const QUALITY_PLACE_MESSAGES = {
  'quality.place.kind.cardTitle': { kk: 'карта тақырыбы', ru: 'заголовок карточки', en: 'card heading' },
  'quality.place.kind.cardName': { kk: 'кәсіп атауы', ru: 'наименование профессии', en: 'profession name' },
  'quality.place.kind.otherName': { kk: 'басқа атау', ru: 'другое наименование', en: 'other name' },
  'quality.place.kind.qualificationBasis': {
    kk: 'санаттардың негізі',
    ru: 'основание категорий',
    en: 'basis of the categories',
  },
  'quality.place.kind.groupLabel': { kk: 'талаптар тобы', ru: 'группа требований', en: 'requirement group' },
  'quality.place.kind.qualificationRule': {
    kk: 'біліктілік талабы',
    ru: 'квалификационное требование',
    en: 'qualification requirement',
  },
  'quality.place.kind.educationLevel': { kk: 'білім деңгейі', ru: 'уровень образования', en: 'education level' },
  'quality.place.kind.labourFunction': { kk: 'еңбек функциясы', ru: 'трудовая функция', en: 'labour function' },
  'quality.place.kind.task': { kk: 'міндет', ru: 'задача', en: 'task' },
  'quality.place.kind.skill': { kk: 'дағды', ru: 'навык', en: 'skill' },
  'quality.place.kind.knowledge': { kk: 'білім', ru: 'знание', en: 'knowledge item' },
  'quality.place.kind.personalCompetencies': {
    kk: 'жеке құзыреттер',
    ru: 'личностные компетенции',
    en: 'personal competencies',
  },
  'quality.place.kind.link': {
    kk: 'басқа кәсіппен байланыс',
    ru: 'связь с другой профессией',
    en: 'link to another profession',
  },
  'quality.place.kind.qualificationLink': {
    kk: 'біліктілік анықтамалығымен байланыс',
    ru: 'связь с квалификационным справочником',
    en: 'qualification reference',
  },
  'quality.place.kind.workingConditions': { kk: 'еңбек жағдайлары', ru: 'условия труда', en: 'working conditions' },
  'quality.place.kind.term': { kk: 'термин', ru: 'термин', en: 'term' },
  'quality.place.kind.definition': { kk: 'терминнің анықтамасы', ru: 'определение термина', en: 'definition' },
  'quality.place.kind.profession': {
    kk: 'кәсіптер тізбесіндегі жазба',
    ru: 'запись перечня профессий',
    en: 'entry of the list of professions',
  },
  'quality.place.kind.provision': {
    kk: 'стандарттың ережесі',
    ru: 'положение стандарта',
    en: 'provision of the standard',
  },
  'quality.place.kind.label': { kk: 'кесте жазуы', ru: 'надпись таблицы', en: 'table label' },
  'quality.place.card': {
    kk: '{code} картасы ({level}-деңгей)',
    ru: 'карточка {code} (уровень {level})',
    en: 'card {code} (level {level})',
  },
  'quality.place.cardIn': {
    kk: '{code} картасында ({level}-деңгей)',
    ru: 'в карточке {code} (уровень {level})',
    en: 'on card {code} (level {level})',
  },
  'quality.place.definitionN': {
    kk: '{n}-терминнің анықтамасы',
    ru: 'определение термина {n}',
    en: 'definition of term {n}',
  },
  'quality.place.numbered': { kk: '{n}-{kind}', ru: '{kind} {n}', en: '{kind} {n}' },
  'quality.place.unnumbered': { kk: '{kind}', ru: '{kind}', en: 'the {kind}' },
  'quality.place.labourFunctionN': { kk: '{n}-еңбек функциясы', ru: 'трудовая функция {n}', en: 'labour function {n}' },
  'quality.place.taskN': { kk: '{n}-міндет', ru: 'задача {n}', en: 'task {n}' },
  'quality.place.withContext': { kk: '{head} ({context})', ru: '{head} ({context})', en: '{head} ({context})' },
} as const satisfies Record<`quality.place.${string}`, Texts>;
