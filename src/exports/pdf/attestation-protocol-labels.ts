/**
 * The printed labels of the attestation protocol (attestation-protocol.ts) in Kazakh, Russian
 * and English, kept apart so the layout reads on its own. The Kazakh and Russian wording follows
 * the usual form of a commission's protocol; the category words are those of the profession
 * cards (жоғары / бірінші / екінші санат).
 */
import type { Lang } from '../../domain/shared/localize.js';

export type ProtocolCategory = 'higher' | 'first' | 'second' | 'none';
export type ProtocolOutcome = 'assigned' | 'confirmed' | 'not-passed';

export type ProtocolLabels = {
  title: (n: string) => string;
  date: string;
  commission: string;
  chair: string;
  members: string;
  secretary: string;
  person: string;
  fullName: string;
  personnelNo: string;
  position: string;
  card: (c: { code: string; level: number; name: string }) => string;
  cardLabel: string;
  stages: string;
  testing: string;
  interview: string;
  heldOn: string;
  score: string;
  points: (score: string, max: string, percent: string) => string;
  result: string;
  passed: (p: boolean) => string;
  notes: string;
  notHeld: string;
  decision: string;
  outcomes: Record<ProtocolOutcome, string>;
  category: string;
  categories: Record<ProtocolCategory, string>;
  validUntil: string;
  until: (d: string) => string;
  reason: string;
  appeal: string;
  filedOn: string;
  appealText: string;
  appealOutcome: string;
  pending: string;
  basis: string;
  signatures: string;
  signChair: string;
  signMember: string;
  signSecretary: string;
  signature: string;
  footer: (p: { number: string; generated: string; page: number; pages: number }) => string;
};

