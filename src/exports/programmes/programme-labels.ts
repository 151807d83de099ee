/**
 * The words of a programme's documents in the two languages it is handed in: Kazakh and Russian.
 * Only the labels change with the language; the card's item texts are the official Kazakh in
 * both, and a Russian name of a card is marked as the unofficial translation it is.
 */
import type { CoverageStatus } from '../../domain/programmes/coverage.js';
import type {
  AssessmentMethod,
  ModuleKind,
  ProgrammeLang,
  ProgrammeStatus,
  ProgrammeType,
} from '../../domain/programmes/programme.js';

export type ProgrammeLabels = {
  draftStamp: string;
  archivedStamp: string;
  demoStamp: string;
  org: string;
  type: string;
  card: string;
  level: string;
  edition: string;
  volume: string;
  year: string;
  status: string;
  hours: string;
  credits: string;
  /** Column headings: «Кредиттер», «Сағат». */
  creditsColumn: string;
  hoursColumn: string;
  unofficial: string;
  modulesHeading: string;
  outcomesHeading: string;
  matrixHeading: string;
  matrixNote: string;
  exceptionsHeading: string;
  noExceptions: string;
  hoursHeading: string;
  unattributed: string;
  code: string;
  name: string;
  kind: string;
  theory: string;
  practice: string;
  total: string;
  outcome: string;
  criteria: string;
  method: string;
  linked: string;
  notInCard: string;
  item: string;
  itemKind: Record<'skill' | 'knowledge', string>;
  statusColumn: string;
  reason: string;
  labourFunction: string;
  covered: string;
  items: string;
  page: string;
  types: Record<ProgrammeType, string>;
  kinds: Record<ModuleKind, string>;
  methods: Record<AssessmentMethod, string>;
  coverage: Record<CoverageStatus, string>;
  statuses: Record<ProgrammeStatus, string>;
};

const kk: ProgrammeLabels = {
  draftStamp: 'ЖОБА',
  archivedStamp: 'МҰРАҒАТТА',
  demoStamp: 'DEMO — ҮЛГІ',
  org: 'Білім беру ұйымы',
  type: 'Бағдарлама түрі',
  card: 'Кәсіп карточкасы',
  level: 'біліктілік деңгейі',
  edition: 'Кәсіптік стандарттың басылымы',
  volume: 'Көлемі',
  year: 'Жылы',
  status: 'Мәртебесі',
  hours: 'сағат',
  credits: 'кредит',
  creditsColumn: 'Кредиттер',
  hoursColumn: 'Сағат',
  unofficial: 'ресми емес аударма',
  modulesHeading: 'Модульдер тізбесі',
  outcomesHeading: 'Оқыту нәтижелері және бағалау өлшемшарттары',
  matrixHeading: 'Кәсіп карточкасын қамту матрицасы',
  matrixNote:
    '✓ — модульдің оқыту нәтижесі элементті қамтиды (сандар — нәтижелер саны). Элементтердің мәтіні — кәсіптік стандарттың ресми қазақша мәтіні.',
  exceptionsHeading: 'Ерекшеліктер (қамтылмаған элементтер және себептері)',
  noExceptions: 'Ерекшеліктер жоқ.',
  hoursHeading: 'Еңбек функциялары бойынша сағаттар',
  unattributed: 'Карточка элементтеріне байланыстырылмаған модульдердің сағаттары',
  code: 'Коды',
  name: 'Атауы',
  kind: 'Түрі',
  theory: 'Теория',
  practice: 'Практика',
  total: 'Барлығы',
  outcome: 'Оқыту нәтижесі',
  criteria: 'Бағалау өлшемшарттары',
  method: 'Бағалау әдісі',
  linked: 'Кәсіп карточкасының элементтері (ресми мәтін)',
  notInCard: 'карточкада жоқ элемент',
  item: 'Элемент',
  itemKind: { skill: 'дағды', knowledge: 'білім' },
  statusColumn: 'Қамту',
  reason: 'Себебі',
  labourFunction: 'Еңбек функциясы',
  covered: 'Қамтылғаны',
  items: 'Элементтер',
  page: 'бет',
  types: {
    'tvet-modular': 'Техникалық және кәсіптік білім берудің модульдік білім беру бағдарламасы',
    'higher-education': 'Жоғары білім берудің білім беру бағдарламасы',
    'upgrading-course': 'Біліктілікті арттыру курсының бағдарламасы',
    'short-course': 'Қысқа мерзімді оқыту курсының бағдарламасы',
  },
  kinds: {
    general: 'Жалпы білім беретін модуль',
    'basic-professional': 'Базалық кәсіптік модуль',
    professional: 'Кәсіптік модуль',
    practice: 'Кәсіптік практика',
  },
  methods: {
    test: 'Тестілеу',
    oral: 'Ауызша сұрау',
    written: 'Жазбаша жұмыс',
    'practical-task': 'Практикалық тапсырма',
    observation: 'Бақылау',
    'case-study': 'Кейс талдау',
    project: 'Жоба',
    portfolio: 'Портфолио',
  },
  coverage: { covered: 'қамтылған', 'theory-only': 'тек теория', uncovered: 'қамтылмаған', excepted: 'ерекшелік' },
  statuses: { draft: 'жоба', final: 'бекітуге дайын', archived: 'мұрағатта' },
};

