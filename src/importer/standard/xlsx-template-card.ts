/**
 * One card sheet of the template back into a card. Rows are read top-down; each row type knows
 * which row above it holds it (a task the labour function, a skill the task, an education
 * option the qualification requirement), as the printed card's table reads. Every problem is
 * placed at its sheet, row and column.
 */
import type {
  Card,
  LabourFunction,
  NumberedText,
  QualificationGroup,
  QualificationRule,
  Task,
} from '../../domain/standard/schemas.js';
import { professionCodeSchema } from '../../domain/standard/schemas.js';
import { PLACEHOLDER_SOURCE } from '../../domain/workbench/imported-standard.js';
import {
  BLOCK_TITLES,
  CARD_COLUMNS,
  CARD_ROWS,
  CATEGORY_LABELS,
  CERTIFICATE_LABELS,
  type CardColumn,
  type CardRow,
  EDUCATION_FIELD_LABELS,
  EDUCATION_LEVEL_LABELS,
  type EnumLabels,
  GROUP_LABELS,
  RELEVANT_FIELD,
  enumValue,
} from '../../domain/workbench/xlsx-template-layout.js';
import { type Issues, type Sheet, type SheetRow, cell } from './xlsx-template-cells.js';
import { type IdRegistry, childId } from './xlsx-template-ids.js';
import { MSG } from './xlsx-template-messages.js';

const src = () => ({ lines: [...PLACEHOLDER_SOURCE.lines] as [number, number] });
const ROW_BY_LABEL = new Map<string, CardRow>(
  (Object.entries(CARD_ROWS) as [CardRow, string][]).map(([k, v]) => [v.toLowerCase(), k]),
);
const SKIPPED = new Set([...Object.values(BLOCK_TITLES), CARD_COLUMNS.type.header].map((s) => s.toLowerCase()));
const ONCE: CardRow[] = [
  'title',
  'code',
  'name',
  'level',
  'basis',
  'educationLevel',
  'personalCompetencies',
  'workingConditions',
];

export type Reader = { sheet: string; issues: Issues; ids: IdRegistry };

/** Reads an enum cell; reports an unknown value. */
export function readEnum<T extends string>(
  r: Reader,
  row: SheetRow,
  column: CardColumn,
  labels: EnumLabels<T>,
  value = cell(row, column),
): T | undefined {
  if (value === '') return undefined;
  const code = enumValue(labels, value);
  if (!code)
    r.issues.error(
      r.sheet,
      row.row,
      column,
      MSG.unknownValue(
        value,
        Object.values(labels).map((l) => (l as { kk: string }).kk),
      ),
    );
  return code;
}

