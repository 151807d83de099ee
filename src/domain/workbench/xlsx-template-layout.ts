/**
 * The methodologists' XLSX template as data: which sheets it has, which columns, the Kazakh
 * labels a methodologist reads (and picks from drop-down lists), and the instructions in kk, ru
 * and en. The writer (src/exports/standard-xlsx) and the reader (src/importer/standard/
 * xlsx-template.ts) both follow this table, so the two cannot drift apart.
 *
 * A card sheet reads top-down like the printed card of Order 262: every row starts with its
 * row type (column A, a drop-down), then the item's id (blank for a new row: the importer gives
 * it one), its number, the official Kazakh text and the unofficial ru/en translations, and the
 * structured fields of that row type in columns of their own, so each column has one meaning
 * and one drop-down list. A row belongs to the nearest row above it that can hold it (a task to
 * the labour function above, a skill to the task above), as the printed table reads.
 */
import type { categories, educationFields, educationLevels, specialistGroups } from '../standard/schemas.js';
import type { Lang } from '../shared/messages/lang.js';

export type TemplateLanguage = Lang;
export type Trilingual = { kk: string; ru: string; en: string };

export const SHEETS = {
  instructions: 'Нұсқаулық',
  standard: 'Стандарт',
  terms: 'Терминдер',
  professions: 'Кәсіптер',
  lists: 'Тізімдер',
} as const;
/** The sheets that are not cards: every other sheet of the workbook is one card, in order. */
export const FIXED_SHEETS: readonly string[] = Object.values(SHEETS);
/** The name of the first card sheet of the empty template; copy it once per card. */
export const EMPTY_CARD_SHEET = 'Карта 1';

