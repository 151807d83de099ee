/**
 * The printed words of the category-check PDF in kk, ru and en. The rules it quotes are the
 * card's official Kazakh text and are never translated; with ru or en the page says so.
 */
import type { Lang } from '../../domain/shared/localize.js';

type Category = 'higher' | 'first' | 'second' | 'none';

export type CategoryPdfLabels = {
  title: string;
  card: string;
  level: (n: number) => string;
  answer: string;
  notEligible: string;
  eligibleNoCategory: string;
  categories: Record<Category, string>;
  group: string;
  groups: Record<'high-level-specialist' | 'mid-level-specialist' | 'general', string>;
  matched: string;
  nextFor: (category: string) => string;
  nextEligible: string;
  top: string;
  source: string;
  /** "Order No. 262 of 29.06.2023, card 3412-0-008 (level 5), lines 120–125 of the official text" */
  sourceText: (p: { order: string; date: string; code: string; level: number; from: number; to: number }) => string;
  /** Under the title with ru or en: the quoted rules stay in official Kazakh. */
  officialNote: string | null;
  notStored: string;
  footer: (p: { order: string; date: string; edition: string; generated: string }) => string;
};

/** `2023-06-29` → `29.06.2023` */
export function dottedDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

const lines = (from: number, to: number, one: string, many: string) =>
  from === to ? one.replace('{from}', String(from)) : many.replace('{from}', String(from)).replace('{to}', String(to));

export const CATEGORY_PDF_LABELS: Record<Lang, CategoryPdfLabels> = {
  kk: {
    title: 'Біліктілік санатын тексеру',
    card: 'Кәсіп карточкасы',
    level: (n) => `${n}-деңгей`,
    answer: 'Жауап',
    notEligible: 'Карточка талаптары орындалмайды',
    eligibleNoCategory: 'Талаптар орындалады (карточкада санаттар жоқ)',
    categories: { higher: 'Жоғары санат', first: 'Бірінші санат', second: 'Екінші санат', none: 'Санатсыз' },
    group: 'Топ',
    groups: {
      'high-level-specialist': 'Біліктілігі жоғары деңгейдегі маман',
      'mid-level-specialist': 'Біліктілігі орташа деңгейдегі маман',
      general: 'Жалпы талаптар',
    },
    matched: 'Сәйкес келген ереже',
    nextFor: (c) => `Келесі: ${c} — әлі қажет`,
    nextEligible: 'Карточка талаптарын орындау үшін',
    top: 'Бұл — ең жоғары санат.',
    source: 'Дереккөзі',
    sourceText: (p) =>
      `${dottedDate(p.date)} № ${p.order} бұйрық, ${p.code} карточкасы (${p.level}-деңгей), ресми мәтіннің ${lines(p.from, p.to, '{from}-жолы', '{from}–{to} жолдары')}`,
    officialNote: null,
    notStored: 'Бұл деректер сақталмайды: құжат тек сіздің сұрауыңыз бойынша жасалды.',
    footer: (p) =>
      `${dottedDate(p.date)} № ${p.order} бұйрық · басылым ${p.edition} · жасалған күні ${p.generated} · Kasip`,
  },
  ru: {
    title: 'Проверка квалификационной категории',
    card: 'Карточка профессии',
    level: (n) => `уровень ${n}`,
    answer: 'Ответ',
    notEligible: 'Требования карточки не выполнены',
    eligibleNoCategory: 'Требования выполнены (в карточке нет категорий)',
    categories: {
      higher: 'Высшая категория',
      first: 'Первая категория',
      second: 'Вторая категория',
      none: 'Без категории',
    },
    group: 'Группа',
    groups: {
      'high-level-specialist': 'Специалист высшего уровня квалификации',
      'mid-level-specialist': 'Специалист среднего уровня квалификации',
      general: 'Общие требования',
    },
    matched: 'Применённое правило',
    nextFor: (c) => `Дальше: ${c} — ещё нужно`,
    nextEligible: 'Чтобы выполнить требования карточки',
    top: 'Это высшая категория.',
    source: 'Источник',
    sourceText: (p) =>
      `Приказ № ${p.order} от ${dottedDate(p.date)}, карточка ${p.code} (уровень ${p.level}), ${lines(p.from, p.to, 'строка {from}', 'строки {from}–{to}')} официального текста`,
    officialNote:
      'Правила приведены в официальном тексте на казахском языке. Остальной текст — пояснение приложения (неофициальный перевод).',
    notStored: 'Эти данные не сохраняются: документ создан только по вашему запросу.',
    footer: (p) =>
      `Приказ № ${p.order} от ${dottedDate(p.date)} · редакция ${p.edition} · создан ${p.generated} · Kasip`,
  },
  en: {
    title: 'Qualification category check',
    card: 'Profession card',
    level: (n) => `level ${n}`,
    answer: 'Answer',
    notEligible: 'The card’s requirements are not met',
    eligibleNoCategory: 'The requirements are met (the card has no categories)',
    categories: { higher: 'Higher category', first: 'First category', second: 'Second category', none: 'No category' },
    group: 'Group',
    groups: {
      'high-level-specialist': 'High-level specialist',
      'mid-level-specialist': 'Mid-level specialist',
      general: 'General requirements',
    },
    matched: 'The rule that matched',
    nextFor: (c) => `Next: ${c} — still needed`,
    nextEligible: 'To meet the card’s requirements',
    top: 'This is the highest category.',
    source: 'Source',
    sourceText: (p) =>
      `Order No. ${p.order} of ${dottedDate(p.date)}, card ${p.code} (level ${p.level}), ${lines(p.from, p.to, 'line {from}', 'lines {from}–{to}')} of the official text`,
    officialNote:
      'The rules are quoted in the official Kazakh text. The rest is the app’s explanation (unofficial translation).',
    notStored: 'These data are not stored: this document was made for your request only.',
    footer: (p) =>
      `Order No. ${p.order} of ${dottedDate(p.date)} · edition ${p.edition} · made on ${p.generated} · Kasip`,
  },
};
