/**
 * The printed labels of the profession card PDF (`pdf.card.*`; src/exports/pdf/card-pdf.ts builds
 * its labels from them). The card's own text is the official Kazakh (or its translation) and never
 * passes through here. `officialNote` is printed with ru and en only.
 */
import type { Texts } from './lang.js';

export const PDF_CARD_MESSAGES = {
  'pdf.card.code': { kk: 'Кәсіп коды', ru: 'Код профессии', en: 'Profession code' },
  'pdf.card.name': { kk: 'Кәсіптің атауы', ru: 'Наименование профессии', en: 'Name of the profession' },
  'pdf.card.otherNames': {
    kk: 'Кәсіптің басқа мүмкін атаулары',
    ru: 'Другие возможные наименования профессии',
    en: 'Other possible names of the profession',
  },
  'pdf.card.level': {
    kk: 'СБШ бойынша біліктілік деңгейі',
    ru: 'Уровень квалификации по ОРК',
    en: 'Qualification level (SQF)',
  },
  'pdf.card.qualification': {
    kk: 'Біліктілік деңгейіне қойылатын талаптар',
    ru: 'Требования к уровню квалификации',
    en: 'Requirements for the qualification level',
  },
  'pdf.card.basis': { kk: 'Санаттардың негізі', ru: 'Основание категорий', en: 'Basis of the categories' },
  'pdf.card.educationLevel': {
    kk: 'Кәсіптік білім деңгейі',
    ru: 'Уровень профессионального образования',
    en: 'Level of professional education',
  },
  'pdf.card.labourFunctions': { kk: 'Еңбек функциялары', ru: 'Трудовые функции', en: 'Labour functions' },
  'pdf.card.mandatoryFunctions': {
    kk: 'Міндетті еңбек функциялары',
    ru: 'Обязательные трудовые функции',
    en: 'Mandatory labour functions',
  },
  'pdf.card.task': { kk: 'Тапсырма', ru: 'Задача', en: 'Task' },
  'pdf.card.functionLists': {
    kk: 'Функцияның барлық тапсырмаларына ортақ',
    ru: 'Общие для всех задач функции',
    en: 'Common to all tasks of the function',
  },
  'pdf.card.skills': { kk: 'Дағдылар', ru: 'Навыки', en: 'Skills' },
  'pdf.card.knowledge': { kk: 'Білім', ru: 'Знания', en: 'Knowledge' },
  'pdf.card.personalCompetencies': {
    kk: 'Жеке құзыреттерге қойылатын талаптар',
    ru: 'Требования к личностным компетенциям',
    en: 'Requirements for personal competencies',
  },
  'pdf.card.links': {
    kk: 'СБШ шеңберіндегі басқа кәсіптермен байланыс',
    ru: 'Связь с другими профессиями в рамках ОРК',
    en: 'Links with other professions within the SQF',
  },
  'pdf.card.qualificationLink': {
    kk: 'Біліктілік байланысы',
    ru: 'Связь с квалификационными справочниками',
    en: 'Links with qualification handbooks',
  },
  'pdf.card.workingConditions': {
    kk: 'Еңбек жағдайлары (мазмұны мен сапасы)',
    ru: 'Условия труда (содержание и качество)',
    en: 'Working conditions (content and quality)',
  },
  'pdf.card.continued': { kk: 'жалғасы', ru: 'продолжение', en: 'continued' },
  'pdf.card.unofficial': { kk: 'ресми емес аударма', ru: 'неофициальный перевод', en: 'unofficial translation' },
  'pdf.card.category.higher': { kk: 'жоғары санатты', ru: 'высшая категория', en: 'higher category' },
  'pdf.card.category.first': { kk: 'бірінші санатты', ru: 'первая категория', en: 'first category' },
  'pdf.card.category.second': { kk: 'екінші санатты', ru: 'вторая категория', en: 'second category' },
  'pdf.card.category.none': { kk: 'санатсыз', ru: 'без категории', en: 'no category' },
  'pdf.card.group.high-level-specialist': {
    kk: 'Біліктілігі жоғары деңгейдегі маман',
    ru: 'Специалист высшего уровня квалификации',
    en: 'High-level qualified specialist',
  },
  'pdf.card.group.mid-level-specialist': {
    kk: 'Біліктілігі орта деңгейдегі маман',
    ru: 'Специалист среднего уровня квалификации',
    en: 'Mid-level qualified specialist',
  },
  'pdf.card.group.general': { kk: 'Жалпы талаптар', ru: 'Общие требования', en: 'General requirements' },
  'pdf.card.officialNote': {
    kk: 'Карточканың ресми мәтіні қазақ тілінде.',
    ru: 'Официальный текст карточки — на казахском языке. Серый текст под ним — неофициальный перевод без официальной силы; раздел с переводами помечен один раз.',
    en: 'The official text of the card is in Kazakh. The grey text beneath it is an unofficial translation with no official force; each section with translations is marked once.',
  },
  'pdf.card.labourFunction': { kk: 'Еңбек функциясы', ru: 'Трудовая функция', en: 'Labour function' },
  'pdf.card.labourFunctionN': { kk: 'Еңбек функциясы {n}', ru: 'Трудовая функция {n}', en: 'Labour function {n}' },
  'pdf.card.linkLevel': { kk: '{level} деңгей', ru: 'уровень {level}', en: 'level {level}' },
  'pdf.card.runningLevel': { kk: '{level}-деңгей', ru: 'уровень {level}', en: 'level {level}' },
  'pdf.card.footer': {
    kk: '{date} № {order} бұйрық · басылым {edition} · деректер күні {generated} · {pages} беттің {page}-беті',
    ru: 'Приказ № {order} от {date} · редакция {edition} · данные на {generated} · стр. {page} из {pages}',
    en: 'Order No. {order} of {date} · edition {edition} · data as of {generated} · page {page} of {pages}',
  },
} as const satisfies Record<`pdf.card.${string}`, Texts>;