export const PROTOCOL_LABELS: Record<Lang, ProtocolLabels> = {
  kk: {
    title: (n) => `Аттестаттау комиссиясы отырысының хаттамасы № ${n}`,
    date: 'Отырыс күні',
    commission: 'Комиссия құрамы',
    chair: 'Төраға',
    members: 'Мүшелері',
    secretary: 'Хатшы',
    person: 'Аттестатталатын қызметкер',
    fullName: 'Тегі, аты, әкесінің аты',
    personnelNo: 'Табель нөмірі',
    position: 'Лауазымы',
    cardLabel: 'Кәсіп карточкасы',
    card: (c) => `${c.code} · ${c.name}, ${c.level}-деңгей`,
    stages: 'Аттестаттау кезеңдерінің нәтижелері',
    testing: '1. Тестілеу',
    interview: '2. Әңгімелесу',
    heldOn: 'Өткізілген күні',
    score: 'Нәтижесі',
    points: (s, m, p) => `${m} балдың ${s} балы (${p} %)`,
    result: 'Қорытынды',
    passed: (p) => (p ? 'өтті' : 'өтпеді'),
    notes: 'Ескертпелер',
    notHeld: 'өткізілген жоқ',
    decision: 'Комиссияның шешімі',
    outcomes: {
      assigned: 'Біліктілік санаты берілсін',
      confirmed: 'Біліктілік санаты расталсын',
      'not-passed': 'Аттестаттаудан өтпеді',
    },
    category: 'Біліктілік санаты',
    categories: { higher: 'жоғары санат', first: 'бірінші санат', second: 'екінші санат', none: 'санатсыз' },
    validUntil: 'Санаттың жарамдылық мерзімі',
    until: (d) => `${d} дейін`,
    reason: 'Шешімнің негіздемесі',
    appeal: 'Апелляция',
    filedOn: 'Берілген күні',
    appealText: 'Мазмұны',
    appealOutcome: 'Қарау нәтижесі',
    pending: 'қаралуда',
    basis: 'Құқықтық негіз',
    signatures: 'Қолдары',
    signChair: 'Комиссия төрағасы',
    signMember: 'Комиссия мүшесі',
    signSecretary: 'Комиссия хатшысы',
    signature: '(қолы)',
    footer: (p) => `Хаттама № ${p.number} · жасалған күні ${p.generated} · ${p.pages} беттің ${p.page}-беті`,
  },
  ru: {
    title: (n) => `Протокол заседания аттестационной комиссии № ${n}`,
    date: 'Дата заседания',
    commission: 'Состав комиссии',
    chair: 'Председатель',
    members: 'Члены',
    secretary: 'Секретарь',
    person: 'Аттестуемый работник',
    fullName: 'Фамилия, имя, отчество',
    personnelNo: 'Табельный номер',
    position: 'Должность',
    cardLabel: 'Карточка профессии',
    card: (c) => `${c.code} · ${c.name}, уровень ${c.level}`,
    stages: 'Результаты этапов аттестации',
    testing: '1. Тестирование',
    interview: '2. Собеседование',
    heldOn: 'Дата проведения',
    score: 'Результат',
    points: (s, m, p) => `${s} из ${m} баллов (${p} %)`,
    result: 'Итог',
    passed: (p) => (p ? 'пройдено' : 'не пройдено'),
    notes: 'Замечания',
    notHeld: 'не проводилось',
    decision: 'Решение комиссии',
    outcomes: {
      assigned: 'Присвоить квалификационную категорию',
      confirmed: 'Подтвердить квалификационную категорию',
      'not-passed': 'Аттестацию не прошёл(-ла)',
    },
    category: 'Квалификационная категория',
    categories: {
      higher: 'высшая категория',
      first: 'первая категория',
      second: 'вторая категория',
      none: 'без категории',
    },
    validUntil: 'Срок действия категории',
    until: (d) => `до ${d}`,
    reason: 'Обоснование решения',
    appeal: 'Апелляция',
    filedOn: 'Дата подачи',
    appealText: 'Содержание',
    appealOutcome: 'Результат рассмотрения',
    pending: 'на рассмотрении',
    basis: 'Правовое основание',
    signatures: 'Подписи',
    signChair: 'Председатель комиссии',
    signMember: 'Член комиссии',
    signSecretary: 'Секретарь комиссии',
    signature: '(подпись)',
    footer: (p) => `Протокол № ${p.number} · сформировано ${p.generated} · стр. ${p.page} из ${p.pages}`,
  },
  en: {
    title: (n) => `Minutes of the attestation commission meeting No. ${n}`,
    date: 'Date of the meeting',
    commission: 'Composition of the commission',
    chair: 'Chair',
    members: 'Members',
    secretary: 'Secretary',
    person: 'Worker attested',
    fullName: 'Full name',
    personnelNo: 'Personnel number',
    position: 'Position',
    cardLabel: 'Profession card',
    card: (c) => `${c.code} · ${c.name}, level ${c.level}`,
    stages: 'Results of the attestation stages',
    testing: '1. Testing',
    interview: '2. Interview',
    heldOn: 'Held on',
    score: 'Score',
    points: (s, m, p) => `${s} of ${m} points (${p} %)`,
    result: 'Result',
    passed: (p) => (p ? 'passed' : 'not passed'),
    notes: 'Notes',
    notHeld: 'not held',
    decision: 'Decision of the commission',
    outcomes: {
      assigned: 'Assign the qualification category',
      confirmed: 'Confirm the qualification category',
      'not-passed': 'Did not pass the attestation',
    },
    category: 'Qualification category',
    categories: { higher: 'higher category', first: 'first category', second: 'second category', none: 'no category' },
    validUntil: 'Category valid',
    until: (d) => `until ${d}`,
    reason: 'Reasons for the decision',
    appeal: 'Appeal',
    filedOn: 'Filed on',
    appealText: 'Text',
    appealOutcome: 'Outcome',
    pending: 'pending',
    basis: 'Legal basis',
    signatures: 'Signatures',
    signChair: 'Chair of the commission',
    signMember: 'Member of the commission',
    signSecretary: 'Secretary of the commission',
    signature: '(signature)',
    footer: (p) => `Minutes No. ${p.number} · generated ${p.generated} · page ${p.page} of ${p.pages}`,
  },
};
