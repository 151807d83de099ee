/**
 * Why a field of a request is invalid: a text for each issue code of the schema library (zod)
 * with its parameters (`zod.*`), and the custom messages that schemas write for the fields users
 * meet most in forms (`validation.*`).
 *
 * Zod has no Kazakh locale, and its English says "expected string, received undefined": these
 * are our own three tables, written for people filling a form, so every language says the same
 * thing the same way. `zodIssueText` is given to the parse as its error map (see
 * src/services/operations/pipeline.ts): the field error keeps an English text from this table,
 * and src/http/problem.ts says it again in the request's language with `restate`. A message that
 * a schema writes itself wins over the map; the `validation.*` keys below carry those texts
 * word for word, so they are said again too. Every English template here starts differently
 * from the others, so a text is read back into exactly one key.
 */
import type { Lang, Texts } from './lang.js';

export const ZOD_MESSAGES = {
  'zod.required': { kk: 'Толтыру міндетті.', ru: 'Обязательное поле.', en: 'Required.' },
  'zod.invalid_type.string': { kk: 'Мәтін күтілген.', ru: 'Ожидается текст.', en: 'Expected text.' },
  'zod.invalid_type.number': { kk: 'Сан күтілген.', ru: 'Ожидается число.', en: 'Expected a number.' },
  'zod.invalid_type.int': { kk: 'Бүтін сан күтілген.', ru: 'Ожидается целое число.', en: 'Expected a whole number.' },
  'zod.invalid_type.boolean': {
    kk: 'Иә немесе жоқ (true/false) күтілген.',
    ru: 'Ожидается да или нет (true/false).',
    en: 'Expected yes or no (true/false).',
  },
  'zod.invalid_type.array': { kk: 'Тізім күтілген.', ru: 'Ожидается список.', en: 'Expected a list.' },
  'zod.invalid_type.object': { kk: 'Нысан (объект) күтілген.', ru: 'Ожидается объект.', en: 'Expected an object.' },
  'zod.invalid_type.date': { kk: 'Күн күтілген.', ru: 'Ожидается дата.', en: 'Expected a date.' },
  'zod.invalid_type': {
    kk: '{expected} түріндегі мән күтілген.',
    ru: 'Ожидается значение типа {expected}.',
    en: 'Expected a value of type {expected}.',
  },
  'zod.too_small.empty': { kk: 'Бос болмауы керек.', ru: 'Не может быть пустым.', en: 'Must not be empty.' },
  'zod.too_small.string': {
    kk: 'Кемінде {minimum} таңба болуы керек.',
    ru: 'Символов должно быть не меньше: {minimum}.',
    en: 'Must be at least {minimum} characters long.',
  },
  'zod.too_small.string.exact': {
    kk: 'Дәл {length} таңба болуы керек.',
    ru: 'Символов должно быть ровно: {length}.',
    en: 'Must be exactly {length} characters long.',
  },
  'zod.too_small.array': {
    kk: 'Кемінде {minimum} элемент болуы керек.',
    ru: 'Элементов должно быть не меньше: {minimum}.',
    en: 'Must have at least {minimum} items.',
  },
  'zod.too_small.array.exact': {
    kk: 'Дәл {length} элемент болуы керек.',
    ru: 'Элементов должно быть ровно: {length}.',
    en: 'Must have exactly {length} items.',
  },
  'zod.too_small.number': {
    kk: 'Ең азы {minimum} болуы керек.',
    ru: 'Значение должно быть не меньше: {minimum}.',
    en: 'Must be {minimum} or more.',
  },
  'zod.too_small.number.exclusive': {
    kk: '{minimum} санынан үлкен болуы керек.',
    ru: 'Значение должно быть больше: {minimum}.',
    en: 'Must be more than {minimum}.',
  },
  'zod.too_small': { kk: 'Мән тым кіші.', ru: 'Значение слишком мало.', en: 'The value is too small.' },
  'zod.too_big.string': {
    kk: 'Ең көбі {maximum} таңба болуы керек.',
    ru: 'Символов должно быть не больше: {maximum}.',
    en: 'Must be at most {maximum} characters long.',
  },
  'zod.too_big.array': {
    kk: 'Ең көбі {maximum} элемент болуы керек.',
    ru: 'Элементов должно быть не больше: {maximum}.',
    en: 'Must have at most {maximum} items.',
  },
  'zod.too_big.number': {
    kk: 'Ең көбі {maximum} болуы керек.',
    ru: 'Значение должно быть не больше: {maximum}.',
    en: 'Must be {maximum} or less.',
  },
  'zod.too_big.number.exclusive': {
    kk: '{maximum} санынан кіші болуы керек.',
    ru: 'Значение должно быть меньше: {maximum}.',
    en: 'Must be less than {maximum}.',
  },
  'zod.too_big': { kk: 'Мән тым үлкен.', ru: 'Значение слишком велико.', en: 'The value is too large.' },
  'zod.invalid_format.email': {
    kk: 'Электрондық пошта мекенжайы дұрыс емес.',
    ru: 'Неверный адрес электронной почты.',
    en: 'Not a valid email address.',
  },
  'zod.invalid_format.url': {
    kk: 'Веб-мекенжай (URL) дұрыс емес.',
    ru: 'Неверный веб-адрес (URL).',
    en: 'Not a valid web address (URL).',
  },
  'zod.invalid_format.uuid': {
    kk: 'Идентификатор (UUID) дұрыс емес.',
    ru: 'Неверный идентификатор (UUID).',
    en: 'Not a valid identifier (UUID).',
  },
  'zod.invalid_format.date': {
    kk: 'Күн ЖЖЖЖ-АА-КК түрінде жазылады.',
    ru: 'Дата пишется как ГГГГ-ММ-ДД.',
    en: 'A date is written YYYY-MM-DD.',
  },
  'zod.invalid_format.datetime': {
    kk: 'Күн мен уақыт ISO 8601 түрінде жазылады.',
    ru: 'Дата и время пишутся в формате ISO 8601.',
    en: 'A date and time is written in ISO 8601.',
  },
  'zod.invalid_format.regex': {
    kk: 'Мәннің жазылу түрі дұрыс емес.',
    ru: 'Значение записано не в том виде.',
    en: 'The value is not written in the expected form.',
  },
  'zod.invalid_format.starts_with': {
    kk: '«{prefix}» деп басталуы керек.',
    ru: 'Должно начинаться с «{prefix}».',
    en: 'Must start with “{prefix}”.',
  },
  'zod.invalid_format.ends_with': {
    kk: '«{suffix}» деп аяқталуы керек.',
    ru: 'Должно заканчиваться на «{suffix}».',
    en: 'Must end with “{suffix}”.',
  },
  'zod.invalid_format.includes': {
    kk: 'Ішінде «{text}» болуы керек.',
    ru: 'Должно содержать «{text}».',
    en: 'Must contain “{text}”.',
  },
  'zod.invalid_format': {
    kk: 'Жазылу түрі дұрыс емес ({format}).',
    ru: 'Неверный формат ({format}).',
    en: 'Not in the expected format ({format}).',
  },
  'zod.invalid_value.one': {
    kk: 'Тек {value} болуы мүмкін.',
    ru: 'Допустимо только {value}.',
    en: 'The only accepted value is {value}.',
  },
  'zod.invalid_value': {
    kk: 'Рұқсат етілген мәндердің бірі күтілген: {values}.',
    ru: 'Ожидается одно из значений: {values}.',
    en: 'Expected one of: {values}.',
  },
  'zod.not_multiple_of': {
    kk: '{divisor} санына еселі болуы керек.',
    ru: 'Должно быть кратно {divisor}.',
    en: 'Must be a multiple of {divisor}.',
  },
  'zod.unrecognized_keys': {
    kk: 'Белгісіз өрістер: {keys}.',
    ru: 'Неизвестные поля: {keys}.',
    en: 'Unknown fields: {keys}.',
  },
  'zod.invalid_key': {
    kk: 'Кілттердің бірі дұрыс емес.',
    ru: 'Один из ключей неверен.',
    en: 'One of the keys is invalid.',
  },
  'zod.invalid_element': {
    kk: 'Мәндердің бірі дұрыс емес.',
    ru: 'Одно из значений неверно.',
    en: 'One of the values is invalid.',
  },
  'zod.invalid_union': {
    kk: 'Мән рұқсат етілген түрлердің ешқайсысына сәйкес келмейді.',
    ru: 'Значение не подходит ни под один из допустимых видов.',
    en: 'The value fits none of the accepted forms.',
  },
  'zod.custom': { kk: 'Мән дұрыс емес.', ru: 'Неверное значение.', en: 'Invalid value.' },
} as const satisfies Record<string, Texts>;

