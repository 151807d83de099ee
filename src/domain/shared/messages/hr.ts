/**
 * The staff register's problems with a record or an imported file (src/domain/hr/messages.ts
 * says them as sentences after a field label), in kk, ru and en. Lower case, so a text also
 * follows a field label. Messages never repeat an IIN (personal data must not reach logs or
 * reports); `{name}` is a value the caller shortens.
 */
import type { StaffDateProblem } from '../../hr/staff-record.js';
import type { Texts } from './lang.js';

const DATE_PROBLEMS = {
  'position-before-birth': {
    kk: 'лауазымға тағайындалған күн туған күннен бұрын тұр.',
    ru: 'дата назначения на должность раньше даты рождения.',
    en: 'the appointment date is before the date of birth.',
  },
  'education-before-birth': {
    kk: 'оқу бітірген жыл туған жылдан бұрын тұр.',
    ru: 'год окончания учёбы раньше года рождения.',
    en: 'the graduation year is before the year of birth.',
  },
  'period-ends-before-start': {
    kk: 'кезеңнің аяқталу күні басталу күнінен бұрын тұр.',
    ru: 'период заканчивается раньше, чем начинается.',
    en: 'the period ends before it starts.',
  },
  'period-in-future': {
    kk: 'кезең әлі келмеген күнге жазылған: еңбек өтіліне тек өткен уақыт жазылады.',
    ru: 'период приходится на будущее: в стаж записывается только отработанное время.',
    en: 'the period lies in the future: experience is only time already worked.',
  },
  'period-before-birth': {
    kk: 'кезең туған күннен бұрын басталады.',
    ru: 'период начинается раньше даты рождения.',
    en: 'the period starts before the date of birth.',
  },
  'periods-overlap': {
    kk: 'бұл кезең {other}-жолдағы кезеңмен қабаттасады.',
    ru: 'этот период пересекается с периодом в строке {other}.',
    en: 'this period overlaps the period on line {other}.',
  },
  'position-in-future': {
    kk: 'лауазымға тағайындалған күн әлі келген жоқ.',
    ru: 'дата назначения на должность ещё не наступила.',
    en: 'the appointment date is in the future.',
  },
} satisfies Record<StaffDateProblem, Texts>;