const split = (value: string) =>
  value
    .split(/[,;]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** kk/ru/en of a row; reports a blank kk. */
export function readTexts(r: Reader, row: SheetRow, what: string): { kk: string; ru?: string; en?: string } {
  const kk = cell(row, 'kk');
  if (kk === '') r.issues.error(r.sheet, row.row, 'kk', MSG.required(what));
  const ru = cell(row, 'ru');
  const en = cell(row, 'en');
  return { kk: kk || '-', ...(ru ? { ru } : {}), ...(en ? { en } : {}) };
}

export function readInt(r: Reader, row: SheetRow, column: CardColumn, min: number, max: number): number | undefined {
  const value = cell(row, column);
  if (value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    r.issues.error(r.sheet, row.row, column, MSG.badNumber(value, min, max));
    return undefined;
  }
  return n;
}

/** Whether anything but the row type is filled in (a bare row of the empty template is skipped). */
const hasContent = (row: SheetRow) => row.cells.slice(1).some((c) => c !== '');

export function readCardSheet(sheet: Sheet, r0: Omit<Reader, 'sheet'>): Card | undefined {
  const r: Reader = { ...r0, sheet: sheet.name };
  const rows = sheet.rows.filter((row) => {
    const type = cell(row, 'type').toLowerCase();
    return !SKIPPED.has(type) && hasContent(row);
  });
  if (rows.length === 0) {
    r.issues.warning(sheet.name, undefined, undefined, MSG.emptyCardSheet());
    return undefined;
  }
  const card = {
    id: '',
    otherNames: [],
    qualification: { groups: [] as QualificationGroup[] },
    labourFunctions: [] as LabourFunction[],
    links: [],
    qualificationLink: [],
    labels: [],
    source: src(),
  } as unknown as Card;
  const seenOnce = new Set<CardRow>();
  let titleRow: SheetRow | undefined;
  let group: QualificationGroup | undefined;
  let rule: { rule: QualificationRule; row: SheetRow } | undefined;
  let fn: LabourFunction | undefined;
  let task: Task | undefined;
  const needsChildren: { row: SheetRow; what: string; child: string; has: () => boolean }[] = [];

  const numbered = (row: SheetRow, what: string, list: NumberedText[], parent: { id: string }, letter: string) => {
    const item = {
      id: '',
      ...readNumber(row),
      ...readTexts(r, row, what),
      source: src(),
      ...readNote(row),
    } as NumberedText;
    r.ids.claim(item, cell(row, 'id'), sheet.name, row.row, childId(parent, letter, list.length + 1));
    list.push(item);
  };
  const readNumber = (row: SheetRow) => (cell(row, 'number') ? { number: cell(row, 'number') } : {});
  const readNote = (row: SheetRow) => (cell(row, 'note') ? { note: cell(row, 'note') } : {});

  for (const row of rows) {
    const typeText = cell(row, 'type');
    const type = ROW_BY_LABEL.get(typeText.toLowerCase());
    if (!type) {
      r.issues.error(
        sheet.name,
        row.row,
        'type',
        typeText ? MSG.unknownRowType(typeText) : MSG.required(CARD_COLUMNS.type.header),
      );
      continue;
    }
    const label = CARD_ROWS[type];
    if (ONCE.includes(type)) {
      if (seenOnce.has(type)) r.issues.error(sheet.name, row.row, 'type', MSG.repeatedRow(label));
      seenOnce.add(type);
    }
    switch (type) {
      case 'title':
        titleRow = row;
        card.title = { ...readTexts(r, row, label), source: src() };
        break;
      case 'code': {
        const code = cell(row, 'kk');
        if (code === '') r.issues.error(sheet.name, row.row, 'kk', MSG.required(label));
        else if (!professionCodeSchema.safeParse(code).success)
          r.issues.error(sheet.name, row.row, 'kk', MSG.badCode(code));
        card.code = { value: code, source: src() };
        break;
      }
      case 'name':
        card.name = { ...readTexts(r, row, label), source: src() };
        break;
      case 'level': {
        const level = readInt(r, row, 'kk', 1, 8);
        if (cell(row, 'kk') === '') r.issues.error(sheet.name, row.row, 'kk', MSG.required(label));
        card.level = { value: level ?? 1, source: src() };
        break;
      }
      case 'otherName': {
        const item = {
          id: '',
          ...(cell(row, 'code') ? { code: cell(row, 'code') } : {}),
          ...readTexts(r, row, label),
          source: src(),
        };
        r.ids.claim(item, cell(row, 'id'), sheet.name, row.row, childId(card, 'n', card.otherNames.length + 1));
        card.otherNames.push(item);
        break;
      }
      case 'basis':
        card.qualification.basis = { ...readTexts(r, row, label), source: src() };
        break;
      case 'group': {
        const g = readEnum(r, row, 'group', GROUP_LABELS);
        if (!cell(row, 'group')) r.issues.error(sheet.name, row.row, 'group', MSG.required(CARD_COLUMNS.group.header));
        group = { id: '', group: g ?? 'general', rules: [] };
        if (cell(row, 'kk')) group.label = { ...readTexts(r, row, label), source: src() };
        r.ids.claim(
          group,
          cell(row, 'id'),
          sheet.name,
          row.row,
          childId(card, 'g', card.qualification.groups.length + 1),
        );
        card.qualification.groups.push(group);
        const g2 = group;
        needsChildren.push({ row, what: label, child: CARD_ROWS.rule, has: () => g2.rules.length > 0 });
        rule = undefined;
        break;
      }
      case 'rule': {
        if (!group) {
          // A card with no specialist groups states one set of requirements: an implicit general group.
          group = { id: '', group: 'general', rules: [] };
          r.ids.claim(group, '', sheet.name, row.row, childId(card, 'g', card.qualification.groups.length + 1));
          card.qualification.groups.push(group);
        }
        const category = readEnum(r, row, 'category', CATEGORY_LABELS);
        const years = cell(row, 'years');
        const yearsNumber = Number(years.replace(',', '.'));
        if (years !== '' && (!Number.isFinite(yearsNumber) || yearsNumber < 0 || yearsNumber > 50)) {
          r.issues.error(sheet.name, row.row, 'years', MSG.badNumber(years, 0, 50));
        }
        const inCategory = readEnum(r, row, 'inCategory', CATEGORY_LABELS);
        const where = cell(row, 'where');
        if (years === '' && (inCategory || where))
          r.issues.error(sheet.name, row.row, 'years', MSG.required(CARD_COLUMNS.years.header));
        const item: QualificationRule = {
          id: '',
          ...(category ? { category } : {}),
          ...readTexts(r, row, label),
          source: src(),
          education: [],
          ...(years !== ''
            ? {
                experience: {
                  minYears: yearsNumber || 0,
                  ...(inCategory ? { inCategory } : {}),
                  ...(where ? { where } : {}),
                },
              }
            : {}),
          ...readNote(row),
        };
        const parent = group;
        r.ids.claim(item, cell(row, 'id'), sheet.name, row.row, () => `${card.id}.q${ruleCount(card, parent, item)}`);
        group.rules.push(item);
        rule = { rule: item, row };
        needsChildren.push({ row, what: label, child: CARD_ROWS.education, has: () => item.education.length > 0 });
        break;
      }
      case 'education': {
        if (!rule) {
          r.issues.error(sheet.name, row.row, 'type', MSG.orphan(label, CARD_ROWS.rule));
          break;
        }
        const minLevel = readEnum(r, row, 'educationLevel', EDUCATION_LEVEL_LABELS);
        if (!cell(row, 'educationLevel'))
          r.issues.error(sheet.name, row.row, 'educationLevel', MSG.required(CARD_COLUMNS.educationLevel.header));
        const fieldsText = cell(row, 'fields');
        const relevant = [RELEVANT_FIELD.kk, RELEVANT_FIELD.ru, RELEVANT_FIELD.en].includes(fieldsText.toLowerCase());
        const fields = relevant ? undefined : readFields(r, row, fieldsText);
        const certificate = readEnum(r, row, 'certificate', CERTIFICATE_LABELS);
        rule.rule.education.push({
          minLevel: minLevel ?? 'higher',
          ...(relevant ? { fields: 'relevant' as const } : fields ? { fields } : {}),
          ...(certificate ? { certificate } : {}),
        });
        break;
      }
      case 'educationLevel': {
        const levelsText = cell(row, 'educationLevel');
        if (!levelsText)
          r.issues.error(sheet.name, row.row, 'educationLevel', MSG.required(CARD_COLUMNS.educationLevel.header));
        const levels = split(levelsText)
          .map((v) => readEnum(r, row, 'educationLevel', EDUCATION_LEVEL_LABELS, v))
          .filter((v) => v !== undefined);
        const fields = readFields(r, row, cell(row, 'fields'));
        card.educationLevel = {
          ...readTexts(r, row, label),
          source: src(),
          levels: levels.length > 0 ? levels : ['higher'],
          ...(fields ? { fields } : {}),
        };
        break;
      }
      case 'labourFunction': {
        fn = {
          id: '',
          ...readNumber(row),
          name: { ...readTexts(r, row, label), source: src() },
          tasks: [],
          ...readNote(row),
        };
        r.ids.claim(fn, cell(row, 'id'), sheet.name, row.row, childId(card, 'f', card.labourFunctions.length + 1));
        card.labourFunctions.push(fn);
        task = undefined;
        break;
      }
      case 'task': {
        if (!fn) {
          r.issues.error(sheet.name, row.row, 'type', MSG.orphan(label, CARD_ROWS.labourFunction));
          break;
        }
        task = {
          id: '',
          name: { ...readTexts(r, row, label), source: src() },
          skills: [],
          knowledge: [],
          ...readNote(row),
        };
        r.ids.claim(task, cell(row, 'id'), sheet.name, row.row, childId(fn, 't', fn.tasks.length + 1));
        fn.tasks.push(task);
        break;
      }
      case 'skill':
      case 'knowledge': {
        if (!task) {
          r.issues.error(sheet.name, row.row, 'type', MSG.orphan(label, CARD_ROWS.task));
          break;
        }
        if (type === 'skill') numbered(row, label, task.skills, task, 's');
        else numbered(row, label, task.knowledge, task, 'k');
        break;
      }
      case 'functionSkill':
      case 'functionKnowledge': {
        if (!fn) {
          r.issues.error(sheet.name, row.row, 'type', MSG.orphan(label, CARD_ROWS.labourFunction));
          break;
        }
        const key = type === 'functionSkill' ? 'skills' : 'knowledge';
        const list = fn[key] ?? [];
        fn[key] = list;
        numbered(row, label, list, fn, type === 'functionSkill' ? 's' : 'k');
        break;
      }
      case 'personalCompetencies':
        card.personalCompetencies = { ...readTexts(r, row, label), source: src() };
        break;
      case 'link': {
        const level = readInt(r, row, 'level', 1, 8);
        if (!cell(row, 'level')) r.issues.error(sheet.name, row.row, 'level', MSG.required(CARD_COLUMNS.level.header));
        const cardCode = cell(row, 'cardCode');
        const cardLevel = readInt(r, row, 'cardLevel', 1, 8);
        if (cardCode && !professionCodeSchema.safeParse(cardCode).success)
          r.issues.error(sheet.name, row.row, 'cardCode', MSG.badCode(cardCode));
        if (cardCode && cardLevel === undefined && !cell(row, 'cardLevel')) {
          r.issues.error(sheet.name, row.row, 'cardLevel', MSG.required(CARD_COLUMNS.cardLevel.header));
        }
        const item = {
          id: '',
          level: level ?? 1,
          ...readTexts(r, row, label),
          source: src(),
          ...(cardCode && cardLevel !== undefined ? { card: { code: cardCode, level: cardLevel } } : {}),
          ...readNote(row),
        };
        r.ids.claim(item, cell(row, 'id'), sheet.name, row.row, childId(card, 'l', card.links.length + 1));
        card.links.push(item);
        break;
      }
      case 'qualificationLink': {
        const item = { id: '', ...readTexts(r, row, label), source: src() };
        r.ids.claim(item, cell(row, 'id'), sheet.name, row.row, childId(card, 'ql', card.qualificationLink.length + 1));
        card.qualificationLink.push(item);
        break;
      }
      case 'workingConditions':
        card.workingConditions = { ...readTexts(r, row, label), source: src() };
        break;
      case 'cardNote': {
        const note = cell(row, 'note') || cell(row, 'kk');
        if (note) card.notes = [...(card.notes ?? []), note];
        break;
      }
    }
  }

  const first = rows[0]?.row;
  for (const [type, present] of [
    ['title', card.title],
    ['code', card.code],
    ['name', card.name],
    ['level', card.level],
    ['educationLevel', card.educationLevel],
  ] as const) {
    if (!present) r.issues.error(sheet.name, first, 'type', MSG.missingRow(CARD_ROWS[type]));
  }
  for (const need of needsChildren) {
    if (!need.has()) r.issues.error(sheet.name, need.row.row, 'type', MSG.childless(need.what, need.child));
  }
  // The card's id: as written on its title row, else CODE.LEVEL.
  const written = titleRow ? cell(titleRow, 'id') : '';
  r.ids.claim(
    card,
    written,
    sheet.name,
    titleRow?.row ?? first ?? 1,
    () => `${card.code?.value ?? 'card'}.${card.level?.value ?? 1}`.toLowerCase(),
    true,
  );
  return card;
}

function ruleCount(card: Card, group: QualificationGroup, rule: QualificationRule): number {
  let n = 0;
  for (const g of card.qualification.groups) {
    for (const q of g.rules) {
      n++;
      if (g === group && q === rule) return n;
    }
  }
  return n;
}

function readFields(r: Reader, row: SheetRow, text: string) {
  const fields = split(text)
    .map((v) => readEnum(r, row, 'fields', EDUCATION_FIELD_LABELS, v))
    .filter((v) => v !== undefined);
  return fields.length > 0 ? fields : undefined;
}
