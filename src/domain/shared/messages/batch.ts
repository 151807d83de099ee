/**
 * The words of the staff-list batch check in kk, ru and en: the column titles it reads and
 * writes, and the values it writes (status, category). One table serves both directions, so a
 * template written in Kazakh is read back (src/domain/qualification/batch-messages.ts). The
 * web page's template uses the same words (web/src/i18n `batch.col.*`, `batch.value.*`);
 * test/http/qualification.test.ts fails if they drift apart.
 */
import type { Texts } from './lang.js';

/** The columns a staff list may have, by their code (the code itself is always read too). */
export const INPUT_COLUMNS = {
  id: { kk: 'Табель нөмірі', ru: 'Табельный номер', en: 'ID' },
  card: { kk: 'Карточка коды', ru: 'Код карточки', en: 'Card code' },
  level: { kk: 'Деңгей', ru: 'Уровень', en: 'Level' },
  education: { kk: 'Білім деңгейі', ru: 'Уровень образования', en: 'Education level' },
  field: { kk: 'Білім саласы', ru: 'Направление образования', en: 'Education field' },
  certificate: { kk: 'Сертификат (иә/жоқ)', ru: 'Сертификат (да/нет)', en: 'Certificate (yes/no)' },
  none: { kk: 'Санатсыз жұмыс өтілі (жыл)', ru: 'Стаж без категории (лет)', en: 'Years without a category' },
  second: {
    kk: 'Екінші санаттағы жұмыс өтілі (жыл)',
    ru: 'Стаж во второй категории (лет)',
    en: 'Years in the second category',
  },
  first: {
    kk: 'Бірінші санаттағы жұмыс өтілі (жыл)',
    ru: 'Стаж в первой категории (лет)',
    en: 'Years in the first category',
  },
  higher: {
    kk: 'Жоғары санаттағы жұмыс өтілі (жыл)',
    ru: 'Стаж в высшей категории (лет)',
    en: 'Years in the higher category',
  },
  experience: { kk: 'Жұмыс өтілі', ru: 'Стаж', en: 'Experience' },
} as const satisfies Record<string, Texts>;

export const OUTPUT_COLUMNS = {
  row: { kk: 'Жол', ru: 'Строка', en: 'Row' },
  id: INPUT_COLUMNS.id,
  card: INPUT_COLUMNS.card,
  level: INPUT_COLUMNS.level,
  status: { kk: 'Нәтиже', ru: 'Результат', en: 'Result' },
  category: { kk: 'Санат', ru: 'Категория', en: 'Category' },
  group: { kk: 'Топ', ru: 'Группа', en: 'Group' },
  rule: { kk: 'Сәйкес келген талап', ru: 'Применённое требование', en: 'Rule applied' },
  next_category: { kk: 'Келесі санат', ru: 'Следующая категория', en: 'Next category' },
  missing: { kk: 'Не жетіспейді', ru: 'Чего не хватает', en: 'What is missing' },
  summary: { kk: 'Қорытынды', ru: 'Итог', en: 'Summary' },
  errors: { kk: 'Қателер', ru: 'Ошибки', en: 'Errors' },
} as const satisfies Record<string, Texts>;

/** A row's outcome; `no-requirements`: the card states none, so there is nothing to meet or miss. */
export const STATUS_WORDS = {
  eligible: { kk: 'Талаптар орындалады', ru: 'Требования выполнены', en: 'Requirements met' },
  'not-eligible': { kk: 'Талаптар орындалмайды', ru: 'Требования не выполнены', en: 'Requirements not met' },
  'no-requirements': {
    kk: 'Карточкада талаптар көрсетілмеген',
    ru: 'В карточке требования не указаны',
    en: 'The card states no requirements',
  },
  unreadable: { kk: 'Жол оқылмады', ru: 'Строка не прочитана', en: 'Row not read' },
} as const satisfies Record<string, Texts>;

export const CATEGORY_WORDS = {
  higher: { kk: 'Жоғары санат', ru: 'Высшая категория', en: 'Higher category' },
  first: { kk: 'Бірінші санат', ru: 'Первая категория', en: 'First category' },
  second: { kk: 'Екінші санат', ru: 'Вторая категория', en: 'Second category' },
  none: { kk: 'Санатсыз', ru: 'Без категории', en: 'No category' },
} as const satisfies Record<string, Texts>;

/** The next step on a card without categories: meeting its requirements at all. */
export const MEETING_REQUIREMENTS = {
  kk: 'Талаптарды орындау',
  ru: 'Выполнение требований',
  en: 'Meeting the requirements',
} as const satisfies Texts;

const prefixed = (prefix: string, table: Record<string, Texts>) =>
  Object.fromEntries(Object.entries(table).map(([key, texts]) => [`${prefix}.${key}`, texts]));

/** `batch.input.*`, `batch.output.*`, `batch.status.*`, `batch.category.*`, for the one catalogue. */
export const BATCH_MESSAGES = {
  ...prefixed('batch.input', INPUT_COLUMNS),
  ...prefixed('batch.output', OUTPUT_COLUMNS),
  ...prefixed('batch.status', STATUS_WORDS),
  ...prefixed('batch.category', CATEGORY_WORDS),
  'batch.meetingRequirements': MEETING_REQUIREMENTS,
} as Record<`batch.${string}`, Texts>;
