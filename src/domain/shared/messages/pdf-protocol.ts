/**
 * The printed labels of the attestation protocol PDF (`pdf.protocol.*`;
 * src/exports/pdf/attestation-protocol-labels.ts builds its labels from them). The Kazakh and
 * Russian wording follows the usual form of a commission's protocol; the category words are those
 * of the profession cards (жоғары / бірінші / екінші санат).
 */
import type { Texts } from './lang.js';

export const PDF_PROTOCOL_MESSAGES = {
  'pdf.protocol.date': { kk: 'Отырыс күні', ru: 'Дата заседания', en: 'Date of the meeting' },
  'pdf.protocol.commission': { kk: 'Комиссия құрамы', ru: 'Состав комиссии', en: 'Composition of the commission' },
  'pdf.protocol.chair': { kk: 'Төраға', ru: 'Председатель', en: 'Chair' },
  'pdf.protocol.members': { kk: 'Мүшелері', ru: 'Члены', en: 'Members' },
  'pdf.protocol.secretary': { kk: 'Хатшы', ru: 'Секретарь', en: 'Secretary' },
  'pdf.protocol.person': { kk: 'Аттестатталатын қызметкер', ru: 'Аттестуемый работник', en: 'Worker attested' },
  'pdf.protocol.fullName': { kk: 'Тегі, аты, әкесінің аты', ru: 'Фамилия, имя, отчество', en: 'Full name' },
  'pdf.protocol.personnelNo': { kk: 'Табель нөмірі', ru: 'Табельный номер', en: 'Personnel number' },
  'pdf.protocol.position': { kk: 'Лауазымы', ru: 'Должность', en: 'Position' },
  'pdf.protocol.cardLabel': { kk: 'Кәсіп карточкасы', ru: 'Карточка профессии', en: 'Profession card' },
  'pdf.protocol.stages': {
    kk: 'Аттестаттау кезеңдерінің нәтижелері',
    ru: 'Результаты этапов аттестации',
    en: 'Results of the attestation stages',
  },
  'pdf.protocol.testing': { kk: '1. Тестілеу', ru: '1. Тестирование', en: '1. Testing' },
  'pdf.protocol.interview': { kk: '2. Әңгімелесу', ru: '2. Собеседование', en: '2. Interview' },
  'pdf.protocol.heldOn': { kk: 'Өткізілген күні', ru: 'Дата проведения', en: 'Held on' },
  'pdf.protocol.score': { kk: 'Нәтижесі', ru: 'Результат', en: 'Score' },
  'pdf.protocol.result': { kk: 'Қорытынды', ru: 'Итог', en: 'Result' },
  'pdf.protocol.notes': { kk: 'Ескертпелер', ru: 'Замечания', en: 'Notes' },
  'pdf.protocol.notHeld': { kk: 'өткізілген жоқ', ru: 'не проводилось', en: 'not held' },
  'pdf.protocol.decision': { kk: 'Комиссияның шешімі', ru: 'Решение комиссии', en: 'Decision of the commission' },
  'pdf.protocol.category': { kk: 'Біліктілік санаты', ru: 'Квалификационная категория', en: 'Qualification category' },
  'pdf.protocol.validUntil': { kk: 'Санаттың жарамдылық мерзімі', ru: 'Срок действия категории', en: 'Category valid' },
  'pdf.protocol.reason': { kk: 'Шешімнің негіздемесі', ru: 'Обоснование решения', en: 'Reasons for the decision' },
  'pdf.protocol.appeal': { kk: 'Апелляция', ru: 'Апелляция', en: 'Appeal' },
  'pdf.protocol.filedOn': { kk: 'Берілген күні', ru: 'Дата подачи', en: 'Filed on' },
  'pdf.protocol.appealText': { kk: 'Мазмұны', ru: 'Содержание', en: 'Text' },
  'pdf.protocol.appealOutcome': { kk: 'Қарау нәтижесі', ru: 'Результат рассмотрения', en: 'Outcome' },
  'pdf.protocol.pending': { kk: 'қаралуда', ru: 'на рассмотрении', en: 'pending' },
  'pdf.protocol.basis': { kk: 'Құқықтық негіз', ru: 'Правовое основание', en: 'Legal basis' },
  'pdf.protocol.signatures': { kk: 'Қолдары', ru: 'Подписи', en: 'Signatures' },
  'pdf.protocol.signChair': { kk: 'Комиссия төрағасы', ru: 'Председатель комиссии', en: 'Chair of the commission' },
  'pdf.protocol.signMember': { kk: 'Комиссия мүшесі', ru: 'Член комиссии', en: 'Member of the commission' },
  'pdf.protocol.signSecretary': { kk: 'Комиссия хатшысы', ru: 'Секретарь комиссии', en: 'Secretary of the commission' },
  'pdf.protocol.signature': { kk: '(қолы)', ru: '(подпись)', en: '(signature)' },
  'pdf.protocol.outcome.assigned': {
    kk: 'Біліктілік санаты берілсін',
    ru: 'Присвоить квалификационную категорию',
    en: 'Assign the qualification category',
  },
  'pdf.protocol.outcome.confirmed': {
    kk: 'Біліктілік санаты расталсын',
    ru: 'Подтвердить квалификационную категорию',
    en: 'Confirm the qualification category',
  },
  'pdf.protocol.outcome.not-passed': {
    kk: 'Аттестаттаудан өтпеді',
    ru: 'Аттестацию не прошёл(-ла)',
    en: 'Did not pass the attestation',
  },
  'pdf.protocol.category.higher': { kk: 'жоғары санат', ru: 'высшая категория', en: 'higher category' },
  'pdf.protocol.category.first': { kk: 'бірінші санат', ru: 'первая категория', en: 'first category' },
  'pdf.protocol.category.second': { kk: 'екінші санат', ru: 'вторая категория', en: 'second category' },
  'pdf.protocol.category.none': { kk: 'санатсыз', ru: 'без категории', en: 'no category' },
  'pdf.protocol.title': {
    kk: 'Аттестаттау комиссиясы отырысының хаттамасы № {number}',
    ru: 'Протокол заседания аттестационной комиссии № {number}',
    en: 'Minutes of the attestation commission meeting No. {number}',
  },
  'pdf.protocol.card': {
    kk: '{code} · {name}, {level}-деңгей',
    ru: '{code} · {name}, уровень {level}',
    en: '{code} · {name}, level {level}',
  },
  'pdf.protocol.points': {
    kk: '{max} балдың {score} балы ({percent} %)',
    ru: '{score} из {max} баллов ({percent} %)',
    en: '{score} of {max} points ({percent} %)',
  },
  'pdf.protocol.passed': { kk: 'өтті', ru: 'пройдено', en: 'passed' },
  'pdf.protocol.notPassed': { kk: 'өтпеді', ru: 'не пройдено', en: 'not passed' },
  'pdf.protocol.until': { kk: '{date} дейін', ru: 'до {date}', en: 'until {date}' },
  'pdf.protocol.footer': {
    kk: 'Хаттама № {number} · жасалған күні {generated} · {pages} беттің {page}-беті',
    ru: 'Протокол № {number} · сформировано {generated} · стр. {page} из {pages}',
    en: 'Minutes No. {number} · generated {generated} · page {page} of {pages}',
  },
} as const satisfies Record<`pdf.protocol.${string}`, Texts>;
