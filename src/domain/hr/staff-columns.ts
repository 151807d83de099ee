/**
 * The columns of the staff register's import and export layout, in the order an export writes
 * them, with their headers in kk, ru and en and the other headers HR departments really use
 * («Табель №», «Т.А.Ә.», «ФИО», «ЖСН»/«ИИН»…). A file's headers are mapped to columns once;
 * the mapping is plain JSON so the service can save an organisation's mapping and reuse it.
 */
import { z } from 'zod';
import type { Lang } from '../shared/localize.js';
import { normalizeKey } from './staff-vocabulary.js';

export const STAFF_COLUMNS = [
  'personnelNo',
  'fullName',
  'iin',
  'birthDate',
  'email',
  'phone',
  'positionTitle',
  'cardCode',
  'level',
  'positionSince',
  'educationLevel',
  'educationField',
  'certificate',
  'institution',
  'graduationYear',
  'experience',
  'leave',
] as const;
export type Column = (typeof STAFF_COLUMNS)[number];

/** A row of a file once its headers are mapped: a column the file lacks is absent, not empty. */
export type StaffCells = Partial<Record<Column, string>>;

/** Without these a row cannot become a staff record. */
export const REQUIRED_COLUMNS: readonly Column[] = [
  'personnelNo',
  'fullName',
  'cardCode',
  'level',
  'positionSince',
  'educationLevel',
  'educationField',
];

/** Where each column's value lives in a staff record (`experience.1.from` belongs to `experience`). */
export const COLUMN_PATH: Record<Column, string> = {
  personnelNo: 'personnelNo',
  fullName: 'fullName',
  iin: 'iin',
  birthDate: 'birthDate',
  email: 'email',
  phone: 'phone',
  positionTitle: 'position.title',
  cardCode: 'position.cardCode',
  level: 'position.level',
  positionSince: 'position.since',
  educationLevel: 'education.level',
  educationField: 'education.field',
  certificate: 'education.certificate',
  institution: 'education.institution',
  graduationYear: 'education.year',
  experience: 'experience',
  leave: 'leave',
};

/** The column that shows a record path, or null for what the layout does not carry (trainings). */
export function columnOfPath(path: string): Column | null {
  for (const column of STAFF_COLUMNS) {
    const p = COLUMN_PATH[column];
    if (path === p || path.startsWith(`${p}.`)) return column;
  }
  return null;
}

type Headers = Record<Lang, string> & { also: readonly string[] };

/** The first three are what an export writes; `also` are what people write. */
export const COLUMN_HEADERS: Record<Column, Headers> = {
  personnelNo: {
    kk: 'Табель нөмірі',
    ru: 'Табельный номер',
    en: 'Personnel No',
    also: [
      'Табель №',
      'Табель',
      'Табельдік нөмір',
      'Табельдік №',
      'Таб. №',
      'Табельный №',
      'Таб. номер',
      'Personnel number',
      'Employee No',
      'Employee ID',
      'Staff No',
      'id',
    ],
  },
  fullName: {
    kk: 'Т.А.Ә.',
    ru: 'ФИО',
    en: 'Full name',
    also: [
      'Тегі, аты, әкесінің аты',
      'Аты-жөні',
      'Қызметкердің аты-жөні',
      'Қызметкердің Т.А.Ә.',
      'Ф.И.О.',
      'Фамилия, имя, отчество',
      'Фамилия имя отчество',
      'ФИО сотрудника',
      'Name',
      'Employee',
    ],
  },
  iin: {
    kk: 'ЖСН',
    ru: 'ИИН',
    en: 'IIN',
    also: ['Жеке сәйкестендіру нөмірі', 'Индивидуальный идентификационный номер', 'Individual identification number'],
  },
  birthDate: {
    kk: 'Туған күні',
    ru: 'Дата рождения',
    en: 'Date of birth',
    also: ['Туған күні, айы, жылы', 'Туылған күні', 'Туған уақыты', 'Число, месяц, год рождения', 'Birth date', 'DOB'],
  },
  email: {
    kk: 'Электрондық пошта',
    ru: 'Электронная почта',
    en: 'Email',
    also: ['Эл. пошта', 'E-mail', 'Эл. почта', 'Почта', 'Email address'],
  },
  phone: {
    kk: 'Телефон',
    ru: 'Номер телефона',
    en: 'Phone',
    also: [
      'Тел.',
      'Телефон нөмірі',
      'Байланыс телефоны',
      'Ұялы телефон',
      'Контактный телефон',
      'Мобильный телефон',
      'Phone number',
      'Mobile',
    ],
  },
  positionTitle: {
    kk: 'Лауазымы',
    ru: 'Должность',
    en: 'Position',
    also: ['Лауазым', 'Атқаратын лауазымы', 'Лауазымның атауы', 'Занимаемая должность', 'Position title', 'Job title'],
  },
  cardCode: {
    kk: 'Карточка коды',
    ru: 'Код карточки',
    en: 'Card code',
    also: [
      'Мамандық карточкасының коды',
      'Мамандық картасының коды',
      'Карта коды',
      'Карточка',
      'Мамандық карточкасы',
      'Код карточки профессии',
      'Карточка профессии',
      'Код профессии',
      'Card',
      'Profession card',
    ],
  },
  level: {
    kk: 'Деңгейі',
    ru: 'Уровень',
    en: 'Level',
    also: ['Деңгей', 'Біліктілік деңгейі', 'СБШ деңгейі', 'Уровень квалификации', 'Уровень ОРК', 'Qualification level'],
  },
  positionSince: {
    kk: 'Лауазымға тағайындалған күні',
    ru: 'Дата назначения на должность',
    en: 'In position since',
    also: [
      'Тағайындалған күні',
      'Лауазымға тағайындалу күні',
      'Лауазымда',
      'Дата назначения',
      'В должности с',
      'Appointed on',
      'Position since',
    ],
  },
  educationLevel: {
    kk: 'Білімі',
    ru: 'Образование',
    en: 'Education',
    also: ['Білім', 'Білім деңгейі', 'Уровень образования', 'Education level'],
  },
  educationField: {
    kk: 'Мамандығы',
    ru: 'Специальность',
    en: 'Field of education',
    also: [
      'Мамандық',
      'Білім саласы',
      'Диплом бойынша мамандығы',
      'Специальность по диплому',
      'Направление образования',
      'Направление подготовки',
      'Field',
      'Specialty',
    ],
  },
  certificate: {
    kk: 'Сертификат',
    ru: 'Сертификат',
    en: 'Certificate',
    also: ['Кәсіптік даярлық сертификаты', 'Сертификат о профессиональной подготовке', 'Training certificate'],
  },
  institution: {
    kk: 'Оқу орны',
    ru: 'Учебное заведение',
    en: 'Institution',
    also: ['Бітірген оқу орны', 'Оқу орнының атауы', 'Наименование учебного заведения', 'Окончил', 'ВУЗ', 'School'],
  },
  graduationYear: {
    kk: 'Бітірген жылы',
    ru: 'Год окончания',
    en: 'Graduation year',
    also: [
      'Оқу бітірген жылы',
      'Оқуды бітірген жылы',
      'Аяқтаған жылы',
      'Год окончания учебного заведения',
      'Year of graduation',
    ],
  },
  experience: {
    kk: 'Еңбек өтілі',
    ru: 'Стаж',
    en: 'Experience',
    also: [
      'Өтілі',
      'Жұмыс өтілі',
      'Санаттар бойынша өтілі',
      'Стаж работы',
      'Трудовой стаж',
      'Стаж по категориям',
      'Work experience',
    ],
  },
  leave: {
    kk: 'Демалыстар',
    ru: 'Отпуска',
    en: 'Leave',
    also: ['Демалыс', 'Ұзақ мерзімді демалыстар', 'Отпуск', 'Длительные отпуска', 'Leaves'],
  },
};

