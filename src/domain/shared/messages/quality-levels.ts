/**
 * The sentences and words of the quality rules about levels and requirements (`quality.levels.*`;
 * src/domain/quality/rules/levels.ts). Filled with `messagesWith`: `{level}`, `{what}`,
 * `{high}`/`{low}` are words of this table said in each language (capitalised by the rule when
 * the sentence starts with them); `{highYears}`/`{lowYears}` are a bare number in kk and ru
 * (the sentence says "жыл", "г.") and "3 years" in English.
 */
import type { Texts } from './lang.js';

export const QUALITY_LEVELS_MESSAGES = {
  'quality.levels.level': { kk: '{level}-деңгей', ru: 'уровня {level}', en: 'level {level}' },
  'quality.levels.what.skill': { kk: 'дағдылары', ru: 'навыки', en: 'skills' },
  'quality.levels.what.knowledge': { kk: 'білім тізімі', ru: 'знания', en: 'knowledge items' },
  'quality.levels.sameItems': {
    kk: 'Бұл деңгейдің {what} сол кәсіптің {level} картасындағымен бірдей, сондықтан деңгейлер бір-бірінен ажыратылмайды.',
    ru: '{what} этого уровня совпадают с карточкой {level} той же профессии, так что уровни ничем не различаются.',
    en: 'The {what} of this level are the same as on the {level} card of the same profession, so the levels do not differ.',
  },
  'quality.levels.nearlySameItems': {
    kk: 'Бұл деңгейдің {what} сол кәсіптің {level} картасындағымен {pct}% сәйкес келеді, сондықтан деңгейлер іс жүзінде ажыратылмайды.',
    ru: '{what} этого уровня на {pct}% совпадают с карточкой {level} той же профессии, так что уровни почти не различаются.',
    en: '{pct}% of the {what} of this level are the same as on the {level} card of the same profession, so the levels hardly differ.',
  },
  'quality.levels.sameRequirements': {
    kk: 'Бұл деңгейдің біліктілік талаптары (білім, мамандықтар, жұмыс өтілі) сол кәсіптің {level} картасындағымен бірдей.',
    ru: 'Квалификационные требования этого уровня (образование, специальности, стаж) те же, что в карточке {level} той же профессии.',
    en: 'The qualification requirements of this level (education, fields, experience) are the same as on the {level} card of the same profession.',
  },
  'quality.levels.category.none': { kk: 'санатсыз маман', ru: 'специалистов без категории', en: 'no-category level' },
  'quality.levels.category.second': { kk: 'екінші санат', ru: 'второй категории', en: 'second category' },
  'quality.levels.category.first': { kk: 'бірінші санат', ru: 'первой категории', en: 'first category' },
  'quality.levels.category.higher': { kk: 'жоғары санат', ru: 'высшей категории', en: 'higher category' },
  'quality.levels.lessExperience': {
    kk: '{high} үшін {highYears} жыл жұмыс өтілі талап етіледі, бұл төменгі {low} үшін талап етілетін {lowYears} жылдан аз.',
    ru: 'Для {high} требуется {highYears} г. стажа — меньше, чем {lowYears} г. для более низкой ступени, {low}.',
    en: 'The {high} asks for {highYears} of experience, fewer than the {lowYears} asked for the lower {low}.',
  },
  'quality.levels.sameExperience': {
    kk: '{high} мен одан төменгі {low} үшін бірдей {highYears} жыл жұмыс өтілі талап етіледі, өтіл санат сайын өспейді.',
    ru: 'Для {high} и для более низкой ступени, {low}, требуется одинаковый стаж — {highYears} г.: стаж не растёт с категорией.',
    en: 'The {high} and the lower {low} both ask for {highYears} of experience: the threshold does not increase.',
  },
  'quality.levels.education.basic-secondary': {
    kk: 'негізгі орта білім',
    ru: 'основное среднее образование',
    en: 'basic secondary education',
  },
  'quality.levels.education.tvet': {
    kk: 'техникалық және кәсіптік білім',
    ru: 'техническое и профессиональное образование',
    en: 'technical and vocational education',
  },
  'quality.levels.education.higher': { kk: 'жоғары білім', ru: 'высшее образование', en: 'higher education' },
  'quality.levels.education.postgraduate': {
    kk: 'жоғары оқу орнынан кейінгі білім',
    ru: 'послевузовское образование',
    en: 'postgraduate education',
  },
  'quality.levels.acceptsLess': {
    kk: 'Талап {level} жеткілікті деп санайды, ал картаның білім деңгейі ұяшығы кемінде {cellLevel} талап етеді.',
    ru: 'Требование допускает {level}, хотя в графе «уровень образования» карточки минимальный уровень — {cellLevel}.',
    en: "The requirement accepts {level}, while the card's education-level cell asks for at least {cellLevel}.",
  },
  'quality.levels.asksMore': {
    kk: 'Талап кемінде {level} сұрайды, бұл картаның білім деңгейі ұяшығында көрсетілгеннен жоғары.',
    ru: 'Требование предполагает как минимум {level} — больше, чем указано в графе «уровень образования» карточки.',
    en: "The requirement asks for at least {level}, more than the card's education-level cell states.",
  },
  'quality.levels.otherFields': {
    kk: 'Талаптағы мамандықтар тізімі білім деңгейі ұяшығындағы тізімнен өзгеше ({fields}).',
    ru: 'Перечень специальностей в требовании отличается от перечня в графе «уровень образования» ({fields}).',
    en: 'The fields of study in the requirement differ from those of the education-level cell ({fields}).',
  },
  'quality.levels.experienceInCell': {
    kk: 'Білім деңгейі ұяшығында жұмыс өтіліне қойылатын талап жазылған, ол біліктілік талаптарының орны.',
    ru: 'В графе «уровень образования» записано требование к стажу, место которого — в квалификационных требованиях.',
    en: 'The education-level cell states an experience requirement, which belongs to the qualification requirements.',
  },
} as const satisfies Record<`quality.levels.${string}`, Texts>;