/** Columns of a card sheet and of the Standard sheet (1-based, as Excel counts). */
export const CARD_COLUMNS = {
  type: { index: 1, header: 'Жол түрі', width: 30 },
  id: { index: 2, header: 'id (жаңа жолға бос)', width: 26 },
  number: { index: 3, header: '№', width: 6 },
  kk: { index: 4, header: 'Мәтін (kk, ресми)', width: 60 },
  ru: { index: 5, header: 'Текст (ru, ресми емес)', width: 45 },
  en: { index: 6, header: 'Text (en, ресми емес)', width: 45 },
  note: { index: 7, header: 'Ескертпе', width: 30 },
  category: { index: 8, header: 'Санат', width: 14 },
  group: { index: 9, header: 'Маман тобы', width: 22 },
  educationLevel: { index: 10, header: 'Білім деңгейі', width: 18 },
  fields: { index: 11, header: 'Білім саласы (үтір арқылы)', width: 24 },
  certificate: { index: 12, header: 'Сертификат', width: 16 },
  years: { index: 13, header: 'Өтіл, жыл', width: 9 },
  inCategory: { index: 14, header: 'Өтіл санатта', width: 14 },
  where: { index: 15, header: 'Өтіл қай жерде', width: 30 },
  code: { index: 16, header: 'Код', width: 14 },
  level: { index: 17, header: 'Деңгей', width: 8 },
  cardCode: { index: 18, header: 'Карта коды', width: 14 },
  cardLevel: { index: 19, header: 'Карта деңгейі', width: 10 },
  kind: { index: 20, header: 'Ереже түрі', width: 14 },
} as const;
export type CardColumn = keyof typeof CARD_COLUMNS;
export const CARD_COLUMN_KEYS = Object.keys(CARD_COLUMNS) as CardColumn[];
export const columnLetter = (index: number): string => {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Row types of a card sheet, in the printed card's order; the value is column A's text. */
export const CARD_ROWS = {
  title: 'Карта тақырыбы',
  code: 'Кәсіп коды',
  name: 'Кәсіптің атауы',
  level: 'СБШ бойынша біліктілік деңгейі',
  otherName: 'Кәсіптің басқа мүмкін атауы',
  basis: 'Біліктілік сипаттамаларының негізі',
  group: 'Маман тобы',
  rule: 'Біліктілік талабы',
  education: 'Білім нұсқасы',
  educationLevel: 'Кәсіптік білім деңгейі',
  labourFunction: 'Еңбек функциясы',
  task: 'Міндет',
  skill: 'Дағды',
  knowledge: 'Білім',
  functionSkill: 'Функцияның дағдысы',
  functionKnowledge: 'Функцияның білімі',
  personalCompetencies: 'Жеке құзыреттер',
  link: 'Байланысты кәсіп',
  qualificationLink: 'Біліктілік байланысы',
  workingConditions: 'Еңбек жағдайлары',
  cardNote: 'Карта ескертпесі',
} as const;
export type CardRow = keyof typeof CARD_ROWS;

/** Row types of the Standard sheet. */
export const STANDARD_ROWS = {
  standard: 'Стандарт',
  edition: 'Басылым',
  orderNumber: 'Бұйрық нөмірі',
  orderDate: 'Бұйрық күні',
  registrationNumber: 'Тіркеу нөмірі',
  registrationDate: 'Тіркеу күні',
  inForceFrom: 'Күшіне енген күні',
  issuer: 'Бұйрықты шығарған',
  legalBasis: 'Құқықтық негіз',
  supersedes: 'Алдыңғы басылым',
  provision: 'Ереже',
} as const;
export type StandardRow = keyof typeof STANDARD_ROWS;

/** Block titles: rows a reader passes over (the header row of each block of the printed card). */
export const BLOCK_TITLES = {
  card: '1. Кәсіп картасы',
  qualification: '2. Біліктілік талаптары',
  functions: '3. Еңбек функциялары: функция | міндет | дағдылар | білім',
  more: '4. Жеке құзыреттер, байланыстар, еңбек жағдайлары',
  order: '1. Стандарт және бұйрық',
  provisions: '2. Жалпы ережелер',
} as const;

export const TERM_COLUMNS = [
  'id',
  '№',
  'Термин (kk)',
  'Термин (ru, ресми емес)',
  'Term (en, ресми емес)',
  'Анықтамасы (kk)',
  'Определение (ru, ресми емес)',
  'Definition (en, ресми емес)',
] as const;
export const PROFESSION_COLUMNS = [
  'id',
  '№',
  'Кәсіп атауы (kk)',
  'Название (ru, ресми емес)',
  'Name (en, ресми емес)',
  'СБШ деңгейлері (үтір арқылы)',
  'Тізімдегі жазбасы (kk)',
  'Карталары (код/деңгей; ...)',
  'Ескертпе',
  // Last, so a workbook made before they existed still reads by position.
  'Запись в перечне (ru, ресми емес)',
  'Entry as listed (en, ресми емес)',
] as const;

/** Enum values as the template shows them (Kazakh words), each readable back from kk, ru, en or the code. */
export type EnumLabels<T extends string> = Record<T, Trilingual>;

export const CATEGORY_LABELS: EnumLabels<(typeof categories)[number]> = {
  higher: { kk: 'жоғары', ru: 'высшая', en: 'higher' },
  first: { kk: 'бірінші', ru: 'первая', en: 'first' },
  second: { kk: 'екінші', ru: 'вторая', en: 'second' },
  none: { kk: 'санатсыз', ru: 'без категории', en: 'none' },
};
export const EDUCATION_LEVEL_LABELS: EnumLabels<(typeof educationLevels)[number]> = {
  'basic-secondary': { kk: 'негізгі орта', ru: 'основное среднее', en: 'basic secondary' },
  tvet: { kk: 'ТжКБ', ru: 'ТиПО', en: 'TVET' },
  higher: { kk: 'жоғары', ru: 'высшее', en: 'higher' },
  postgraduate: { kk: 'жоғары оқу орнынан кейінгі', ru: 'послевузовское', en: 'postgraduate' },
};
export const EDUCATION_FIELD_LABELS: EnumLabels<(typeof educationFields)[number]> = {
  social: { kk: 'әлеуметтік', ru: 'социальное', en: 'social' },
  economic: { kk: 'экономикалық', ru: 'экономическое', en: 'economic' },
  pedagogical: { kk: 'педагогикалық', ru: 'педагогическое', en: 'pedagogical' },
  medical: { kk: 'медициналық', ru: 'медицинское', en: 'medical' },
  psychological: { kk: 'психологиялық', ru: 'психологическое', en: 'psychological' },
  legal: { kk: 'құқықтық', ru: 'юридическое', en: 'legal' },
  other: { kk: 'басқа', ru: 'другое', en: 'other' },
};
/** "тиісті мамандық бойынша": the card's own field (`fields: 'relevant'`). */
export const RELEVANT_FIELD: Trilingual = { kk: 'тиісті', ru: 'соответствующее', en: 'relevant' };
export const GROUP_LABELS: EnumLabels<(typeof specialistGroups)[number]> = {
  'high-level-specialist': { kk: 'жоғары деңгейдегі маман', ru: 'специалист высокого уровня', en: 'high-level' },
  'mid-level-specialist': { kk: 'орта деңгейдегі маман', ru: 'специалист среднего уровня', en: 'mid-level' },
  general: { kk: 'жалпы', ru: 'общие', en: 'general' },
};
export const CERTIFICATE_LABELS: EnumLabels<'social-training'> = {
  'social-training': { kk: 'әлеуметтік оқыту', ru: 'социальное обучение', en: 'social training' },
};
export const PROVISION_KIND_LABELS: EnumLabels<'purpose' | 'uses' | 'aim' | 'basis'> = {
  purpose: { kk: 'мақсаты', ru: 'назначение', en: 'purpose' },
  uses: { kk: 'қолданылуы', ru: 'применение', en: 'uses' },
  aim: { kk: 'міндеті', ru: 'цель', en: 'aim' },
  basis: { kk: 'негізі', ru: 'основание', en: 'basis' },
};
export const STATUS_LABELS: EnumLabels<'draft' | 'in-force' | 'superseded' | 'repealed'> = {
  draft: { kk: 'жоба', ru: 'проект', en: 'draft' },
  'in-force': { kk: 'күшінде', ru: 'действует', en: 'in force' },
  superseded: { kk: 'ауыстырылған', ru: 'заменён', en: 'superseded' },
  repealed: { kk: 'күшін жойған', ru: 'отменён', en: 'repealed' },
};

/** The value an enum cell means: its code, or its label in any of the three languages (any case). */
export function enumValue<T extends string>(labels: EnumLabels<T>, cell: string): T | undefined {
  const wanted = cell.trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [T, Trilingual][]) {
    if (code === wanted || [label.kk, label.ru, label.en].some((l) => l.toLowerCase() === wanted)) return code;
  }
  return undefined;
}