const VALUE_PROBLEMS = {
  'value-required': { kk: 'толтыру міндетті.', ru: 'обязательно для заполнения.', en: 'this is required.' },
  'value-invalid': { kk: 'мән дұрыс емес.', ru: 'недопустимое значение.', en: 'this value is not valid.' },
  'too-long': {
    kk: 'мәтін тым ұзын: ең көбі {max} таңба.',
    ru: 'слишком длинный текст: не более {max} символов.',
    en: 'the text is too long: {max} characters at most.',
  },
  'name-length': {
    kk: 'аты-жөні 2-ден 200 таңбаға дейін болуы керек.',
    ru: 'ФИО должно содержать от 2 до 200 символов.',
    en: 'a name has 2 to 200 characters.',
  },
  'iin-format': { kk: 'ЖСН 12 цифрдан тұрады.', ru: 'ИИН состоит из 12 цифр.', en: 'an IIN has 12 digits.' },
  'iin-date': {
    kk: 'ЖСН-нің алғашқы алты цифры туған күн болуы керек (ЖЖААКК).',
    ru: 'первые шесть цифр ИИН должны быть датой рождения (ГГММДД).',
    en: 'the first six digits of an IIN are the date of birth (YYMMDD).',
  },
  'iin-check-digit': {
    kk: 'ЖСН-нің бақылау цифры сәйкес келмейді: нөмірде қате бар болуы мүмкін.',
    ru: 'контрольная цифра ИИН не сходится: возможно, в номере ошибка.',
    en: 'the IIN check digit is wrong: the number may have a typo.',
  },
  'iin-birth-mismatch': {
    kk: 'ЖСН туған күнге сәйкес келмейді.',
    ru: 'ИИН не соответствует дате рождения.',
    en: 'the IIN does not match the date of birth.',
  },
  'date-invalid': {
    kk: '«{value}» — күн емес немесе күнтізбеде мұндай күн жоқ. Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы, 01.09.2015.',
    ru: '«{value}» — не дата или такой даты нет в календаре. Пишите дату как ДД.ММ.ГГГГ, например 01.09.2015.',
    en: '“{value}” is not a date or does not exist in the calendar. Write dates as DD.MM.YYYY, e.g. 01.09.2015.',
  },
  'email-invalid': {
    kk: 'электрондық пошта мекенжайы қате жазылған.',
    ru: 'адрес электронной почты записан неверно.',
    en: 'the email address is not valid.',
  },
  'phone-invalid': {
    kk: 'телефон нөмірі цифрлардан, бос орындардан, жақшалар мен сызықшалардан тұрады.',
    ru: 'номер телефона состоит из цифр, пробелов, скобок и дефисов.',
    en: 'a phone number has digits, spaces, brackets and dashes.',
  },
  'card-code-invalid': {
    kk: '«{value}» карточка кодына ұқсамайды: код 2635-3-001 түрінде жазылады.',
    ru: '«{value}» не похоже на код карточки: код записывается как 2635-3-001.',
    en: '“{value}” is not a card code: a code looks like 2635-3-001.',
  },
  'level-invalid': {
    kk: 'біліктілік деңгейі 1-ден 8-ге дейінгі бүтін санмен жазылады.',
    ru: 'уровень квалификации — целое число от 1 до 8.',
    en: 'a qualification level is a whole number from 1 to 8.',
  },
  'year-invalid': {
    kk: '«{value}» — жыл емес: бітірген жыл 1940 бен 2100 аралығындағы төрт цифрмен жазылады.',
    ru: '«{value}» — не год: год окончания — четыре цифры от 1940 до 2100.',
    en: '“{value}” is not a year: a graduation year is four digits from 1940 to 2100.',
  },
  'education-level-unknown': {
    kk: '«{value}» деген білім деңгейі танылмады. Мыналардың бірін жазыңыз: {allowed}.',
    ru: 'уровень образования «{value}» не распознан. Укажите один из: {allowed}.',
    en: '“{value}” is not a known education level. Write one of: {allowed}.',
  },
  'education-field-unknown': {
    kk: '«{value}» деген білім саласы танылмады. Мыналардың бірін жазыңыз: {allowed}.',
    ru: 'направление образования «{value}» не распознано. Укажите одно из: {allowed}.',
    en: '“{value}” is not a known field of education. Write one of: {allowed}.',
  },
  'category-unknown': {
    kk: '«{value}» деген санат танылмады. Мыналардың бірін жазыңыз: {allowed}.',
    ru: 'категория «{value}» не распознана. Укажите одну из: {allowed}.',
    en: '“{value}” is not a known category. Write one of: {allowed}.',
  },
  'leave-kind-unknown': {
    kk: '«{value}» деген демалыс түрі танылмады. Мыналардың бірін жазыңыз: {allowed}.',
    ru: 'вид отпуска «{value}» не распознан. Укажите один из: {allowed}.',
    en: '“{value}” is not a known kind of leave. Write one of: {allowed}.',
  },
  'certificate-unknown': {
    kk: '«{value}» деген сертификат танылмады. Жазуға болатыны: {allowed}; сертификат жоқ болса, ұяшықты бос қалдырыңыз.',
    ru: 'сертификат «{value}» не распознан. Можно указать: {allowed}; если сертификата нет, оставьте ячейку пустой.',
    en: '“{value}” is not a known certificate. Write: {allowed}; leave the cell empty when there is none.',
  },
  'period-format': {
    kk: '«{value}» кезеңі оқылмады. Былай жазыңыз: «{example}»; кезең әлі аяқталмаса, екінші күнді жазбаңыз.',
    ru: 'период «{value}» не прочитан. Пишите так: «{example}»; если период не закончился, вторую дату не указывайте.',
    en: 'the period “{value}” cannot be read. Write it like “{example}”; leave out the second date while it lasts.',
  },
  'too-many-periods': {
    kk: 'кезеңдер тым көп: ең көбі {max}.',
    ru: 'слишком много периодов: не более {max}.',
    en: 'too many periods: {max} at most.',
  },
} satisfies Record<string, Texts>;

const FILE_PROBLEMS = {
  'column-missing': {
    kk: 'файлда міндетті «{column}» бағаны жоқ.',
    ru: 'в файле нет обязательного столбца «{column}».',
    en: 'the file has no “{column}” column, which is required.',
  },
  'column-twice': {
    kk: '«{column}» бағаны файлда екі рет кездеседі; біріншісі ғана оқылады.',
    ru: 'столбец «{column}» встречается в файле дважды; читается только первый.',
    en: 'the “{column}” column appears twice in the file; only the first is read.',
  },
  'personnel-no-duplicate': {
    kk: 'бұл табель нөмірі файлдың {row}-жолында бұрын кездескен.',
    ru: 'этот табельный номер уже встречается в файле в строке {row}.',
    en: 'this personnel number already appears on row {row} of the file.',
  },
  'card-not-in-edition': {
    kk: 'стандарттың қолданыстағы редакциясында {code} карточкасының {level}-деңгейі жоқ.',
    ru: 'в действующей редакции стандарта нет карточки {code} уровня {level}.',
    en: 'the current edition of the standard has no card {code} at level {level}.',
  },
  'file-empty': {
    kk: 'файлда тақырып жолынан кейін бірде-бір жол жоқ.',
    ru: 'в файле нет ни одной строки после заголовка.',
    en: 'the file has no rows after the header.',
  },
  'too-many-rows': {
    kk: 'файлда жол тым көп: бір рет ең көбі {max} жол оқылады.',
    ru: 'в файле слишком много строк: за один раз читается не более {max}.',
    en: 'the file has too many rows: at most {max} are read at once.',
  },
} satisfies Record<string, Texts>;

export const HR_PROBLEMS = { ...DATE_PROBLEMS, ...VALUE_PROBLEMS, ...FILE_PROBLEMS };

/** `hr.<code>`, for the one catalogue. */
export const HR_MESSAGES = Object.fromEntries(
  Object.entries(HR_PROBLEMS).map(([code, texts]) => [`hr.${code}`, texts]),
) as Record<`hr.${keyof typeof HR_PROBLEMS}`, Texts>;
