/**
 * What the curriculum import says when a file cannot be read or its layout is not recognised,
 * and the warnings it gives about single cells, in Kazakh, Russian and English: the designer has
 * to find the cell, so every message names the sheet or table, the row and the column. `{name}`
 * in a text is replaced by `vars.name`. Pure.
 */
import type { Lang } from '../shared/localize.js';
import { CURRICULUM_PROBLEMS, CURRICULUM_UNREADABLE, CURRICULUM_WARNINGS } from '../shared/messages/curriculum.js';
import type { Texts } from '../shared/messages/lang.js';
import { type CurriculumTable, type UnreadableReason, columnLetter } from './curriculum-table.js';

const UNREADABLE: Record<UnreadableReason, Texts> = CURRICULUM_UNREADABLE;

type TableRef = Pick<CurriculumTable, 'kind' | 'name'>;
export type CurriculumProblem =
  | { code: 'no-header'; looked: TableRef[] }
  | { code: 'no-outcome-column'; table: TableRef; row: number; found: string[] }
  | { code: 'no-outcomes'; tables: TableRef[] };

const PROBLEMS = CURRICULUM_PROBLEMS satisfies Record<CurriculumProblem['code'], Texts>;

export type CurriculumWarning =
  | { code: 'text-cut'; max: number }
  | { code: 'not-a-number'; value: string }
  | { code: 'rounded'; value: string; to: string }
  | { code: 'criteria-without-outcome' }
  | { code: 'limit'; what: 'modules' | 'outcomes' | 'criteria'; max: number }
  | { code: 'table-skipped' };

const WARNINGS = CURRICULUM_WARNINGS satisfies Record<CurriculumWarning['code'], Texts>;

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));

/** A sheet or table named as the designer sees it: «"Жоспар" парағы», «таблица 2». */
export function tableName(table: Pick<CurriculumTable, 'kind' | 'name'>, lang: Lang): string {
  if (table.kind === 'sheet')
    return { kk: `«${table.name}» парағы`, ru: `лист «${table.name}»`, en: `sheet «${table.name}»` }[lang];
  return { kk: `${table.name}-кесте`, ru: `таблица ${table.name}`, en: `table ${table.name}` }[lang];
}

/** Where a cell is: the table, the row (from 1) and, when known, the column (from 0). */
export function placeOf(
  table: Pick<CurriculumTable, 'kind' | 'name'>,
  row: number,
  column: number | undefined,
  lang: Lang,
): string {
  const rowText = { kk: `${row}-жол`, ru: `строка ${row}`, en: `row ${row}` }[lang];
  if (column === undefined) return `${tableName(table, lang)}, ${rowText}`;
  const letter = columnLetter(column);
  const columnText = { kk: `${letter} бағаны`, ru: `столбец ${letter}`, en: `column ${letter}` }[lang];
  return `${tableName(table, lang)}, ${rowText}, ${columnText}`;
}

export function unreadableMessage(reason: UnreadableReason, lang: Lang, max?: number): string {
  return fill(UNREADABLE[reason][lang], { max: max ?? '' });
}

export function problemMessage(problem: CurriculumProblem, lang: Lang): string {
  const none = { kk: 'кесте жоқ', ru: 'таблиц нет', en: 'no tables' }[lang];
  const names = (tables: TableRef[]) => tables.map((t) => tableName(t, lang)).join(', ');
  switch (problem.code) {
    case 'no-header':
      return fill(PROBLEMS['no-header'][lang], { looked: names(problem.looked) || none });
    case 'no-outcomes':
      return fill(PROBLEMS['no-outcomes'][lang], { looked: names(problem.tables) || none });
    case 'no-outcome-column':
      return fill(PROBLEMS['no-outcome-column'][lang], {
        where: placeOf(problem.table, problem.row, undefined, lang),
        found: problem.found.join(', '),
      });
  }
}

export function warningMessage(warning: CurriculumWarning, lang: Lang): string {
  const { code, ...vars } = warning;
  return fill(WARNINGS[code][lang], vars as Record<string, string | number>);
}
