/**
 * An existing curriculum's tables read into programme modules. The layout (docs/programmes.md,
 * "Importing an existing curriculum"): a header row naming the columns (curriculum-header.ts),
 * then one learning outcome per row. A row whose module code and name are blank continues the
 * module above (a merged cell); a row with a new code or name starts a module. A criteria cell
 * holds one criterion per line (numbering such as «1)», «-», «•» is dropped). A module's hours
 * and credits are the first ones given on its rows (a merged cell repeats them, so they are not
 * summed). A row without an outcome but with criteria adds them to the outcome above. Several
 * tables (sheets, Word tables) are read one after the other. Pure.
 */
import type { Lang } from '../shared/localize.js';
import { findHeader, recognisedHeaders } from './curriculum-header.js';
import {
  type CurriculumProblem,
  type CurriculumWarning,
  placeOf,
  tableName,
  warningMessage,
} from './curriculum-messages.js';
import type { CurriculumTable } from './curriculum-table.js';
import type { AssessmentMethod, ModuleKind, Outcome, ProgrammeModule } from './programme.js';

export type ImportWarning = { where: string; message: string };
export type CurriculumRead =
  | { ok: true; modules: ProgrammeModule[]; warnings: ImportWarning[] }
  | { ok: false; problem: CurriculumProblem };

const MAX = { modules: 100, outcomes: 100, criteria: 50, code: 40, name: 300, outcome: 2000, criterion: 1000 };

/** Lines of a list cell without their numbering: «1)», «1.», «а)», «-», «•», «–». */
export function listLines(cell: string): string[] {
  const lines = cell.split('\n');
  const parts = lines.length === 1 && cell.includes(';') ? cell.split(';') : lines;
  return parts
    .map((line) => line.replace(/^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zа-яәғқңөұүһі][.)]|[-–—•·*▪●○◦])\s*/iu, '').trim())
    .map((line) => line.replace(/[;,]$/u, '').trim())
    .filter((line) => line !== '');
}

/** The module kind its code says (ЖБМ/ООД general, БМ basic, КМ/ПМ professional), or its name (practice). */
export function kindOf(code: string, name: string): ModuleKind {
  const text = `${code} ${name}`.toLowerCase();
  if (/практик|тәжірибе|practice|placement|internship/u.test(name.toLowerCase())) return 'practice';
  if (/^\s*(?:жбм|жбп|ооп|оод|ом|gm|ge)(?![\p{L}\p{N}])/u.test(text) || /жалпы білім|общеобразоват|general/u.test(text))
    return 'general';
  if (/^\s*(?:бм|bm)(?![\p{L}\p{N}])/u.test(text) || /базалық|базов|basic/u.test(text)) return 'basic-professional';
  return 'professional';
}

const METHOD_WORDS: [RegExp, AssessmentMethod][] = [
  [/портфолио|portfolio/u, 'portfolio'],
  [/жоба|проект|project/u, 'project'],
  [/кейс|case/u, 'case-study'],
  [/бақылау|байқау|наблюден|observ/u, 'observation'],
  [/практикалық тапсырма|практическ|practical|тапсырма/u, 'practical-task'],
  [/ауызша|устн|oral/u, 'oral'],
  [/жазбаша|письмен|written|эссе|essay/u, 'written'],
  [/тест/u, 'test'],
];

function methodOf(cell: string | undefined, practical: boolean): AssessmentMethod {
  const text = (cell ?? '').toLowerCase();
  for (const [pattern, method] of METHOD_WORDS) if (pattern.test(text)) return method;
  return practical ? 'practical-task' : 'test';
}

type Reading = {
  lang: Lang;
  warnings: ImportWarning[];
  modules: ProgrammeModule[];
  limited: Set<string>;
};

