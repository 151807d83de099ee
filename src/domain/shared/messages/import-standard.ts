/**
 * What the CASE package reader (`import.case.*`, src/importer/standard/case-package.ts) and the
 * CSV bundle reader (`import.csv.*`, src/importer/standard/csv-bundle.ts) say about an uploaded
 * standard. Filled with `messagesWith`, since some parameters differ by language.
 *
 * A few English sentences carry a detail the Kazakh and Russian ones never had (a library's own
 * English error, the list of CASE item types, the kind of parent expected). That parameter is
 * given with `englishOnly(...)`: empty in kk and ru, so every language keeps the same
 * `{params}` and the texts stay exactly what the readers wrote before.
 */
import type { Texts } from './lang.js';

/** A parameter only the English sentence says; kk and ru get nothing in its place. */
export const englishOnly = (en: string): Texts => ({ kk: '', ru: '', en });

export const IMPORT_CASE_MESSAGES = {
  'import.case.invalidValue': {
    kk: 'Мән дұрыс емес: {detail}',
    ru: 'Неверное значение: {detail}',
    en: 'Invalid value: {detail}',
  },
  'import.case.notJson': { kk: 'Файл JSON емес.', ru: 'Файл не является JSON.', en: 'The file is not JSON.' },
  'import.case.noDocument': {
    kk: 'Бұл CASE CFPackage емес: CFDocument жоқ.',
    ru: 'Это не CASE CFPackage: нет CFDocument.',
    en: 'This is not a CASE CFPackage: it has no CFDocument.',
  },
  'import.case.unreadable': {
    kk: 'Пакетті оқу мүмкін болмады{error}.',
    ru: 'Не удалось прочитать пакет{error}.',
    en: 'The package could not be read{error}.',
  },
  'import.case.notList': {
    kk: '{key} тізім болуы керек.',
    ru: '{key} должен быть списком.',
    en: '{key} must be a list.',
  },
  'import.case.tooMany': {
    kk: '{key} тым көп: {count} (ең көбі {max}).',
    ru: 'Слишком много {key}: {count} (не больше {max}).',
    en: 'Too many {key}: {count} (at most {max}).',
  },
  'import.case.identifierTwice': {
    kk: 'Бұл identifier қайталанады.',
    ru: 'Этот identifier повторяется.',
    en: 'This identifier appears twice.',
  },
  'import.case.unknownType': {
    kk: 'Элемент түрі белгісіз: «{type}»{allowed}.',
    ru: 'Неизвестный тип элемента: «{type}»{allowed}.',
    en: 'Unknown item type "{type}"{allowed}.',
  },
  'import.case.idTwice': {
    kk: '«{id}» id-і қайталанады.',
    ru: 'Id «{id}» повторяется.',
    en: 'The id "{id}" appears twice.',
  },
  'import.case.cardCoding': {
    kk: 'Карточканың коды мен деңгейі humanCodingScheme-де болуы керек, мысалы 2635-3-001.5.',
    ru: 'Код и уровень карточки должны быть в humanCodingScheme, например 2635-3-001.5.',
    en: 'A card needs its code and level in humanCodingScheme, e.g. 2635-3-001.5.',
  },
  'import.case.needsExtension': {
    kk: '«{kind}» түрін Kasip кеңейтусіз (extensions.kasip) оқу мүмкін емес.',
    ru: 'Тип «{kind}» нельзя прочитать без расширения Kasip (extensions.kasip).',
    en: 'A "{kind}" cannot be read without the Kasip extension (extensions.kasip).',
  },
  'import.case.termNeedsExtension': {
    kk: '«{kind}» түрін Kasip кеңейтусіз (extensions.kasip) оқу мүмкін емес.',
    ru: 'Тип «{kind}» нельзя прочитать без расширения Kasip (extensions.kasip).',
    en: 'A "{kind}" cannot be read without the Kasip extension (extensions.kasip) or a definition in notes.',
  },
  'import.case.associationFromMissing': {
    kk: 'Бұл байланыс пакетте жоқ элементтен шығады.',
    ru: 'Связь идёт от элемента, которого нет в пакете.',
    en: 'The association starts at an item that is not in the package.',
  },
  'import.case.parentMissing': {
    kk: 'Ата-элемент пакетте жоқ.',
    ru: 'Родительского элемента нет в пакете.',
    en: 'The parent item is not in the package.',
  },
  'import.case.twoParents': {
    kk: 'Элементтің екі ата-элементі бар.',
    ru: 'У элемента два родителя.',
    en: 'The item has two parents (isChildOf twice).',
  },
  'import.case.noParent': {
    kk: 'Элементтің ата-элементі жоқ (isChildOf).',
    ru: 'У элемента нет родителя (isChildOf).',
    en: 'The item has no parent (isChildOf).',
  },
  'import.case.cannotStand': {
    kk: '«{kind}» бұл жерде тұра алмайды{parent}.',
    ru: '«{kind}» не может стоять здесь{parent}.',
    en: 'A "{kind}" cannot be the child of {parent}.',
  },
  'import.case.cycle': {
    kk: 'isChildOf тізбегі тұйықталады.',
    ru: 'Цепочка isChildOf замкнута в цикл.',
    en: 'The isChildOf chain loops back on itself.',
  },
  'import.case.noExtension': {
    kk: 'Пакетте Kasip кеңейтуі жоқ: бұйрықтың деректерін (нөмірі, күні, тіркеу) жобада толтырыңыз.',
    ru: 'В пакете нет расширения Kasip: заполните данные приказа (номер, дата, регистрация) в черновике.',
    en: 'The package has no Kasip extension: fill in the order (number, date, registration) in the draft.',
  },
  'import.case.incomplete': {
    kk: '«{id}» элементінің деректері толық емес ({where}): {detail}',
    ru: 'Данные элемента «{id}» неполны ({where}): {detail}',
    en: 'The data of "{id}" is incomplete at {where}: {detail}',
  },
  'import.case.itemUnassembled': {
    kk: 'Элементті құрастыру мүмкін болмады.{error}',
    ru: 'Не удалось собрать элемент.{error}',
    en: 'The item could not be assembled: {error}',
  },
  'import.case.editionUnassembled': {
    kk: 'Басылымды құрастыру мүмкін болмады.{error}',
    ru: 'Не удалось собрать издание.{error}',
    en: 'The edition could not be assembled: {error}',
  },
} as const satisfies Record<`import.case.${string}`, Texts>;