/** The drop-down lists (on the Lists sheet, one column each) and which card column uses each. */
export const DROPDOWNS: { column: CardColumn | 'type'; values: string[] }[] = [
  { column: 'type', values: Object.values(CARD_ROWS) },
  { column: 'category', values: Object.values(CATEGORY_LABELS).map((l) => l.kk) },
  { column: 'group', values: Object.values(GROUP_LABELS).map((l) => l.kk) },
  { column: 'educationLevel', values: Object.values(EDUCATION_LEVEL_LABELS).map((l) => l.kk) },
  { column: 'fields', values: [...Object.values(EDUCATION_FIELD_LABELS).map((l) => l.kk), RELEVANT_FIELD.kk] },
  { column: 'certificate', values: Object.values(CERTIFICATE_LABELS).map((l) => l.kk) },
  { column: 'inCategory', values: Object.values(CATEGORY_LABELS).map((l) => l.kk) },
  { column: 'kind', values: Object.values(PROVISION_KIND_LABELS).map((l) => l.kk) },
];

/** How many rows of a sheet carry the drop-downs (the rows a methodologist may fill). */
export const DROPDOWN_ROWS = 1000;

export const INSTRUCTIONS: Trilingual[] = [
  {
    kk: 'Бұл жұмыс кітабы — кәсіптік стандарттың үлгісі. Әр карта — жеке парақ («Карта 1» парағын көшіріңіз).',
    ru: 'Эта книга — шаблон профессионального стандарта. Каждая карточка — отдельный лист (копируйте лист «Карта 1»).',
    en: 'This workbook is a professional standard template. Each card is a sheet of its own (copy the sheet “Карта 1”).',
  },
  {
    kk: 'А бағанында жол түрін тізімнен таңдаңыз. Жол өзінен жоғарыдағы ең жақын тиісті жолға жатады: міндет — функцияға, дағды мен білім — міндетке.',
    ru: 'В столбце A выберите тип строки из списка. Строка относится к ближайшей подходящей строке выше: задача — к функции, навык и знание — к задаче.',
    en: 'In column A pick the row type from the list. A row belongs to the nearest fitting row above it: a task to the function, a skill or knowledge to the task.',
  },
  {
    kk: 'Жаңа жолдың id бағанын бос қалдырыңыз: id-ді жүйе береді. Бар id-ді өзгертпеңіз.',
    ru: 'Оставьте id новой строки пустым: его присвоит система. Не меняйте существующие id.',
    en: 'Leave the id of a new row blank: the system assigns one. Do not change existing ids.',
  },
  {
    kk: 'Қазақ тіліндегі мәтін — ресми мәтін. ru және en бағандары — ресми емес аударма, оларды бос қалдыруға болады.',
    ru: 'Текст на казахском — официальный. Столбцы ru и en — неофициальный перевод, их можно оставить пустыми.',
    en: 'The Kazakh text is the official one. The ru and en columns are unofficial translations and may be left blank.',
  },
  {
    kk: 'Кәсіп коды 2635-3-001 түрінде жазылады. Білім нұсқасы өзінен жоғарыдағы біліктілік талабына жатады.',
    ru: 'Код профессии пишется как 2635-3-001. Вариант образования относится к требованию квалификации выше него.',
    en: 'A profession code reads like 2635-3-001. An education option belongs to the qualification requirement above it.',
  },
  {
    kk: 'Жүктегенде әр қате парақ, жол және баған бойынша көрсетіледі.',
    ru: 'При загрузке каждая ошибка указывается с листом, строкой и столбцом.',
    en: 'On import, every error is reported with its sheet, row and column.',
  },
];
