/**
 * What the curriculum import says when a file cannot be read or its layout is not recognised,
 * and the warnings it gives about single cells, in Kazakh, Russian and English: the designer has
 * to find the cell, so every message names the sheet or table, the row and the column. `{name}`
 * in a text is replaced by `vars.name`. Pure.
 */
import type { Lang } from '../shared/localize.js';
import { type CurriculumTable, type UnreadableReason, columnLetter } from './curriculum-table.js';

type Texts = Record<Lang, string>;

const UNREADABLE: Record<UnreadableReason, Texts> = {
  'not-a-file': {
    kk: 'Формада файл жоқ: оқу жоспарын XLSX немесе DOCX файлы ретінде «file» өрісімен жіберіңіз.',
    ru: 'В форме нет файла: отправьте учебный план файлом XLSX или DOCX в поле «file».',
    en: 'The form has no file: send the curriculum as an XLSX or DOCX file in the field «file».',
  },
  'unknown-format': {
    kk: 'Файл XLSX кітабы да, DOCX құжаты да емес. Оқу жоспарын Excel (.xlsx) немесе Word (.docx) форматында сақтаңыз.',
    ru: 'Файл не является ни книгой XLSX, ни документом DOCX. Сохраните учебный план в формате Excel (.xlsx) или Word (.docx).',
    en: 'The file is neither an XLSX workbook nor a DOCX document. Save the curriculum as Excel (.xlsx) or Word (.docx).',
  },
  damaged: {
    kk: 'Файл бүлінген, оны оқу мүмкін емес. Оны Excel немесе Word бағдарламасында ашып, қайта сақтаңыз.',
    ru: 'Файл повреждён и не читается. Откройте его в Excel или Word и сохраните заново.',
    en: 'The file is damaged and cannot be read. Open it in Excel or Word and save it again.',
  },
  'too-large': {
    kk: 'Файл ашылғанда тым үлкен болады. Оқу жоспарын бірнеше файлға бөліңіз.',
    ru: 'Файл слишком велик в распакованном виде. Разделите учебный план на несколько файлов.',
    en: 'The file unpacks to too much. Split the curriculum into several files.',
  },
  'too-many-tables': {
    kk: 'Файлда парақ немесе кесте тым көп: ең көбі {max} оқылады.',
    ru: 'В файле слишком много листов или таблиц: читается не более {max}.',
    en: 'The file has too many sheets or tables: at most {max} are read.',
  },
  'too-many-rows': {
    kk: 'Кестеде жол тым көп: ең көбі {max} жол оқылады.',
    ru: 'В таблице слишком много строк: читается не более {max}.',
    en: 'A table has too many rows: at most {max} are read.',
  },
};

type TableRef = Pick<CurriculumTable, 'kind' | 'name'>;
export type CurriculumProblem =
  | { code: 'no-header'; looked: TableRef[] }
  | { code: 'no-outcome-column'; table: TableRef; row: number; found: string[] }
  | { code: 'no-outcomes'; tables: TableRef[] };

const PROBLEMS = {
  'no-header': {
    kk: 'Оқу жоспарының тақырып жолы табылмады ({looked}). Тақырып жолында «Модуль атауы», «Оқыту нәтижелері», «Бағалау критерийлері», «Сағат» сияқты бағандар болуы керек.',
    ru: 'Не найдена строка заголовков учебного плана ({looked}). В ней должны быть столбцы «Наименование модуля», «Результаты обучения», «Критерии оценки», «Часы».',
    en: 'No header row of a curriculum was found ({looked}). It needs columns such as «Module name», «Learning outcomes», «Assessment criteria», «Hours».',
  },
  'no-outcome-column': {
    kk: '{where}: тақырып жолында оқыту нәтижелерінің бағаны жоқ (табылғаны: {found}). «Оқыту нәтижелері» бағанын қосыңыз.',
    ru: '{where}: в строке заголовков нет столбца результатов обучения (найдены: {found}). Добавьте столбец «Результаты обучения».',
    en: '{where}: the header row has no learning outcomes column (found: {found}). Add a column «Learning outcomes».',
  },
  'no-outcomes': {
    kk: 'Оқу жоспарында бірде-бір оқыту нәтижесі жоқ ({looked}): «Оқыту нәтижелері» бағанын толтырыңыз.',
    ru: 'В учебном плане нет ни одного результата обучения ({looked}): заполните столбец «Результаты обучения».',
    en: 'The curriculum has no learning outcome ({looked}): fill in the column «Learning outcomes».',
  },
} satisfies Record<CurriculumProblem['code'], Texts>;