export const IMPORT_CSV_MESSAGES = {
  'import.csv.notUtf8': {
    kk: 'Файл UTF-8 кодтауында емес. Оны CSV UTF-8 ретінде сақтаңыз.',
    ru: 'Файл не в кодировке UTF-8. Сохраните его как CSV UTF-8.',
    en: 'The file is not UTF-8 text. Save it as CSV UTF-8.',
  },
  /** `{reason}` is the zip check's reason in each language; the reader trims the sentence. */
  'import.csv.zipUnreadable': {
    kk: 'Zip мұрағаты оқылмады. {reason}',
    ru: 'Не удалось прочитать zip-архив. {reason}',
    en: 'The zip archive cannot be read. {reason}',
  },
  'import.csv.skippedFile': {
    kk: 'Бұл файл оқылмайды: күтілетіндер {files}.',
    ru: 'Этот файл не читается: ожидаются {files}.',
    en: 'This file is skipped: a bundle holds {files}.',
  },
  'import.csv.tooManyRows': {
    kk: 'Файлда {max} жолдан көп. Оны бөліңіз.',
    ru: 'В файле больше {max} строк. Разделите его.',
    en: 'The file has more than {max} rows. Split it.',
  },
  'import.csv.unknownColumn': {
    kk: '«{column}» бағаны белгісіз, ол оқылмайды.',
    ru: 'Столбец «{column}» неизвестен и не читается.',
    en: 'The column "{column}" is not part of the layout and is skipped.',
  },
  'import.csv.cellRequired': {
    kk: 'Бұл ұяшық толтырылуы керек.',
    ru: 'Эта ячейка обязательна.',
    en: 'This cell must be filled in.',
  },
  'import.csv.missingColumn': {
    kk: '«{column}» бағаны жоқ.',
    ru: 'Нет столбца «{column}».',
    en: 'The column "{column}" is missing.',
  },
  'import.csv.badValue': {
    kk: '«{column}»: мәні жарамсыз ({detail}).',
    ru: '«{column}»: недопустимое значение ({detail}).',
    en: '"{column}": {detail}.',
  },
  'import.csv.position': {
    kk: 'Орны бүтін сан болуы керек.',
    ru: 'Позиция должна быть целым числом.',
    en: 'The position must be a whole number.',
  },
  'import.csv.idTwice': {
    kk: '«{id}» идентификаторы қайталанады ({file}, {row}-жол).',
    ru: 'Идентификатор «{id}» повторяется ({file}, строка {row}).',
    en: 'The id "{id}" is used twice (also {file}, row {row}).',
  },
  'import.csv.noParentAllowed': {
    kk: 'Бұл жазбаның ата-жазбасы болмайды: parent_id бос қалуы керек.',
    ru: 'У этой записи нет родителя: parent_id должен быть пустым.',
    en: 'This kind of item has no parent: leave parent_id empty.',
  },
  /** `{wanted}` is the English kinds in every language, as the reader always wrote them. */
  'import.csv.badParent': {
    kk: 'parent_id бумадағы бар жазбаны атауы керек ({wanted}){notOne}.',
    ru: 'parent_id должен называть существующую запись пакета ({wanted}){notOne}.',
    en: 'parent_id must name a {wanted} of the bundle{notOne}.',
  },
  'import.csv.noEditionFile': {
    kk: 'edition.csv жоқ: бұйрық деректері жариялау кезінде толтырылады.',
    ru: 'Нет edition.csv: данные приказа будут заполнены при публикации.',
    en: 'There is no edition.csv: the order details are filled in when the draft is published.',
  },
  'import.csv.unknownFile': {
    kk: 'Бұл CSV қай файл екені анықталмады: тақырып жолы бума үлгісіне сәйкес емес.',
    ru: 'Не удалось понять, какой это файл пакета: заголовок не совпадает с шаблоном.',
    en: 'This CSV is none of the bundle’s files: its header does not match the layout.',
  },
  'import.csv.notWhole': {
    kk: 'Бумадан стандарт құрастырылмады (мысалы, талаптар тобында талап жоқ). {detail}',
    ru: 'Не удалось собрать стандарт из пакета (например, в группе требований нет требований). {detail}',
    en: 'The bundle does not make a whole standard (a requirement group without requirements, say). {detail}',
  },
} as const satisfies Record<`import.csv.${string}`, Texts>;
