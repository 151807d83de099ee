/**
 * Every problem the staff register can find in a record or an imported file, said in Kazakh,
 * Russian and English for the HR officer who has to fix the cell. Messages never repeat an IIN
 * (personal data must not reach logs or reports); they may quote other values, which the caller
 * shortens. `{name}` in a text is replaced by `vars.name`.
 */
import type { Lang } from '../shared/localize.js';
import type { Texts } from '../shared/messages/lang.js';
import { type Column, COLUMN_HEADERS, COLUMN_PATH, STAFF_COLUMNS } from './staff-columns.js';
import { HR_PROBLEMS } from '../shared/messages/hr.js';

const CATALOGUE = HR_PROBLEMS;

export type HrMessageCode = keyof typeof CATALOGUE;
export const HR_MESSAGE_CODES = Object.keys(CATALOGUE) as HrMessageCode[];

/** A message as a sentence: the catalogue keeps lower-case texts so they also follow a field label. */
export function hrMessage(code: HrMessageCode, lang: Lang, vars: Record<string, string | number> = {}): string {
  const text = CATALOGUE[code][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `Білімі: «x» деген білім деңгейі танылмады…`: the field, then what is wrong with it. */
export function hrFieldMessage(
  path: string,
  code: HrMessageCode,
  lang: Lang,
  vars: Record<string, string | number> = {},
): string {
  const text = hrMessage(code, lang, vars);
  // Abbreviations (ЖСН, ИИН, ФИО) keep their capitals; other texts continue the label in lower case.
  const rest = /^\p{Lu}{2}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
  return `${fieldLabel(path, lang)}: ${rest}`;
}

const LINE: Record<Lang, (n: number) => string> = {
  kk: (n) => `${n}-жол`,
  ru: (n) => `строка ${n}`,
  en: (n) => `line ${n}`,
};

/** Labels of what the layout has no column for, and of the parts of a period. */
const OTHER_LABELS: Record<string, Texts> = {
  position: { kk: 'Лауазым', ru: 'Должность', en: 'Position' },
  education: { kk: 'Білім', ru: 'Образование', en: 'Education' },
  trainings: { kk: 'Біліктілікті арттыру', ru: 'Повышение квалификации', en: 'Training' },
  from: { kk: 'басталуы', ru: 'начало', en: 'from' },
  to: { kk: 'аяқталуы', ru: 'окончание', en: 'to' },
  category: { kk: 'санаты', ru: 'категория', en: 'category' },
  kind: { kk: 'түрі', ru: 'вид', en: 'kind' },
  employer: { kk: 'жұмыс орны', ru: 'место работы', en: 'employer' },
  title: { kk: 'атауы', ru: 'название', en: 'title' },
  provider: { kk: 'өткізген ұйым', ru: 'организатор', en: 'provider' },
  hours: { kk: 'сағат саны', ru: 'часов', en: 'hours' },
  completedOn: { kk: 'аяқталған күні', ru: 'дата окончания', en: 'completed on' },
  planItemId: { kk: 'даму жоспарының тармағы', ru: 'пункт плана развития', en: 'development plan item' },
};

const COLUMN_BY_PATH = new Map<string, Column>(STAFF_COLUMNS.map((c) => [COLUMN_PATH[c], c]));

/**
 * A human label for a record path: `experience.1.from` → «Еңбек өтілі, 2-жол: басталуы»,
 * «Стаж, строка 2: начало», "Experience, line 2: from". Unknown paths are returned as they are.
 */
export function fieldLabel(path: string, lang: Lang): string {
  const parts = path.split('.');
  // The longest leading part that is a column or a known group (`position.since` before `position`).
  for (let n = Math.min(parts.length, 2); n >= 1; n--) {
    const head = parts.slice(0, n).join('.');
    const column = COLUMN_BY_PATH.get(head);
    const base = column ? COLUMN_HEADERS[column][lang] : OTHER_LABELS[head]?.[lang];
    if (base === undefined) continue;
    const rest = parts.slice(n);
    if (rest.length === 0) return base;
    const [index, leaf, ...more] = rest;
    if (more.length > 0 || !/^\d+$/.test(index ?? '')) break;
    const line = `${base}, ${LINE[lang](Number(index) + 1)}`;
    if (leaf === undefined) return line;
    const leafLabel = OTHER_LABELS[leaf]?.[lang];
    return leafLabel ? `${line}: ${leafLabel}` : path;
  }
  return path;
}