export type CurriculumWarning =
  | { code: 'text-cut'; max: number }
  | { code: 'not-a-number'; value: string }
  | { code: 'rounded'; value: string; to: string }
  | { code: 'criteria-without-outcome' }
  | { code: 'limit'; what: 'modules' | 'outcomes' | 'criteria'; max: number }
  | { code: 'table-skipped' };

const WARNINGS = {
  'text-cut': {
    kk: 'мәтін ұзын, алғашқы {max} таңбасы алынды.',
    ru: 'текст слишком длинный, взяты первые {max} символов.',
    en: 'the text is long; its first {max} characters were taken.',
  },
  'not-a-number': {
    kk: '«{value}» сан емес, 0 деп алынды.',
    ru: '«{value}» не число, принято 0.',
    en: '«{value}» is not a number; 0 was taken.',
  },
  rounded: {
    kk: '{value} мәні {to} деп дөңгелектенді.',
    ru: 'значение {value} округлено до {to}.',
    en: '{value} was rounded to {to}.',
  },
  'criteria-without-outcome': {
    kk: 'критерийлер бар, бірақ оқыту нәтижесі жоқ: жол өткізіліп жіберілді.',
    ru: 'есть критерии, но нет результата обучения: строка пропущена.',
    en: 'criteria without a learning outcome: the row was skipped.',
  },
  limit: {
    kk: 'шектен асты ({what}: ең көбі {max}), қалғаны алынбады.',
    ru: 'превышен предел ({what}: не более {max}), остальное не взято.',
    en: 'over the limit ({what}: {max} at most); the rest was not taken.',
  },
  'table-skipped': {
    kk: 'оқу жоспарының тақырып жолы жоқ, кесте өткізіліп жіберілді.',
    ru: 'нет строки заголовков учебного плана, таблица пропущена.',
    en: 'no curriculum header row; the table was skipped.',
  },
} satisfies Record<CurriculumWarning['code'], Texts>;

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));

/** A sheet or table named as the designer sees it: «"Жоспар" парағы», «таблица 2». */
export function tableName(table: Pick<CurriculumTable, 'kind' | 'name'>, lang: Lang): string {
  if (table.kind === 'sheet')
    return { kk: `«${table.name}» парағы`, ru: `лист «${table.name}»`, en: `sheet «${table.name}»` }[lang];
  return { kk: `${table.name}-кесте`, ru: `таблица ${table.name}`, en: `table ${table.name}` }[lang];
}

/** Where a cell is: the table, the row (from 1) and, when known, the column (from 0). */
export function placeOf(
  table: Pick<CurriculumTable, 'kind' | 'name'>,
  row: number,
  column: number | undefined,
  lang: Lang,
): string {
  const rowText = { kk: `${row}-жол`, ru: `строка ${row}`, en: `row ${row}` }[lang];
  if (column === undefined) return `${tableName(table, lang)}, ${rowText}`;
  const letter = columnLetter(column);
  const columnText = { kk: `${letter} бағаны`, ru: `столбец ${letter}`, en: `column ${letter}` }[lang];
  return `${tableName(table, lang)}, ${rowText}, ${columnText}`;
}

export function unreadableMessage(reason: UnreadableReason, lang: Lang, max?: number): string {
  return fill(UNREADABLE[reason][lang], { max: max ?? '' });
}

export function problemMessage(problem: CurriculumProblem, lang: Lang): string {
  const none = { kk: 'кесте жоқ', ru: 'таблиц нет', en: 'no tables' }[lang];
  const names = (tables: TableRef[]) => tables.map((t) => tableName(t, lang)).join(', ');
  switch (problem.code) {
    case 'no-header':
      return fill(PROBLEMS['no-header'][lang], { looked: names(problem.looked) || none });
    case 'no-outcomes':
      return fill(PROBLEMS['no-outcomes'][lang], { looked: names(problem.tables) || none });
    case 'no-outcome-column':
      return fill(PROBLEMS['no-outcome-column'][lang], {
        where: placeOf(problem.table, problem.row, undefined, lang),
        found: problem.found.join(', '),
      });
  }
}

export function warningMessage(warning: CurriculumWarning, lang: Lang): string {
  const { code, ...vars } = warning;
  return fill(WARNINGS[code][lang], vars as Record<string, string | number>);
}
