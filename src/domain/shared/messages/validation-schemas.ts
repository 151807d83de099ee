/**
 * More custom messages that schemas write themselves (`validation.*`, like validation.ts): ids,
 * links and cursors, the assessment instruments' and programmes' rules, list parameters. The
 * English is each schema's text word for word, so src/http/problem.ts reads a field error back
 * into its key with `restate` and says it in the request's language. Every English text starts
 * differently from the others, so it reads back into exactly one key.
 */
import type { Texts } from './lang.js';

export const VALIDATION_SCHEMA_MESSAGES = {
  'validation.itemId': {
    kk: 'элемент идентификаторы кіші латын әріптерінен, цифрлардан, нүкте мен дефистен тұрады',
    ru: 'идентификатор элемента состоит из строчных латинских букв, цифр, точек и дефисов',
    en: 'an item id is lower-case letters, digits, dots and hyphens',
  },
  'validation.id': {
    kk: 'идентификатор кіші латын әріптерінен, цифрлардан, нүкте мен дефистен тұрады',
    ru: 'идентификатор состоит из строчных латинских букв, цифр, точек и дефисов',
    en: 'an id is lower-case letters, digits, dots and hyphens',
  },
  'validation.localId': {
    kk: 'идентификатор — 1-ден 64-ке дейін латын әрпі, цифр, _ . -',
    ru: 'идентификатор — от 1 до 64 латинских букв, цифр, _ . -',
    en: 'an id is 1 to 64 letters, digits, _ . -',
  },
  'validation.lineRange': {
    kk: 'жолдар аралығы кіші жолдан үлкен жолға қарай жазылады',
    ru: 'диапазон строк идёт от меньшей строки к большей',
    en: 'a line range goes from a smaller line to a larger one',
  },
  'validation.professionCode': {
    kk: 'кәсіп коды 2635-3-001 сияқты жазылады',
    ru: 'код профессии пишется как 2635-3-001',
    en: 'a profession code looks like 2635-3-001',
  },
  'validation.maxChars': {
    kk: '{field}: ең көбі {max} таңба',
    ru: '{field}: не больше {max} символов',
    en: '{field} may have at most {max} characters',
  },
  'validation.commaList': {
    kk: '{field}: үтірмен бөлінген тізім, мәндері: {values}',
    ru: '{field}: список через запятую из значений {values}',
    en: '{field} is a comma-separated list of {values}',
  },
  'validation.certificateNumber': {
    kk: 'нөмір KSP-2026-000123 сияқты жазылады',
    ru: 'номер пишется как KSP-2026-000123',
    en: 'a number looks like KSP-2026-000123',
  },
  'validation.calendarAddress': {
    kk: 'бұл күнтізбе мекенжайы емес',
    ru: 'это не адрес календаря',
    en: 'this is not a calendar address',
  },
  'validation.cursor': {
    kk: 'бұл алдыңғы беттің курсоры емес',
    ru: 'это не курсор предыдущей страницы',
    en: 'this is not a cursor from a previous page',
  },
  'validation.resetLink': {
    kk: 'бұл құпиясөзді қалпына келтіру сілтемесі емес',
    ru: 'это не ссылка для сброса пароля',
    en: 'this is not a password-reset link',
  },
  'validation.invitationLink': {
    kk: 'бұл шақыру сілтемесі емес',
    ru: 'это не ссылка-приглашение',
    en: 'this is not an invitation link',
  },
  'validation.optionIdsRepeat': {
    kk: 'жауап нұсқаларының идентификаторлары қайталанады',
    ru: 'идентификаторы вариантов ответа повторяются',
    en: 'option ids repeat',
  },
  'validation.shortAnswerOptions': {
    kk: 'қысқа жауапты сұрақта жауап нұсқалары болмайды',
    ru: 'у вопроса с кратким ответом нет вариантов',
    en: 'a short answer has no options',
  },
  'validation.choiceOptions': {
    kk: 'таңдау сұрағында кемінде екі жауап нұсқасы болуы керек',
    ru: 'у вопроса с выбором должно быть не меньше двух вариантов',
    en: 'a choice question needs at least two options',
  },
  'validation.singleChoiceKey': {
    kk: 'бір жауапты сұрақтың дұрыс жауабы дәл біреу',
    ru: 'у вопроса с одним ответом ровно один правильный ответ',
    en: 'a single-choice question has exactly one key',
  },
  'validation.keyNotOption': {
    kk: '{key} дұрыс жауабы жауап нұсқаларының арасында жоқ',
    ru: 'правильного ответа {key} нет среди вариантов',
    en: 'the key {key} is not an option',
  },
  'validation.criterionIdsRepeat': {
    kk: 'критерийлердің идентификаторлары қайталанады',
    ru: 'идентификаторы критериев повторяются',
    en: 'criterion ids repeat',
  },
  'validation.formTwice': {
    kk: 'бағалау түрі екі рет аталған',
    ru: 'форма оценки названа дважды',
    en: 'a form is named twice',
  },
  'validation.weights': {
    kk: 'салмақтардың қосындысы 100 емес, {total}',
    ru: 'сумма весов — {total}, а не 100',
    en: 'the weights add up to {total}, not 100',
  },
  'validation.itemLinkedTwice': {
    kk: 'элемент екі рет байланыстырылған',
    ru: 'элемент связан дважды',
    en: 'an item is linked twice',
  },
  'validation.cardTwice': {
    kk: 'карточка екі рет аталған',
    ru: 'карточка названа дважды',
    en: 'a card is named twice',
  },
  'validation.moduleIdsRepeat': {
    kk: 'модульдердің идентификаторлары қайталанады',
    ru: 'идентификаторы модулей повторяются',
    en: 'module ids repeat',
  },
  'validation.outcomeIdsRepeat': {
    kk: 'оқыту нәтижелерінің идентификаторлары қайталанады',
    ru: 'идентификаторы результатов обучения повторяются',
    en: 'outcome ids repeat',
  },
  'validation.twoExceptions': {
    kk: 'элементте екі ерекшелік бар',
    ru: 'у элемента два исключения',
    en: 'an item has two exceptions',
  },
  'validation.columnOneHeader': {
    kk: 'әр баған ең көбі бір тақырыптан оқылады',
    ru: 'каждый столбец читается не более чем из одного заголовка',
    en: 'each column is read from one header at most',
  },
  'validation.atLeastOneRole': {
    kk: 'кемінде бір рөл керек',
    ru: 'нужна хотя бы одна роль',
    en: 'at least one role',
  },
  'validation.atLeastOneScope': {
    kk: 'кемінде бір рұқсат аясы керек',
    ru: 'нужна хотя бы одна область доступа',
    en: 'at least one scope',
  },
  'validation.emailLength': {
    kk: 'электрондық пошта мекенжайы ең көбі 254 таңба',
    ru: 'адрес электронной почты — не больше 254 символов',
    en: 'an email address has at most 254 characters',
  },
  'validation.nameLength': {
    kk: 'атауы {min}-ден {max}-ге дейін таңба',
    ru: 'название — от {min} до {max} символов',
    en: 'a name has {min} to {max} characters',
  },
  'validation.personnelNoRequired': {
    kk: 'табель нөмірі міндетті',
    ru: 'нужен табельный номер',
    en: 'a personnel number is required',
  },
  'validation.phone': {
    kk: 'телефон нөмірінде цифрлар, бос орындар, жақшалар мен сызықшалар болады',
    ru: 'номер телефона состоит из цифр, пробелов, скобок и дефисов',
    en: 'a phone number has digits, spaces, brackets and dashes',
  },
  'validation.itemIdEmpty': {
    kk: 'элемент идентификаторы бос болмауы керек',
    ru: 'идентификатор элемента не может быть пустым',
    en: 'an item id cannot be empty',
  },
  'validation.itemIdLength': {
    kk: 'элемент идентификаторы ең көбі 200 таңба',
    ru: 'идентификатор элемента — не больше 200 символов',
    en: 'an item id has at most 200 characters',
  },
  'validation.experienceEntries': {
    kk: 'жұмыс өтілі туралы ең көбі 20 жазба',
    ru: 'не больше 20 записей о стаже',
    en: 'at most 20 experience entries',
  },
  'validation.translationKey': {
    kk: 'кілт — элемент идентификаторы, қажет болса #өріс.жолы',
    ru: 'ключ — идентификатор элемента, при необходимости с #поле.путь',
    en: 'a key is an item id, optionally #field.path',
  },
  'validation.commissionSize': {
    kk: 'комиссияда төрағадан басқа кемінде екі мүше болады',
    ru: 'в комиссии, кроме председателя, не меньше двух членов',
    en: 'a commission has at least two members besides the chair',
  },
  'validation.within': {
    kk: 'мерзім 30, 60 немесе 90 күн',
    ru: 'срок — 30, 60 или 90 дней',
    en: 'within is 30, 60 or 90',
  },
  'validation.testLink': {
    kk: 'бұл тест сілтемесі емес',
    ru: 'это не ссылка на тест',
    en: 'this is not a test link',
  },
  'validation.scoreMax': {
    kk: 'балл ең жоғары балдан аспауы керек',
    ru: 'балл не может превышать максимальный',
    en: 'the score cannot exceed the maximum',
  },
  'validation.commissionReason': {
    kk: 'комиссия себебін көрсетеді',
    ru: 'комиссия указывает причину',
    en: 'the commission gives a reason',
  },
  'validation.optionTwice': {
    kk: 'бір жауап нұсқасы екі рет таңдалған',
    ru: 'вариант ответа выбран дважды',
    en: 'an option is chosen twice',
  },
  'validation.atMostCriteria': {
    kk: 'ең көбі 40 критерий',
    ru: 'не больше 40 критериев',
    en: 'at most 40 criteria',
  },
} as const satisfies Record<`validation.${string}`, Texts>;
