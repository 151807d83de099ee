/**
 * Problem details (RFC 9457) in kk, ru and en: the title of every error code, and the details
 * the server says most often. The services throw their errors in English (logs, the CLI and
 * clients that switch on `code` read that); src/http/problem.ts says a detail again in the
 * request's language when it is one of these templates (`localizeDetail`), else leaves it.
 */
import type { ErrorCode } from '../errors.js';
import type { Texts } from './lang.js';

export const PROBLEM_TITLES = {
  'problem.title.not_found': { kk: 'Табылмады', ru: 'Не найдено', en: 'Not found' },
  'problem.title.validation_failed': { kk: 'Сұрау қате', ru: 'Некорректный запрос', en: 'Invalid request' },
  'problem.title.unsupported_media_type': {
    kk: 'Мазмұн түрі қолдау көрсетілмейді',
    ru: 'Неподдерживаемый тип содержимого',
    en: 'Unsupported media type',
  },
  'problem.title.conflict': { kk: 'Қайшылық', ru: 'Конфликт', en: 'Conflict' },
  'problem.title.unprocessable': {
    kk: 'Әзірге орындау мүмкін емес',
    ru: 'Пока нельзя выполнить',
    en: 'Cannot be done yet',
  },
  'problem.title.data_dir_in_use': {
    kk: 'Деректер каталогы бос емес',
    ru: 'Каталог данных занят',
    en: 'Data directory in use',
  },
  'problem.title.data_dir_unusable': {
    kk: 'Деректер каталогына жазу мүмкін емес',
    ru: 'В каталог данных нельзя записать',
    en: 'Data directory not writable',
  },
  'problem.title.unsupported_database': {
    kk: 'Дерекқор қолдау көрсетілмейді',
    ru: 'База данных не поддерживается',
    en: 'Unsupported database',
  },
  'problem.title.database_unavailable': {
    kk: 'Дерекқор қолжетімсіз',
    ru: 'База данных недоступна',
    en: 'Database unavailable',
  },
  'problem.title.invalid_data_file': {
    kk: 'Деректер файлы қате',
    ru: 'Ошибка в файле данных',
    en: 'Invalid data file',
  },
  'problem.title.unauthenticated': { kk: 'Жүйеге кіру қажет', ru: 'Требуется вход', en: 'Sign-in required' },
  'problem.title.forbidden': { kk: 'Рұқсат жоқ', ru: 'Доступ запрещён', en: 'Forbidden' },
  'problem.title.rate_limited': { kk: 'Әрекет тым көп', ru: 'Слишком много попыток', en: 'Too many attempts' },
  'problem.title.method_not_allowed': {
    kk: 'Әдіс рұқсат етілмеген',
    ru: 'Метод не разрешён',
    en: 'Method not allowed',
  },
  'problem.title.internal_error': { kk: 'Ішкі қате', ru: 'Внутренняя ошибка', en: 'Internal error' },
} as const satisfies Record<`problem.title.${ErrorCode | 'method_not_allowed'}`, Texts>;

/**
 * Details, each English text exactly as the server builds it (the template is matched against
 * it). More specific templates come first: the first that matches is used.
 */
