/** Why a stage of an attestation cannot be recorded (src/services/hr/stage-messages.ts), in kk, ru and en. */
import type { StageProblem } from '../../hr/attestation-stages.js';
import type { Texts } from './lang.js';

export const ATTESTATION_STAGE_PROBLEMS = {
  'wrong-stage': {
    kk: 'Бұл кезеңді қазір жазуға болмайды: аттестаттау тестілеу, әңгімелесу, комиссия шешімі ретімен өтеді.',
    ru: 'Этот этап сейчас записать нельзя: аттестация идёт по порядку — тестирование, собеседование, решение комиссии.',
    en: 'This stage cannot be recorded now: attestation goes testing, then interview, then the commission’s decision.',
  },
  'before-scheduled': {
    kk: 'Тестілеу күні аттестаттау белгіленген күннен бұрын болмайды.',
    ru: 'Дата тестирования не может быть раньше назначенной даты аттестации.',
    en: 'The testing date cannot be before the attestation’s scheduled date.',
  },
  'before-previous-stage': {
    kk: 'Бұл кезеңнің күні алдыңғы кезеңнің күнінен бұрын болмайды.',
    ru: 'Дата этого этапа не может быть раньше даты предыдущего.',
    en: 'This stage’s date cannot be before the previous stage’s.',
  },
  'category-without-pass': {
    kk: 'Санат тестілеу мен әңгімелесуден өткенде ғана беріледі немесе расталады.',
    ru: 'Категория присваивается или подтверждается, только если тестирование и собеседование пройдены.',
    en: 'A category is assigned or confirmed only when the test and the interview were passed.',
  },
  'category-required': {
    kk: 'Шешім санатты беретін немесе растайтын болса, санатты көрсетіңіз.',
    ru: 'Если решение присваивает или подтверждает категорию, укажите её.',
    en: 'A decision that assigns or confirms a category names the category.',
  },
  'category-not-allowed': {
    kk: '«Өтпеді» шешімінде санат көрсетілмейді.',
    ru: 'В решении «не прошёл» категория не указывается.',
    en: 'A “not passed” decision names no category.',
  },
  'commission-required': {
    kk: 'Шешімді комиссия шығарады: алдымен комиссияны таңдаңыз.',
    ru: 'Решение принимает комиссия: сначала выберите комиссию.',
    en: 'The decision is the commission’s: choose the commission first.',
  },
} as const satisfies Record<StageProblem, Texts>;

/** `hr.stage.<problem>`, for the one catalogue. */
export const ATTESTATION_STAGE_MESSAGES = Object.fromEntries(
  Object.entries(ATTESTATION_STAGE_PROBLEMS).map(([problem, texts]) => [`hr.stage.${problem}`, texts]),
) as Record<`hr.stage.${StageProblem}`, Texts>;