export function columnHeader(column: Column, lang: Lang): string {
  return COLUMN_HEADERS[column][lang];
}

const HEADER_KEYS = new Map<string, Column>();
for (const column of STAFF_COLUMNS) {
  const h = COLUMN_HEADERS[column];
  for (const text of [h.kk, h.ru, h.en, column, ...h.also]) {
    const key = normalizeKey(text);
    if (!HEADER_KEYS.has(key)) HEADER_KEYS.set(key, column);
  }
}

/** The column a header names: as written, or without a hint in brackets («Білімі (жоғары, ТжКБ…)»). */
export function columnOfHeader(header: string): Column | null {
  return HEADER_KEYS.get(normalizeKey(header)) ?? HEADER_KEYS.get(normalizeKey(header.replace(/\(.*?\)/g, ''))) ?? null;
}

/** Source header → column (null: the header is not read). Saved per organisation and reused. */
export type StaffMapping = Record<string, Column | null>;

export const staffMappingSchema = z.record(z.string().trim().min(1).max(200), z.enum(STAFF_COLUMNS).nullable()).refine(
  (mapping) => {
    const used = Object.values(mapping).filter((c) => c !== null);
    return new Set(used).size === used.length;
  },
  { message: 'each column is read from one header at most' },
);

/** Maps a file's headers to columns; a column named twice is read from its first header only. */
export function detectMapping(headers: readonly string[]): { mapping: StaffMapping; missing: Column[] } {
  const mapping: StaffMapping = {};
  const used = new Set<Column>();
  for (const header of headers) {
    if (header in mapping) continue;
    const column = columnOfHeader(header);
    mapping[header] = column !== null && !used.has(column) ? column : null;
    if (column) used.add(column);
  }
  return { mapping, missing: REQUIRED_COLUMNS.filter((c) => !used.has(c)) };
}

/** A mapping ready for many rows: source keys normalised once, not once per cell. */
type CompiledMapping = { byKey: Map<string, Column>; keyOf: Map<string, string> };
const compiled = new WeakMap<StaffMapping, CompiledMapping>();

function compile(mapping: StaffMapping): CompiledMapping {
  let c = compiled.get(mapping);
  if (!c) {
    c = { byKey: new Map(), keyOf: new Map() };
    for (const [header, column] of Object.entries(mapping)) {
      const key = normalizeKey(header);
      if (column && !c.byKey.has(key)) c.byKey.set(key, column);
    }
    compiled.set(mapping, c);
  }
  return c;
}

/**
 * One file record (header → text, as `toRecords` or `xlsxRecords` give it) as cells by column.
 * Headers are compared like `detectMapping` compares them, so a mapping saved from
 * «Білімі» still reads a record keyed «білімі».
 */
export function applyMapping(record: Readonly<Record<string, string>>, mapping: StaffMapping): StaffCells {
  const { byKey, keyOf } = compile(mapping);
  const cells: StaffCells = {};
  for (const [header, value] of Object.entries(record)) {
    let key = keyOf.get(header);
    if (key === undefined) {
      key = normalizeKey(header);
      keyOf.set(header, key);
    }
    const column = byKey.get(key);
    if (column && cells[column] === undefined) cells[column] = value;
  }
  return cells;
}
