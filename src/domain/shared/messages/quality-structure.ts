/**
 * The sentences of the quality rules about structure (`quality.structure.*`;
 * src/domain/quality/rules/structure.ts). `{name}` is quoted official Kazakh text; `{card}`,
 * `{item}` and `{list}` are places said in each language (capitalised by the rule where the
 * sentence starts with them), so the rule fills these with `messagesWith`. The numbering
 * sentence picks a plural form per count: one key for one number, another for several.
 */
import type { Texts } from './lang.js';

export const QUALITY_STRUCTURE_MESSAGES = {
  'quality.structure.professionNoCard': {
    kk: 'Кәсіптер тізбесі {name} кәсібін атайды, бірақ стандартта оның кәсіп картасы жоқ.',
    ru: 'Перечень профессий называет профессию {name}, но карточки этой профессии в стандарте нет.',
    en: 'The list of professions names {name}, but the standard gives it no profession card.',
  },
  'quality.structure.professionNoLevelCard': {
    kk: 'Кәсіптер тізбесі {name} кәсібіне {level}-деңгейді береді, бірақ бұл деңгейдің картасы жоқ.',
    ru: 'Перечень профессий даёт профессии {name} уровень {level}, но карточки этого уровня нет.',
    en: 'The list of professions gives {name} level {level}, but there is no card for that level.',
  },
  'quality.structure.cardNotListed': {
    kk: '{card} кәсіптер тізбесінде ешбір кәсіпке жатқызылмаған.',
    ru: '{card} не отнесена ни к одной профессии перечня.',
    en: '{card} is not listed under any profession of the list of professions.',
  },
  'quality.structure.noFunctions': {
    kk: 'Картада бірде-бір еңбек функциясы жоқ.',
    ru: 'В карточке нет ни одной трудовой функции.',
    en: 'The card has no labour functions.',
  },
  'quality.structure.noRequirements': {
    kk: 'Картада біліктілікке қойылатын талаптар көрсетілмеген.',
    ru: 'В карточке не указаны квалификационные требования.',
    en: 'The card states no qualification requirements.',
  },
  'quality.structure.functionNoTasks': {
    kk: '{function}-еңбек функциясында бірде-бір міндет жоқ.',
    ru: 'У трудовой функции {function} нет ни одной задачи.',
    en: 'Labour function {function} has no tasks.',
  },
  'quality.structure.taskNothing': {
    kk: '{function}-еңбек функциясының {task}-міндетінде дағдылар да, білім де жоқ.',
    ru: 'У задачи {task} трудовой функции {function} нет ни навыков, ни знаний.',
    en: 'Task {task} of labour function {function} has neither skills nor knowledge.',
  },
  'quality.structure.taskNoSkills': {
    kk: '{function}-еңбек функциясының {task}-міндетінде дағдылар жоқ.',
    ru: 'У задачи {task} трудовой функции {function} нет навыков.',
    en: 'Task {task} of labour function {function} has no skills.',
  },
  'quality.structure.taskNoKnowledge': {
    kk: '{function}-еңбек функциясының {task}-міндетінде білім жоқ.',
    ru: 'У задачи {task} трудовой функции {function} нет знаний.',
    en: 'Task {task} of labour function {function} has no knowledge items.',
  },
  'quality.structure.cardNoSkills': {
    kk: 'Картада бірде-бір дағды жоқ.',
    ru: 'В карточке нет ни одного навыка.',
    en: 'The card lists no skills at all.',
  },
  'quality.structure.cardNoKnowledge': {
    kk: 'Картада бірде-бір білім жоқ.',
    ru: 'В карточке нет ни одного знания.',
    en: 'The card lists no knowledge at all.',
  },
  'quality.structure.emptyText': {
    kk: '{item} бос: онда бірде-бір сөз жоқ.',
    ru: '{item}: текст пуст, в нём нет ни одного слова.',
    en: '{item} is empty: it has no words.',
  },
  'quality.structure.bracket.unclosed': {
    kk: 'ашылған жақша жабылмаған',
    ru: 'открытая скобка не закрыта',
    en: 'an opening bracket is never closed',
  },
  'quality.structure.bracket.unopened': {
    kk: 'жабылатын жақшаның ашылатын жұбы жоқ',
    ru: 'у закрывающей скобки нет открывающей',
    en: 'a closing bracket has no opening one',
  },
  'quality.structure.bracket.quote': {
    kk: 'тырнақшаның жұбы жоқ',
    ru: 'у кавычки нет пары',
    en: 'a quotation mark has no pair',
  },
  'quality.structure.unpaired': {
    kk: '{item}: {what}, мәтін қиылған немесе артық белгі қалған.',
    ru: '{item}: {what} — текст обрезан или знак лишний.',
    en: 'In {item}, {what}: the text is cut off or the mark is stray.',
  },
  'quality.structure.cutOff': {
    kk: '{item} {tail} деп аяқталады, сондықтан мәтін аяқталмай қалған сияқты.',
    ru: '{item} заканчивается на {tail}, поэтому текст, по-видимому, оборван.',
    en: '{item} ends with {tail}, so the text seems to be cut off.',
  },
  'quality.structure.numbering': {
    kk: '{list}: нөмірлеу бұзылған ({printed}){repeated}{skipped}.',
    ru: '{list}: нумерация нарушена ({printed}){repeated}{skipped}.',
    en: 'The numbering of the {list} is broken ({printed}){repeated}{skipped}.',
  },
  'quality.structure.numbering.repeatedOne': {
    kk: ', {numbers} нөмірі қайталанады',
    ru: ', номер {numbers} повторяется',
    en: ': {numbers} repeats',
  },
  'quality.structure.numbering.repeatedMany': {
    kk: ', {numbers} нөмірі қайталанады',
    ru: ', номера {numbers} повторяются',
    en: ': {numbers} repeat',
  },
  'quality.structure.numbering.skippedOne': {
    kk: ', {numbers} нөмірі өткізіліп кеткен',
    ru: ', номер {numbers} пропущен',
    en: ': {numbers} is skipped',
  },
  'quality.structure.numbering.skippedMany': {
    kk: ', {numbers} нөмірі өткізіліп кеткен',
    ru: ', номера {numbers} пропущены',
    en: ': {numbers} are skipped',
  },
  'quality.structure.unnumberedTail': {
    kk: '{list}: {after}-тармақтан кейін тізім нөмірсіз жалғасады.',
    ru: '{list}: после пункта {after} список продолжается без номеров.',
    en: 'The {list} continues without numbers after item {after}.',
  },
  'quality.structure.list.functionSkills': {
    kk: '{function}-еңбек функциясының дағдылар тізімі',
    ru: 'список навыков трудовой функции {function}',
    en: 'skills list of labour function {function}',
  },
  'quality.structure.list.functionKnowledge': {
    kk: '{function}-еңбек функциясының білім тізімі',
    ru: 'список знаний трудовой функции {function}',
    en: 'knowledge list of labour function {function}',
  },
  'quality.structure.list.taskSkills': {
    kk: '{function}-еңбек функциясы, {task}-міндеттің дағдылар тізімі',
    ru: 'список навыков задачи {task} трудовой функции {function}',
    en: 'skills list of task {task} of labour function {function}',
  },
  'quality.structure.list.taskKnowledge': {
    kk: '{function}-еңбек функциясы, {task}-міндеттің білім тізімі',
    ru: 'список знаний задачи {task} трудовой функции {function}',
    en: 'knowledge list of task {task} of labour function {function}',
  },
} as const satisfies Record<`quality.structure.${string}`, Texts>;
