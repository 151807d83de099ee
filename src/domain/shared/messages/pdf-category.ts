/**
 * The printed words of the category-check PDF (`pdf.category.*`; src/exports/pdf/
 * category-result-pdf-labels.ts builds its labels from them). The rules the PDF quotes are the
 * card's official Kazakh text and never pass through here.
 */
import type { Texts } from './lang.js';

export const PDF_CATEGORY_MESSAGES = {
  'pdf.category.title': {
    kk: 'Біліктілік санатын тексеру',
    ru: 'Проверка квалификационной категории',
    en: 'Qualification category check',
  },
  'pdf.category.card': { kk: 'Кәсіп карточкасы', ru: 'Карточка профессии', en: 'Profession card' },
  'pdf.category.level': { kk: '{level}-деңгей', ru: 'уровень {level}', en: 'level {level}' },
  'pdf.category.answer': { kk: 'Жауап', ru: 'Ответ', en: 'Answer' },
  'pdf.category.notEligible': {
    kk: 'Карточка талаптары орындалмайды',
    ru: 'Требования карточки не выполнены',
    en: 'The card’s requirements are not met',
  },
  'pdf.category.eligibleNoCategory': {
    kk: 'Талаптар орындалады (карточкада санаттар жоқ)',
    ru: 'Требования выполнены (в карточке нет категорий)',
    en: 'The requirements are met (the card has no categories)',
  },
  'pdf.category.category.higher': { kk: 'Жоғары санат', ru: 'Высшая категория', en: 'Higher category' },
  'pdf.category.category.first': { kk: 'Бірінші санат', ru: 'Первая категория', en: 'First category' },
  'pdf.category.category.second': { kk: 'Екінші санат', ru: 'Вторая категория', en: 'Second category' },
  'pdf.category.category.none': { kk: 'Санатсыз', ru: 'Без категории', en: 'No category' },
  'pdf.category.group': { kk: 'Топ', ru: 'Группа', en: 'Group' },
  'pdf.category.group.high-level-specialist': {
    kk: 'Біліктілігі жоғары деңгейдегі маман',
    ru: 'Специалист высшего уровня квалификации',
    en: 'High-level specialist',
  },
  'pdf.category.group.mid-level-specialist': {
    kk: 'Біліктілігі орташа деңгейдегі маман',
    ru: 'Специалист среднего уровня квалификации',
    en: 'Mid-level specialist',
  },
  'pdf.category.group.general': { kk: 'Жалпы талаптар', ru: 'Общие требования', en: 'General requirements' },
  'pdf.category.matched': { kk: 'Сәйкес келген ереже', ru: 'Применённое правило', en: 'The rule that matched' },
  'pdf.category.nextFor': {
    kk: 'Келесі: {category} — әлі қажет',
    ru: 'Дальше: {category} — ещё нужно',
    en: 'Next: {category} — still needed',
  },
  'pdf.category.nextEligible': {
    kk: 'Карточка талаптарын орындау үшін',
    ru: 'Чтобы выполнить требования карточки',
    en: 'To meet the card’s requirements',
  },
  'pdf.category.top': {
    kk: 'Бұл — ең жоғары санат.',
    ru: 'Это высшая категория.',
    en: 'This is the highest category.',
  },
  'pdf.category.source': { kk: 'Дереккөзі', ru: 'Источник', en: 'Source' },
  'pdf.category.sourceText': {
    kk: '{date} № {order} бұйрық, {code} карточкасы ({level}-деңгей), ресми мәтіннің {lines}',
    ru: 'Приказ № {order} от {date}, карточка {code} (уровень {level}), {lines} официального текста',
    en: 'Order No. {order} of {date}, card {code} (level {level}), {lines} of the official text',
  },
  'pdf.category.line': { kk: '{from}-жолы', ru: 'строка {from}', en: 'line {from}' },
  'pdf.category.lines': { kk: '{from}–{to} жолдары', ru: 'строки {from}–{to}', en: 'lines {from}–{to}' },
  /** Printed with ru and en only: in Kazakh the whole page is the official language. */
  'pdf.category.officialNote': {
    kk: 'Ережелер ресми қазақ тіліндегі мәтінмен келтірілген.',
    ru: 'Правила приведены в официальном тексте на казахском языке. Остальной текст — пояснение приложения (неофициальный перевод).',
    en: 'The rules are quoted in the official Kazakh text. The rest is the app’s explanation (unofficial translation).',
  },
  'pdf.category.notStored': {
    kk: 'Бұл деректер сақталмайды: құжат тек сіздің сұрауыңыз бойынша жасалды.',
    ru: 'Эти данные не сохраняются: документ создан только по вашему запросу.',
    en: 'These data are not stored: this document was made for your request only.',
  },
  'pdf.category.footer': {
    kk: '{date} № {order} бұйрық · басылым {edition} · жасалған күні {generated} · Kasip',
    ru: 'Приказ № {order} от {date} · редакция {edition} · создан {generated} · Kasip',
    en: 'Order No. {order} of {date} · edition {edition} · made on {generated} · Kasip',
  },
} as const satisfies Record<`pdf.category.${string}`, Texts>;