/** The custom messages schemas write for the fields met most in forms, word for word in `en`. */
export const VALIDATION_MESSAGES = {
  'validation.cardCode': {
    kk: 'карточка коды 2635-3-001 сияқты жазылады',
    ru: 'код карточки пишется как 2635-3-001',
    en: 'a card code looks like 2635-3-001',
  },
  'validation.editionId': {
    kk: 'басылым идентификаторы кіші латын әріптерінен, цифрлардан, нүкте мен дефистен тұрады',
    ru: 'идентификатор редакции состоит из строчных латинских букв, цифр, точек и дефисов',
    en: 'an edition id is lower-case letters, digits, dots and hyphens',
  },
  'validation.range': {
    kk: '{field}: ең азы {min}, ең көбі {max}',
    ru: '{field}: от {min} до {max}',
    en: '{field} must be from {min} to {max}',
  },
  'validation.rangeNumber': {
    kk: '{field}: {min} мен {max} аралығындағы сан',
    ru: '{field}: число от {min} до {max}',
    en: '{field} must be a number from {min} to {max}',
  },
  'validation.wholeNumber': {
    kk: '{field}: бүтін сан болуы керек',
    ru: '{field}: должно быть целым числом',
    en: '{field} must be a whole number',
  },
  'validation.rating': {
    kk: 'баға мыналардың бірі: {values}',
    ru: 'оценка — одно из значений: {values}',
    en: 'a rating is one of {values}',
  },
  'validation.days': {
    kk: 'ең азы 1, ең көбі 365 күн',
    ru: 'от 1 до 365 дней',
    en: 'from 1 to 365 days',
  },
  'validation.passwordRequired': { kk: 'құпиясөз міндетті', ru: 'нужен пароль', en: 'password is required' },
  'validation.nameRequired': { kk: 'атауы міндетті', ru: 'нужно название', en: 'name is required' },
  'validation.personNameRequired': { kk: 'аты-жөні міндетті', ru: 'нужно имя', en: 'a name is required' },
  'validation.calendarDate': {
    kk: 'күн ЖЖЖЖ-АА-КК түрінде жазылады және күнтізбеде болуы керек',
    ru: 'дата пишется как ГГГГ-ММ-ДД и должна существовать в календаре',
    en: 'a date is written YYYY-MM-DD and must exist in the calendar',
  },
  'validation.iin.format': { kk: 'ЖСН — 12 цифр', ru: 'ИИН — это 12 цифр', en: 'an IIN is 12 digits' },
  'validation.iin.date': {
    kk: 'ЖСН туған күннен басталмайды',
    ru: 'ИИН не начинается с даты рождения',
    en: 'the IIN does not start with a birth date',
  },
  'validation.iin.checkDigit': {
    kk: 'ЖСН-нің бақылау цифры қате',
    ru: 'неверная контрольная цифра ИИН',
    en: 'the IIN check digit is wrong',
  },
  'validation.yearsNegative': {
    kk: 'жылдар саны теріс бола алмайды',
    ru: 'число лет не может быть отрицательным',
    en: 'years cannot be negative',
  },
  'validation.unstorableText': {
    kk: 'Мәтінде U+0000 немесе жұпсыз суррогат болмауы керек.',
    ru: 'Текст не может содержать U+0000 или непарный суррогат.',
    en: 'Text cannot contain U+0000 or an unpaired surrogate.',
  },
} as const satisfies Record<string, Texts>;

