/**
 * What the workbench's XLSX template reader says about a workbook (`import.xlsx.*`):
 * src/importer/standard/xlsx-template-messages.ts fills these for each problem it finds.
 */
import type { Texts } from './lang.js';

export const IMPORT_XLSX_MESSAGES = {
  'import.xlsx.notWorkbook': {
    kk: 'Файл оқылатын XLSX жұмыс кітабы емес ({why}).',
    ru: 'Файл не является читаемой книгой XLSX ({why}).',
    en: 'The file is not a readable XLSX workbook ({why}).',
  },
  'import.xlsx.missingSheet': {
    kk: '«{sheet}» парағы жоқ.',
    ru: 'Нет листа «{sheet}».',
    en: 'The sheet “{sheet}” is missing.',
  },
  'import.xlsx.noCards': {
    kk: 'Жұмыс кітабында бірде-бір карта парағы жоқ.',
    ru: 'В книге нет ни одного листа карточки.',
    en: 'The workbook has no card sheet.',
  },
  'import.xlsx.emptyCardSheet': {
    kk: 'Бос карта парағы өткізіліп жіберілді.',
    ru: 'Пустой лист карточки пропущен.',
    en: 'An empty card sheet was skipped.',
  },
  'import.xlsx.unknownRowType': {
    kk: 'Белгісіз жол түрі «{value}»: тізімнен таңдаңыз.',
    ru: 'Неизвестный тип строки «{value}»: выберите из списка.',
    en: 'Unknown row type “{value}”: pick one from the list.',
  },
  'import.xlsx.required': {
    kk: 'Міндетті ұяшық бос: {what}.',
    ru: 'Обязательная ячейка пуста: {what}.',
    en: 'A required cell is blank: {what}.',
  },
  'import.xlsx.missingRow': {
    kk: 'Картада «{what}» жолы жоқ.',
    ru: 'В карточке нет строки «{what}».',
    en: 'The card has no “{what}” row.',
  },
  'import.xlsx.repeatedRow': {
    kk: '«{what}» жолы картада бір-ақ рет болады.',
    ru: 'Строка «{what}» бывает в карточке один раз.',
    en: 'The row “{what}” appears once per card.',
  },
  'import.xlsx.unknownValue': {
    kk: 'Белгісіз мән «{value}»; болуы мүмкін: {allowed}.',
    ru: 'Неизвестное значение «{value}»; возможные: {allowed}.',
    en: 'Unknown value “{value}”; allowed: {allowed}.',
  },
  'import.xlsx.badCode': {
    kk: 'Кәсіп коды «{value}» 2635-3-001 түрінде болуы керек.',
    ru: 'Код профессии «{value}» должен иметь вид 2635-3-001.',
    en: 'The profession code “{value}” must look like 2635-3-001.',
  },
  'import.xlsx.badNumber': {
    kk: '«{value}» {min}–{max} аралығындағы сан болуы керек.',
    ru: '«{value}» должно быть числом от {min} до {max}.',
    en: '“{value}” must be a number from {min} to {max}.',
  },
  'import.xlsx.badDate': {
    kk: '«{value}» күн емес (ЖЖЖЖ-АА-КК).',
    ru: '«{value}» не дата (ГГГГ-ММ-ДД).',
    en: '“{value}” is not a date (YYYY-MM-DD).',
  },
  'import.xlsx.badId': {
    kk: 'id «{value}» тек кіші әріптерден, сандардан, нүкте мен сызықшадан тұрады.',
    ru: 'id «{value}» состоит только из строчных букв, цифр, точек и дефисов.',
    en: 'The id “{value}” may hold only lower-case letters, digits, dots and hyphens.',
  },
  'import.xlsx.duplicateId': {
    kk: 'id «{value}» қайталанады (алғашқысы: {first}).',
    ru: 'id «{value}» повторяется (впервые: {first}).',
    en: 'The id “{value}” is used twice (first at {first}).',
  },
  'import.xlsx.orphan': {
    kk: '«{row}» жолының үстінде «{parent}» жолы жоқ.',
    ru: 'Над строкой «{row}» нет строки «{parent}».',
    en: 'The “{row}” row has no “{parent}” row above it.',
  },
  'import.xlsx.childless': {
    kk: '«{row}» жолынан кейін кемінде бір «{child}» жолы керек.',
    ru: 'После строки «{row}» нужна хотя бы одна строка «{child}».',
    en: 'The “{row}” row needs at least one “{child}” row below it.',
  },
  'import.xlsx.orderBlank': {
    kk: 'Бұйрықтың нөмірі мен күндері бос: олар жариялау кезінде беріледі.',
    ru: 'Номер и даты приказа пусты: они задаются при публикации.',
    en: 'The order number and dates are blank: they are given when publishing.',
  },
  'import.xlsx.badCardRef': {
    kk: '«{value}» карта сілтемесі емес (2635-3-001/5).',
    ru: '«{value}» не ссылка на карточку (2635-3-001/5).',
    en: '“{value}” is not a card reference (2635-3-001/5).',
  },
  'import.xlsx.invalid': {
    kk: 'Стандарт жарамсыз: {detail}',
    ru: 'Стандарт недействителен: {detail}',
    en: 'The standard is invalid: {detail}',
  },
} as const satisfies Record<`import.xlsx.${string}`, Texts>;
