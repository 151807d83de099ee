/** The HR dashboard's category counts as one table (the XLSX and PDF downloads), headers in the user's language. */
import type { Lang } from '../domain/shared/localize.js';

type Counts = Record<string, number>;
type Dashboard = { categories: { cardCode: string; level: number; counts: Counts }[] };

const COLUMNS = ['higher', 'first', 'second', 'none', 'not-met', 'no-requirements', 'no-card', 'not-computed'] as const;

const HEADERS: Record<Lang, Record<'card' | 'level' | (typeof COLUMNS)[number], string>> = {
  kk: {
    card: 'Карточка',
    level: 'Деңгей',
    higher: 'Жоғары санат',
    first: 'Бірінші санат',
    second: 'Екінші санат',
    none: 'Санатсыз',
    'not-met': 'Талаптар орындалмаған',
    'no-requirements': 'Талаптар көрсетілмеген',
    'no-card': 'Карточка жоқ',
    'not-computed': 'Есептелмеген',
  },
  ru: {
    card: 'Карточка',
    level: 'Уровень',
    higher: 'Высшая категория',
    first: 'Первая категория',
    second: 'Вторая категория',
    none: 'Без категории',
    'not-met': 'Требования не выполнены',
    'no-requirements': 'Требования не указаны',
    'no-card': 'Нет карточки',
    'not-computed': 'Не рассчитано',
  },
  en: {
    card: 'Card',
    level: 'Level',
    higher: 'Higher category',
    first: 'First category',
    second: 'Second category',
    none: 'No category',
    'not-met': 'Requirements not met',
    'no-requirements': 'No requirements stated',
    'no-card': 'No such card',
    'not-computed': 'Not computed',
  },
};

/** The category columns' headings, for other layouts of the same counts. */
export const dashboardHeaders = (lang: Lang) => HEADERS[lang];

export function dashboardTable(dashboard: Dashboard, lang: Lang): (string | number)[][] {
  const h = HEADERS[lang];
  return [
    [h.card, h.level, ...COLUMNS.map((c) => h[c])],
    ...dashboard.categories.map((row) => [row.cardCode, row.level, ...COLUMNS.map((c) => row.counts[c] ?? 0)]),
  ];
}