const ru: ProgrammeLabels = {
  draftStamp: 'ПРОЕКТ',
  archivedStamp: 'В АРХИВЕ',
  demoStamp: 'DEMO — ОБРАЗЕЦ',
  org: 'Организация образования',
  type: 'Вид программы',
  card: 'Карточка профессии',
  level: 'уровень квалификации',
  edition: 'Редакция профессионального стандарта',
  volume: 'Объём',
  year: 'Год',
  status: 'Статус',
  hours: 'часов',
  credits: 'кредитов',
  creditsColumn: 'Кредиты',
  hoursColumn: 'Часы',
  unofficial: 'неофициальный перевод',
  modulesHeading: 'Перечень модулей',
  outcomesHeading: 'Результаты обучения и критерии оценки',
  matrixHeading: 'Матрица охвата карточки профессии',
  matrixNote:
    '✓ — результат обучения модуля охватывает элемент (число — количество результатов). Тексты элементов — официальный текст профессионального стандарта на казахском языке.',
  exceptionsHeading: 'Исключения (неохваченные элементы и причины)',
  noExceptions: 'Исключений нет.',
  hoursHeading: 'Часы по трудовым функциям',
  unattributed: 'Часы модулей, не связанных с элементами карточки',
  code: 'Код',
  name: 'Наименование',
  kind: 'Вид',
  theory: 'Теория',
  practice: 'Практика',
  total: 'Всего',
  outcome: 'Результат обучения',
  criteria: 'Критерии оценки',
  method: 'Метод оценки',
  linked: 'Элементы карточки профессии (официальный текст на казахском языке)',
  notInCard: 'элемента нет в карточке',
  item: 'Элемент',
  itemKind: { skill: 'навык', knowledge: 'знание' },
  statusColumn: 'Охват',
  reason: 'Причина',
  labourFunction: 'Трудовая функция',
  covered: 'Охвачено',
  items: 'Элементов',
  page: 'стр.',
  types: {
    'tvet-modular': 'Модульная образовательная программа технического и профессионального образования',
    'higher-education': 'Образовательная программа высшего образования',
    'upgrading-course': 'Программа курса повышения квалификации',
    'short-course': 'Программа краткосрочного курса обучения',
  },
  kinds: {
    general: 'Общеобразовательный модуль',
    'basic-professional': 'Базовый профессиональный модуль',
    professional: 'Профессиональный модуль',
    practice: 'Профессиональная практика',
  },
  methods: {
    test: 'Тестирование',
    oral: 'Устный опрос',
    written: 'Письменная работа',
    'practical-task': 'Практическое задание',
    observation: 'Наблюдение',
    'case-study': 'Разбор кейса',
    project: 'Проект',
    portfolio: 'Портфолио',
  },
  coverage: { covered: 'охвачен', 'theory-only': 'только теория', uncovered: 'не охвачен', excepted: 'исключение' },
  statuses: { draft: 'проект', final: 'готова к утверждению', archived: 'в архиве' },
};

export const PROGRAMME_LABELS: Record<ProgrammeLang, ProgrammeLabels> = { kk, ru };
