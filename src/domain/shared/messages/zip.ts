/**
 * Why an uploaded workbook or zip archive is refused before it is inflated
 * (src/importer/zip-bounds.ts): the reasons a file is not a readable archive, and the two
 * bounds. The importers that wrap these in their own kk/ru/en sentence take the reason in
 * each language (it used to be English inside the Kazakh and Russian sentences).
 */
import type { Texts } from './lang.js';

export const ZIP_MESSAGES = {
  'zip.reason.notZip': { kk: 'бұл zip мұрағаты емес', ru: 'это не zip-архив', en: 'it is not a zip archive' },
  'zip.reason.empty': { kk: 'мұрағат бос', ru: 'архив пуст', en: 'the archive is empty' },
  'zip.reason.damagedToc': {
    kk: 'оның мазмұны бүлінген',
    ru: 'его оглавление повреждено',
    en: 'its table of contents is damaged',
  },
  'zip.reason.partsMismatch': {
    kk: 'оның бөліктері мазмұнына сәйкес келмейді',
    ru: 'его части не соответствуют оглавлению',
    en: 'its parts do not match its table of contents',
  },
  'zip.reason.cutShort': { kk: 'бір бөлігі үзіліп қалған', ru: 'одна из частей обрезана', en: 'a part is cut short' },
  'zip.reason.inflatesMore': {
    kk: 'бір бөлігі мәлімделгеннен үлкен болып ашылады немесе бүлінген',
    ru: 'одна из частей распаковывается в больший объём, чем заявлено, или повреждена',
    en: 'a part unpacks to more than it declares, or is damaged',
  },
  'zip.reason.packing': {
    kk: 'бір бөлігі жұмыс кітаптарына тән емес тәсілмен қысылған',
    ru: 'одна из частей упакована способом, не используемым в книгах',
    en: 'a part is packed in a way workbooks are not',
  },
  'zip.reason.extraData': {
    kk: 'онда мазмұнында көрсетілмеген деректер бар',
    ru: 'в нём есть данные, которых нет в оглавлении',
    en: 'it holds data its table of contents does not list',
  },
  'zip.reason.largerThan': { kk: '{mb} МБ-тан үлкен', ru: 'больше {mb} МБ', en: 'larger than {mb} MB' },
  'zip.notWorkbook': {
    kk: 'Файл оқылатын XLSX жұмыс кітабы емес: {reason}.',
    ru: 'Файл не является читаемой книгой XLSX: {reason}.',
    en: 'The file is not a readable XLSX workbook: {reason}.',
  },
  'zip.tooManyParts': {
    kk: 'Жұмыс кітабының бөліктері тым көп; ең көбі {max} бөлік оқылады.',
    ru: 'В книге слишком много частей; читается не больше {max}.',
    en: 'The workbook has too many parts; at most {max} are read.',
  },
  'zip.tooLarge': {
    kk: 'Жұмыс кітабы ашылғанда {mb} МБ-тан асады; оны кішірек файлдарға бөліңіз.',
    ru: 'Книга распаковывается больше чем в {mb} МБ; разделите её на файлы поменьше.',
    en: 'The workbook unpacks to more than {mb} MB; split it into smaller files.',
  },
} as const satisfies Record<`zip.${string}`, Texts>;