export const PROBLEM_DETAILS = {
  'problem.detail.hidden': {
    kk: 'Бұл жерде ештеңе жоқ немесе оны көруге рұқсатыңыз жоқ.',
    ru: 'Здесь ничего нет, или у вас нет права это видеть.',
    en: 'There is nothing here, or it is not yours to see.',
  },
  'problem.detail.nothing': { kk: 'Бұл жерде ештеңе жоқ.', ru: 'Здесь ничего нет.', en: 'Nothing is here.' },
  'problem.detail.noFile': { kk: 'Мұндай файл жоқ.', ru: 'Такого файла нет.', en: 'There is no such file.' },
  'problem.detail.noEndpoint': {
    kk: '{method} {path} API нүктесі жоқ.',
    ru: 'Точки API {method} {path} нет.',
    en: 'There is no API endpoint {method} {path}.',
  },
  'problem.detail.noCardAtLevel': {
    kk: '{level}-деңгейдегі {code} карточкасы жоқ.',
    ru: 'Карточки {code} уровня {level} нет.',
    en: 'There is no card {code} at level {level}.',
  },
  'problem.detail.noCardInEdition': {
    kk: '{edition} редакциясында {card} карточкасы жоқ.',
    ru: 'В редакции {edition} нет карточки {card}.',
    en: 'There is no card {card} in edition {edition}.',
  },
  'problem.detail.noCard': { kk: '{card} карточкасы жоқ.', ru: 'Карточки {card} нет.', en: 'There is no card {card}.' },
  'problem.detail.noItemInEdition': {
    kk: '{edition} редакциясында «{item}» элементі жоқ.',
    ru: 'В редакции {edition} нет элемента «{item}».',
    en: 'There is no item "{item}" in edition {edition}.',
  },
  'problem.detail.noEditionKnown': {
    kk: '«{edition}» редакциясы жоқ. Белгілі редакциялар: {known}.',
    ru: 'Редакции «{edition}» нет. Известные редакции: {known}.',
    en: 'There is no edition "{edition}". Known editions: {known}.',
  },
  'problem.detail.noEdition': {
    kk: '«{edition}» редакциясы жоқ.',
    ru: 'Редакции «{edition}» нет.',
    en: 'There is no edition "{edition}".',
  },
  'problem.detail.noEditionLoadedRun': {
    kk: 'Әзірге бірде-бір редакция жүктелмеген; `kasip load` командасын орындаңыз.',
    ru: 'Ни одна редакция ещё не загружена; выполните `kasip load`.',
    en: 'No edition is loaded yet; run `kasip load`.',
  },
  'problem.detail.noEditionLoaded': {
    kk: 'Әзірге бірде-бір редакция жүктелмеген.',
    ru: 'Ни одна редакция ещё не загружена.',
    en: 'No edition is loaded yet.',
  },
  'problem.detail.noStandardLoaded': {
    kk: 'Стандарттың бірде-бір редакциясы әлі жүктелмеген.',
    ru: 'Ни одна редакция стандарта ещё не загружена.',
    en: 'No edition of the standard is loaded yet.',
  },
  'problem.detail.noDraft': { kk: '{draft} жобасы жоқ.', ru: 'Проекта {draft} нет.', en: 'There is no draft {draft}.' },
  'problem.detail.noCertificate': {
    kk: '{number} нөмірлі сертификат жоқ.',
    ru: 'Сертификата с номером {number} нет.',
    en: 'There is no certificate numbered {number}.',
  },
  'problem.detail.invalidFields': {
    kk: 'Сұраудың кейбір өрістері қате.',
    ru: 'Некоторые поля запроса заполнены неверно.',
    en: 'Some fields of the request are invalid.',
  },
  'problem.detail.unreadable': {
    kk: 'Сұрауды оқу мүмкін болмады.',
    ru: 'Не удалось прочитать запрос.',
    en: 'The request could not be read.',
  },
  'problem.detail.notJson': {
    kk: 'Сұрау денесі жарамды JSON емес.',
    ru: 'Тело запроса — не корректный JSON.',
    en: 'The request body is not valid JSON.',
  },
  'problem.detail.bodyNotObject': {
    kk: 'Сұрау денесі JSON нысаны болуы керек.',
    ru: 'Тело запроса должно быть объектом JSON.',
    en: 'The request body must be a JSON object.',
  },
  'problem.detail.bodyAsJson': {
    kk: 'Сұрау денесін JSON ретінде жіберіңіз (Content-Type: application/json).',
    ru: 'Отправьте тело запроса как JSON (Content-Type: application/json).',
    en: 'Send the request body as JSON (Content-Type: application/json).',
  },
  'problem.detail.bodyTooDeep': {
    kk: 'Сұрау денесінің ендірілуі {max} деңгейден терең.',
    ru: 'Вложенность тела запроса глубже {max} уровней.',
    en: 'The request body nests deeper than {max} levels.',
  },
  'problem.detail.jsonRows': {
    kk: 'JSON жауабында ең көбі {max} жол болады, ал бұл тізімде {rows} жол бар; оның орнына кестені сұраңыз: format=csv немесе format=xlsx (командалық жолда --output FILE.csv немесе FILE.xlsx).',
    ru: 'В ответе JSON не больше {max} строк, а в этом списке {rows}; запросите таблицу: format=csv или format=xlsx (в командной строке --output FILE.csv или FILE.xlsx).',
    en: 'A JSON answer has at most {max} rows and this list has {rows}; ask for a table instead: format=csv or format=xlsx (on the command line, --output FILE.csv or FILE.xlsx).',
  },
  'problem.detail.tooManySignIns': {
    kk: 'Жүйеге кіру әрекеттері тым көп сәтсіз болды; күте тұрып, қайталап көріңіз.',
    ru: 'Слишком много неудачных попыток входа; подождите и попробуйте снова.',
    en: 'Too many failed sign-ins; wait and try again.',
  },
  'problem.detail.signIn': { kk: 'Алдымен жүйеге кіріңіз.', ru: 'Сначала войдите в систему.', en: 'Sign in first.' },
  'problem.detail.rolesForbid': {
    kk: 'Рөлдеріңіз {operation} әрекетіне рұқсат бермейді.',
    ru: 'Ваши роли не разрешают {operation}.',
    en: 'Your roles do not allow {operation}.',
  },
  'problem.detail.methodNotAllowed': {
    kk: '{path} мекенжайында {method} әдісіне рұқсат жоқ; {allow} қолданыңыз.',
    ru: 'Метод {method} не разрешён для {path}; используйте {allow}.',
    en: '{method} is not allowed on {path}; use {allow}.',
  },
  'problem.detail.internal': {
    kk: 'Біз жақта қате шықты; сұрау идентификаторы оны журналдан табуға көмектеседі.',
    ru: 'Ошибка на нашей стороне; по идентификатору запроса её можно найти в журнале.',
    en: 'Something went wrong on our side; the request id identifies it in the logs.',
  },
  'problem.detail.notMember': {
    kk: 'Бұл адам ұйымның мүшесі емес.',
    ru: 'Этот человек не состоит в организации.',
    en: 'This person is not a member of the organisation.',
  },
  'problem.detail.invitationUnusable': {
    kk: 'Бұл шақыру сілтемесі белгісіз, пайдаланылған, кері қайтарылған немесе мерзімі өткен.',
    ru: 'Эта ссылка-приглашение неизвестна, уже использована, отозвана или просрочена.',
    en: 'This invitation link is unknown, already used, revoked or expired.',
  },
} as const satisfies Record<`problem.detail.${string}`, Texts>;