type ZodKey = keyof typeof ZOD_MESSAGES;

/** The parts of a zod issue (raw, in an error map, or final) that choose and fill a text. */
export type IssueLike = {
  code?: string;
  /** Present only in an error map's raw issue: `undefined` there means the field is missing. */
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  exact?: boolean;
  format?: string;
  prefix?: string;
  suffix?: string;
  includes?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  options?: readonly unknown[];
  divisor?: unknown;
};

const SIZED = new Set(['string', 'array', 'set', 'file', 'map']);
const NUMERIC = new Set(['number', 'int', 'bigint']);
const TYPED = new Set(['string', 'number', 'int', 'boolean', 'array', 'object', 'date']);
const FORMATTED = new Set([
  'email',
  'url',
  'uuid',
  'date',
  'datetime',
  'regex',
  'starts_with',
  'ends_with',
  'includes',
]);

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

/** The key and parameters of an issue. Numbers are passed as written, never grouped (`1000`). */
export function issueMessage(issue: IssueLike, raw = false): { key: ZodKey; params: Record<string, string> } {
  const { code } = issue;
  const missing = raw && issue.input === undefined;
  if (missing && (code === 'invalid_type' || code === 'invalid_value' || code === 'invalid_union')) {
    return { key: 'zod.required', params: {} };
  }
  if (code === 'invalid_type') {
    const expected = issue.expected ?? 'unknown';
    return TYPED.has(expected)
      ? { key: `zod.invalid_type.${expected}` as ZodKey, params: {} }
      : { key: 'zod.invalid_type', params: { expected } };
  }
  if (code === 'too_small' || code === 'too_big') return sizeMessage(issue, code);
  if (code === 'invalid_format') {
    const format = issue.format ?? 'regex';
    if (!FORMATTED.has(format)) return { key: 'zod.invalid_format', params: { format } };
    const params: Record<string, string> =
      format === 'starts_with'
        ? { prefix: issue.prefix ?? '' }
        : format === 'ends_with'
          ? { suffix: issue.suffix ?? '' }
          : format === 'includes'
            ? { text: issue.includes ?? '' }
            : {};
    return { key: `zod.invalid_format.${format}` as ZodKey, params };
  }
  if (code === 'invalid_value') {
    const values = issue.values ?? [];
    if (values.length === 1) return { key: 'zod.invalid_value.one', params: { value: show(values[0]) } };
    return { key: 'zod.invalid_value', params: { values: values.map(show).join(', ') } };
  }
  if (code === 'invalid_union' && issue.options && issue.options.length > 0) {
    return { key: 'zod.invalid_value', params: { values: issue.options.map(show).join(', ') } };
  }
  if (code === 'unrecognized_keys')
    return { key: 'zod.unrecognized_keys', params: { keys: (issue.keys ?? []).join(', ') } };
  if (code === 'not_multiple_of') return { key: 'zod.not_multiple_of', params: { divisor: String(issue.divisor) } };
  if (code === 'invalid_key' || code === 'invalid_element' || code === 'invalid_union') {
    return { key: `zod.${code}`, params: {} };
  }
  return { key: 'zod.custom', params: {} };
}