function warn(reading: Reading, where: string, warning: CurriculumWarning): void {
  if (reading.warnings.length < 200) reading.warnings.push({ where, message: warningMessage(warning, reading.lang) });
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function cut(reading: Reading, text: string, max: number, where: string): string {
  const clean = squash(text);
  if (clean.length <= max) return clean;
  warn(reading, where, { code: 'text-cut', max });
  return clean.slice(0, max).trim();
}

/** A number cell: «72», «1,5», «2.5»; blank is undefined; anything else warns and counts 0. */
function numberOf(reading: Reading, cell: string | undefined, where: string): number | undefined {
  const text = (cell ?? '').trim().replace(/\s/g, '').replace(',', '.');
  if (text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    warn(reading, where, { code: 'not-a-number', value: (cell ?? '').trim().slice(0, 40) });
    return 0;
  }
  return value;
}

function hoursOf(reading: Reading, cell: string | undefined, where: string): number | undefined {
  const value = numberOf(reading, cell, where);
  if (value === undefined) return undefined;
  const whole = Math.min(10_000, Math.round(value));
  if (whole !== value) warn(reading, where, { code: 'rounded', value: String(value), to: String(whole) });
  return whole;
}

function creditsOf(reading: Reading, cell: string | undefined, where: string): number | undefined {
  const value = numberOf(reading, cell, where);
  if (value === undefined) return undefined;
  const halves = Math.min(500, Math.round(value * 2) / 2);
  if (halves !== value) warn(reading, where, { code: 'rounded', value: String(value), to: String(halves) });
  return halves;
}

/** «Барлығы», «Итого», «Total»: a sum row, not a module (\b would not see a Cyrillic word's end). */
const TOTAL_ROW = /^(?:барлығы|барлыгы|итого|всего|total|жиыны)(?![\p{L}\p{N}])/iu;

/** Reads one table below its header into `reading.modules`; answers how many outcomes it read. */
function readTable(reading: Reading, table: CurriculumTable, header: ReturnType<typeof findHeader> & {}): number {
  const { columns } = header;
  const at = (row: string[], role: keyof typeof columns) => {
    const index = columns[role];
    return index === undefined ? undefined : row[index];
  };
  const where = (r: number, role?: keyof typeof columns) =>
    placeOf(table, r + 1, role === undefined ? undefined : columns[role], reading.lang);
  let outcomes = 0;
  let current: ProgrammeModule | undefined = reading.modules.at(-1);
  // Each table starts its own modules: a module does not continue across sheets.
  let continuing = false;
  for (let r = header.lastRow + 1; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    if (!row.some((cell) => cell.trim() !== '')) continue;
    const code = (at(row, 'code') ?? '').trim();
    const name = (at(row, 'name') ?? '').trim();
    if (TOTAL_ROW.test(code) || TOTAL_ROW.test(name)) continue;
    const sameModule =
      continuing &&
      current !== undefined &&
      ((code === '' && name === '') ||
        ((code === '' || code === current.code) && (name === '' || squash(name).slice(0, MAX.name) === current.name)));
    if (!sameModule) {
      if (reading.modules.length >= MAX.modules) {
        if (!reading.limited.has('modules'))
          warn(reading, where(r), { code: 'limit', what: 'modules', max: MAX.modules });
        reading.limited.add('modules');
        break;
      }
      const index = reading.modules.length + 1;
      const moduleCode =
        code === '' ? `М${String(index).padStart(2, '0')}` : cut(reading, code, MAX.code, where(r, 'code'));
      const moduleName = name === '' ? moduleCode : cut(reading, name, MAX.name, where(r, 'name'));
      current = {
        id: `m${index}`,
        code: moduleCode,
        name: moduleName,
        kind: kindOf(moduleCode, moduleName),
        hours: { theory: 0, practice: 0 },
        credits: null,
        outcomes: [],
      };
      reading.modules.push(current);
      continuing = true;
      const theory = hoursOf(reading, at(row, 'theory'), where(r, 'theory'));
      const practice = hoursOf(reading, at(row, 'practice'), where(r, 'practice'));
      const total = hoursOf(reading, at(row, 'hours'), where(r, 'hours'));
      // Only a total: counted as theory, unless the module is practice (the matrix then asks for practice hours).
      current.hours = {
        theory: theory ?? (practice === undefined && current.kind !== 'practice' ? (total ?? 0) : 0),
        practice: practice ?? (theory === undefined && current.kind === 'practice' ? (total ?? 0) : 0),
      };
      current.credits = creditsOf(reading, at(row, 'credits'), where(r, 'credits')) ?? null;
    }
    if (!current) continue;
    const outcomeText = (at(row, 'outcome') ?? '').trim();
    const criteria = listLines(at(row, 'criteria') ?? '');
    if (outcomeText === '') {
      const last = current.outcomes.at(-1);
      if (criteria.length > 0 && !last) warn(reading, where(r, 'criteria'), { code: 'criteria-without-outcome' });
      if (last) addCriteria(reading, last, criteria, where(r, 'criteria'));
      continue;
    }
    if (current.outcomes.length >= MAX.outcomes) {
      warn(reading, where(r, 'outcome'), { code: 'limit', what: 'outcomes', max: MAX.outcomes });
      continue;
    }
    const outcome: Outcome = {
      id: `${current.id}-o${current.outcomes.length + 1}`,
      text: cut(reading, outcomeText, MAX.outcome, where(r, 'outcome')),
      itemIds: [],
      criteria: [],
      method: methodOf(at(row, 'method'), current.kind === 'practice' || current.hours.practice > 0),
      suggestions: [],
    };
    addCriteria(reading, outcome, criteria, where(r, 'criteria'));
    current.outcomes.push(outcome);
    outcomes++;
  }
  return outcomes;
}

function addCriteria(reading: Reading, outcome: Outcome, lines: string[], where: string): void {
  for (const line of lines) {
    if (outcome.criteria.length >= MAX.criteria) {
      warn(reading, where, { code: 'limit', what: 'criteria', max: MAX.criteria });
      return;
    }
    outcome.criteria.push({
      id: `${outcome.id}-c${outcome.criteria.length + 1}`,
      text: cut(reading, line, MAX.criterion, where),
    });
  }
}

/**
 * The modules of a curriculum's tables. Tables without a recognised header are skipped with a
 * warning; when none has one, or the first recognised header has no outcome column, or no row
 * holds an outcome, the answer is a problem that names where.
 */
export function readCurriculum(tables: CurriculumTable[], lang: Lang): CurriculumRead {
  const reading: Reading = { lang, warnings: [], modules: [], limited: new Set() };
  const looked = tables.map((t) => ({ kind: t.kind, name: t.name }));
  let recognised = 0;
  let outcomes = 0;
  for (const table of tables) {
    const header = findHeader(table.rows);
    if (!header) {
      if (table.rows.some((row) => row.some((cell) => cell.trim() !== '')))
        reading.warnings.push({
          where: tableName(table, lang),
          message: warningMessage({ code: 'table-skipped' }, lang),
        });
      continue;
    }
    if (header.columns.outcome === undefined) {
      // A table of another kind (a title page's table, a list of hours) can sit before the curriculum.
      if (recognised === 0 && tables.every((t) => findHeader(t.rows)?.columns.outcome === undefined)) {
        return {
          ok: false,
          problem: {
            code: 'no-outcome-column',
            table: { kind: table.kind, name: table.name },
            row: header.firstRow + 1,
            found: recognisedHeaders(table.rows, header),
          },
        };
      }
      reading.warnings.push({
        where: tableName(table, lang),
        message: warningMessage({ code: 'table-skipped' }, lang),
      });
      continue;
    }
    recognised++;
    outcomes += readTable(reading, table, header);
  }
  if (recognised === 0) return { ok: false, problem: { code: 'no-header', looked } };
  if (outcomes === 0) return { ok: false, problem: { code: 'no-outcomes', tables: looked } };
  return { ok: true, modules: reading.modules, warnings: reading.warnings };
}
