/**
 * Plain-language sentences for a category answer, in kk, ru and en: what was reached and what is
 * missing for the next category ("1 more year in the first category").
 */
import type { Lang } from '../shared/localize.js';
import { formatNumber, formatYears, restate, valueWord, yearWord } from '../shared/messages/index.js';
import type { CategoryResult, Shortfall } from './category.js';
import type { Category } from './person.js';

type Words = Record<Lang, string>;

const CATEGORY: Record<Category, Words> = {
  higher: { kk: 'жоғары санат', ru: 'высшая категория', en: 'the higher category' },
  first: { kk: 'бірінші санат', ru: 'первая категория', en: 'the first category' },
  second: { kk: 'екінші санат', ru: 'вторая категория', en: 'the second category' },
  none: { kk: 'санатсыз', ru: 'без категории', en: 'no category' },
};

const IN_CATEGORY: Record<Category, Words> = {
  higher: { kk: 'жоғары санатта', ru: 'в высшей категории', en: 'in the higher category' },
  first: { kk: 'бірінші санатта', ru: 'в первой категории', en: 'in the first category' },
  second: { kk: 'екінші санатта', ru: 'во второй категории', en: 'in the second category' },
  none: { kk: 'санатсыз лауазымда', ru: 'в должности без категории', en: 'in a position without a category' },
};

/** "0,5 жыл", "2 года", "5 лет", "1 year": the language's decimal mark and plural. */
const years = (n: number, lang: Lang): string => formatYears(lang, n);

export function describeShortfall(s: Shortfall, lang: Lang): string {
  switch (s.kind) {
    case 'experience': {
      const where = s.inCategory ? ` ${IN_CATEGORY[s.inCategory][lang]}` : '';
      return {
        kk: `тағы ${years(s.missingYears, 'kk')} жұмыс өтілі${where}`,
        ru: `ещё ${years(s.missingYears, 'ru')} стажа${where}`,
        en: `${years(s.missingYears, 'en')} more experience${where}`,
      }[lang];
    }
    case 'education-level':
      return {
        kk: `кемінде ${valueWord('kk', 'education', s.need)}`,
        ru: `не ниже: ${valueWord('ru', 'education', s.need)}`,
        en: `at least ${valueWord('en', 'education', s.need)}`,
      }[lang];
    case 'education-field': {
      const list = s.need.map((f) => valueWord(lang, 'field', f)).join(', ');
      return {
        kk: `білім саласы: ${list}`,
        ru: `образование по направлению: ${list}`,
        en: `education in one of: ${list}`,
      }[lang];
    }
    case 'certificate':
      return {
        kk: 'әлеуметтік даярлық сертификаты',
        ru: 'сертификат социальной подготовки',
        en: 'a social-training certificate',
      }[lang];
  }
}

/** One or two sentences that say the answer. */
export function summarize(result: CategoryResult, lang: Lang): string {
  const parts: string[] = [];
  // No rule to check: the card states no requirements, which is not the same as failing them.
  if (result.explanation.checked.length === 0) {
    parts.push(
      {
        kk: 'Карточкада біліктілік талаптары көрсетілмеген, сондықтан санатты анықтау мүмкін емес.',
        ru: 'В карточке не указаны квалификационные требования, поэтому категорию определить нельзя.',
        en: 'The card states no qualification requirements, so no category can be determined.',
      }[lang],
    );
  } else if (!result.eligible) {
    parts.push(
      {
        kk: 'Бұл карточканың талаптары орындалмайды.',
        ru: 'Требования этой карточки не выполнены.',
        en: 'The requirements of this card are not met.',
      }[lang],
    );
  } else if (result.category === null) {
    parts.push(
      {
        kk: 'Талаптар орындалады (карточкада санаттар жоқ).',
        ru: 'Требования выполнены (в карточке нет категорий).',
        en: 'The requirements are met (the card has no categories).',
      }[lang],
    );
  } else {
    const c = CATEGORY[result.category][lang];
    parts.push(
      {
        kk: `Ең жоғары қолжетімді санат: ${c}.`,
        ru: `Наивысшая доступная категория: ${c}.`,
        en: `The highest category the rules allow: ${c}.`,
      }[lang],
    );
  }
  if (result.next) {
    const missing = result.next.missing.map((s) => describeShortfall(s, lang)).join('; ');
    const c = result.next.category === null ? null : CATEGORY[result.next.category][lang];
    parts.push(
      (c === null
        ? {
            kk: `Талаптарды орындау үшін қажет: ${missing}.`,
            ru: `Чтобы выполнить требования, нужно: ${missing}.`,
            en: `To meet the requirements: ${missing}.`,
          }
        : {
            kk: `${c} үшін қажет: ${missing}.`,
            ru: `Для категории «${c}» нужно: ${missing}.`,
            en: `For ${c}: ${missing}.`,
          })[lang],
    );
  }
  return parts.map((p) => p.charAt(0).toLocaleUpperCase(lang) + p.slice(1)).join(' ');
}

/**
 * An engine note (English in the JSON answer, which clients read) in `lang`: the category and
 * group codes become words, the years the language's numbers. A note the catalogue does not
 * know stays as it is.
 */
export function localizeNote(note: string, lang: Lang): string {
  if (lang === 'en') return note;
  return (
    restate(lang, note, 'engine.note.', (p, l) => ({
      ...p,
      upper: valueWord(l, 'category', p.upper ?? ''),
      lower: valueWord(l, 'category', p.lower ?? ''),
      group: valueWord(l, 'group', p.group ?? ''),
      upperYears: formatNumber(l, Number(p.upperYears)),
      lowerYears: formatNumber(l, Number(p.lowerYears)),
      yearWord: yearWord(l, Number(p.upperYears)),
    })) ?? note
  );
}
