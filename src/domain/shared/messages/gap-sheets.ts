/**
 * The words of the gap report's workbook and printout (src/domain/career/gap-sheets.ts): sheet
 * names, column headers, ratings, the notes of the requirements sheet, in kk, ru and en.
 */
import type { Texts } from './lang.js';

export const GAP_SHEET_WORDS = {
  summary: { kk: 'Қорытынды', ru: 'Итог', en: 'Summary' },
  missing: { kk: 'Жетіспейтін', ru: 'Недостающие', en: 'Missing' },
  partial: { kk: 'Ішінара', ru: 'Частично', en: 'Partial' },
  covered: { kk: 'Меңгерілген', ru: 'Освоенные', en: 'Covered' },
  requirements: { kk: 'Талаптар', ru: 'Требования', en: 'Requirements' },
  warnings: { kk: 'Ескертулер', ru: 'Предупреждения', en: 'Warnings' },
  card: { kk: 'Карточка', ru: 'Карточка', en: 'Card' },
  edition: { kk: 'Редакция', ru: 'Редакция', en: 'Edition' },
  labourFunction: { kk: 'Еңбек функциясы', ru: 'Трудовая функция', en: 'Labour function' },
  functionNo: { kk: 'Функция №', ru: 'Функция №', en: 'Function no.' },
  generated: { kk: 'Жасалған күні', ru: 'Дата', en: 'Generated' },
  kind: { kk: 'Түрі', ru: 'Вид', en: 'Kind' },
  skill: { kk: 'Дағды', ru: 'Навык', en: 'Skill' },
  knowledge: { kk: 'Білім', ru: 'Знание', en: 'Knowledge' },
  text: { kk: 'Мәтін (ресми, қазақ тілінде)', ru: 'Текст (официальный, на казахском)', en: 'Text (official, Kazakh)' },
  translation: { kk: 'Аударма', ru: 'Перевод (неофициальный)', en: 'Translation (unofficial)' },
  value: { kk: 'Мәні', ru: 'Значение', en: 'Value' },
  rating: { kk: 'Бағалау', ru: 'Оценка', en: 'Rating' },
  items: { kk: 'Барлығы', ru: 'Всего', en: 'Items' },
  full: { kk: 'Толық', ru: 'Полностью', en: 'Full' },
  partialCount: { kk: 'Ішінара', ru: 'Частично', en: 'Partial' },
  none: { kk: 'Жоқ', ru: 'Нет', en: 'None' },
  unrated: { kk: 'Бағаланбаған', ru: 'Без оценки', en: 'Unrated' },
  percent: { kk: 'Қамту, %', ru: 'Покрытие, %', en: 'Coverage, %' },
  overall: { kk: 'Жалпы', ru: 'Всего по карточке', en: 'Overall' },
  noPerson: {
    kk: 'Білім мен жұмыс өтілі көрсетілмеген: талаптар бойынша олқылық есептелмеді.',
    ru: 'Образование и стаж не указаны: разрыв по требованиям не рассчитан.',
    en: 'No education and experience were given: the requirement gap was not computed.',
  },
  answer: { kk: 'Қорытынды', ru: 'Вывод', en: 'Answer' },
  category: { kk: 'Санат', ru: 'Категория', en: 'Category' },
  group: { kk: 'Топ', ru: 'Группа', en: 'Group' },
  rule: { kk: 'Сәйкес ереже', ru: 'Применённое правило', en: 'Rule that matched' },
  lines: { kk: 'Жолдар', ru: 'Строки', en: 'Lines' },
  note: { kk: 'Ескерту', ru: 'Примечание', en: 'Note' },
  message: { kk: 'Хабар', ru: 'Сообщение', en: 'Message' },
  item: { kk: 'Элемент', ru: 'Элемент', en: 'Item' },
  id: { kk: 'Id', ru: 'Id', en: 'Id' },
} as const satisfies Record<string, Texts>;

/** `gap.sheet.<word>`, for the one catalogue. */
export const GAP_SHEET_MESSAGES = Object.fromEntries(
  Object.entries(GAP_SHEET_WORDS).map(([word, texts]) => [`gap.sheet.${word}`, texts]),
) as Record<`gap.sheet.${keyof typeof GAP_SHEET_WORDS}`, Texts>;
