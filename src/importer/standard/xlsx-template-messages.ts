/**
 * What the template reader says, in kk, ru and en: one function per kind of problem, so the
 * three languages of a message are written side by side and cannot drift apart.
 */
import type { ImportMessage } from '../../domain/workbench/imported-standard.js';

const m = (kk: string, ru: string, en: string): ImportMessage => ({ kk, ru, en });

export const MSG = {
  /** `why` in each language when it is known (zip-bounds.ts), else one text (a library's English). */
  notWorkbook: (why: string | ImportMessage) => {
    const w = typeof why === 'string' ? { kk: why, ru: why, en: why } : why;
    return m(
      `Файл оқылатын XLSX жұмыс кітабы емес (${w.kk}).`,
      `Файл не является читаемой книгой XLSX (${w.ru}).`,
      `The file is not a readable XLSX workbook (${w.en}).`,
    );
  },
  missingSheet: (name: string) => m(`«${name}» парағы жоқ.`, `Нет листа «${name}».`, `The sheet “${name}” is missing.`),
  noCards: () =>
    m(
      'Жұмыс кітабында бірде-бір карта парағы жоқ.',
      'В книге нет ни одного листа карточки.',
      'The workbook has no card sheet.',
    ),
  emptyCardSheet: () =>
    m('Бос карта парағы өткізіліп жіберілді.', 'Пустой лист карточки пропущен.', 'An empty card sheet was skipped.'),
  unknownRowType: (value: string) =>
    m(
      `Белгісіз жол түрі «${value}»: тізімнен таңдаңыз.`,
      `Неизвестный тип строки «${value}»: выберите из списка.`,
      `Unknown row type “${value}”: pick one from the list.`,
    ),
  required: (what: string) =>
    m(`Міндетті ұяшық бос: ${what}.`, `Обязательная ячейка пуста: ${what}.`, `A required cell is blank: ${what}.`),
  missingRow: (what: string) =>
    m(`Картада «${what}» жолы жоқ.`, `В карточке нет строки «${what}».`, `The card has no “${what}” row.`),
  repeatedRow: (what: string) =>
    m(
      `«${what}» жолы картада бір-ақ рет болады.`,
      `Строка «${what}» бывает в карточке один раз.`,
      `The row “${what}” appears once per card.`,
    ),
  unknownValue: (value: string, allowed: string[]) =>
    m(
      `Белгісіз мән «${value}»; болуы мүмкін: ${allowed.join(', ')}.`,
      `Неизвестное значение «${value}»; возможные: ${allowed.join(', ')}.`,
      `Unknown value “${value}”; allowed: ${allowed.join(', ')}.`,
    ),
  badCode: (value: string) =>
    m(
      `Кәсіп коды «${value}» 2635-3-001 түрінде болуы керек.`,
      `Код профессии «${value}» должен иметь вид 2635-3-001.`,
      `The profession code “${value}” must look like 2635-3-001.`,
    ),
  badNumber: (value: string, min: number, max: number) =>
    m(
      `«${value}» ${min}–${max} аралығындағы сан болуы керек.`,
      `«${value}» должно быть числом от ${min} до ${max}.`,
      `“${value}” must be a number from ${min} to ${max}.`,
    ),
  badDate: (value: string) =>
    m(
      `«${value}» күн емес (ЖЖЖЖ-АА-КК).`,
      `«${value}» не дата (ГГГГ-ММ-ДД).`,
      `“${value}” is not a date (YYYY-MM-DD).`,
    ),
  badId: (value: string) =>
    m(
      `id «${value}» тек кіші әріптерден, сандардан, нүкте мен сызықшадан тұрады.`,
      `id «${value}» состоит только из строчных букв, цифр, точек и дефисов.`,
      `The id “${value}” may hold only lower-case letters, digits, dots and hyphens.`,
    ),
  duplicateId: (value: string, first: string) =>
    m(
      `id «${value}» қайталанады (алғашқысы: ${first}).`,
      `id «${value}» повторяется (впервые: ${first}).`,
      `The id “${value}” is used twice (first at ${first}).`,
    ),
  orphan: (row: string, parent: string) =>
    m(
      `«${row}» жолының үстінде «${parent}» жолы жоқ.`,
      `Над строкой «${row}» нет строки «${parent}».`,
      `The “${row}” row has no “${parent}” row above it.`,
    ),
  childless: (row: string, child: string) =>
    m(
      `«${row}» жолынан кейін кемінде бір «${child}» жолы керек.`,
      `После строки «${row}» нужна хотя бы одна строка «${child}».`,
      `The “${row}” row needs at least one “${child}” row below it.`,
    ),
  orderBlank: () =>
    m(
      'Бұйрықтың нөмірі мен күндері бос: олар жариялау кезінде беріледі.',
      'Номер и даты приказа пусты: они задаются при публикации.',
      'The order number and dates are blank: they are given when publishing.',
    ),
  badCardRef: (value: string) =>
    m(
      `«${value}» карта сілтемесі емес (2635-3-001/5).`,
      `«${value}» не ссылка на карточку (2635-3-001/5).`,
      `“${value}” is not a card reference (2635-3-001/5).`,
    ),
  invalid: (detail: string) =>
    m(`Стандарт жарамсыз: ${detail}`, `Стандарт недействителен: ${detail}`, `The standard is invalid: ${detail}`),
};