function sizeMessage(issue: IssueLike, code: 'too_small' | 'too_big'): { key: ZodKey; params: Record<string, string> } {
  const origin = issue.origin ?? '';
  const bound = String(code === 'too_small' ? issue.minimum : issue.maximum);
  const unit = origin === 'string' ? 'string' : SIZED.has(origin) ? 'array' : NUMERIC.has(origin) ? 'number' : null;
  if (unit === null) return { key: `zod.${code}`, params: {} };
  if (unit !== 'number' && issue.exact) return { key: `zod.too_small.${unit}.exact`, params: { length: bound } };
  if (code === 'too_small') {
    if (unit !== 'number' && bound === '1') return { key: 'zod.too_small.empty', params: {} };
    if (unit === 'number') {
      return issue.inclusive === false
        ? { key: 'zod.too_small.number.exclusive', params: { minimum: bound } }
        : { key: 'zod.too_small.number', params: { minimum: bound } };
    }
    return { key: `zod.too_small.${unit}`, params: { minimum: bound } };
  }
  if (unit === 'number' && issue.inclusive === false) {
    return { key: 'zod.too_big.number.exclusive', params: { maximum: bound } };
  }
  return { key: `zod.too_big.${unit}`, params: { maximum: bound } };
}

/** The text of an issue in `lang`; `raw` when it comes from an error map (so a missing field reads "Required"). */
export function zodIssueText(lang: Lang, issue: IssueLike, raw = false): string {
  const { key, params } = issueMessage(issue, raw);
  const template: string = ZOD_MESSAGES[key][lang];
  return template.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** The error map a parse takes (`schema.safeParse(x, { error: englishIssueMap })`). */
export const englishIssueMap = (issue: IssueLike): string => zodIssueText('en', issue, true);
