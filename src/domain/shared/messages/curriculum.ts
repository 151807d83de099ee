/**
 * What the curriculum import says (src/domain/programmes/curriculum-messages.ts places them):
 * why a file cannot be read, why its layout is not recognised, and warnings about single cells,
 * in kk, ru and en. `{name}` is filled from the caller's values.
 */
import type { UnreadableReason } from '../../programmes/curriculum-table.js';
import type { Texts } from './lang.js';

/** Why a curriculum file cannot be read at all. */
export const CURRICULUM_UNREADABLE = {
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
} as const satisfies Record<UnreadableReason, Texts>;

/** Why its layout is not recognised. */
export const CURRICULUM_PROBLEMS = {
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
} as const satisfies Record<string, Texts>;

/** Warnings about single cells. */
export const CURRICULUM_WARNINGS = {
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
} as const satisfies Record<string, Texts>;

const prefixed = (prefix: string, table: Record<string, Texts>) =>
  Object.fromEntries(Object.entries(table).map(([key, texts]) => [`${prefix}.${key}`, texts]));

/** `curriculum.unreadable.*`, `curriculum.problem.*`, `curriculum.warning.*`, for the one catalogue. */
export const CURRICULUM_MESSAGES = {
  ...prefixed('curriculum.unreadable', CURRICULUM_UNREADABLE),
  ...prefixed('curriculum.problem', CURRICULUM_PROBLEMS),
  ...prefixed('curriculum.warning', CURRICULUM_WARNINGS),
} as Record<`curriculum.${string}`, Texts>;
