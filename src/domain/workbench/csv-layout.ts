/**
 * The CSV bundle of an edition (ESCO/Tabiya style) as data: which files there are, which columns
 * each has and what they mean. One file per kind of item, one row per item, each row with its
 * stable `id`, `uuid`, `parent_id`, `card_id` and `position`, so the tree is rebuilt from the
 * parent ids alone (as Tabiya's `*_hierarchy.csv` does, but inline: every item here has exactly
 * one parent). The official Kazakh text is `kk`; Russian and English are `ru_unofficial` and
 * `en_unofficial`, so nobody mistakes a translation for the standard. The writer
 * (src/exports/standard-csv) and the reader (src/importer/standard/csv-bundle.ts) both follow
 * this table, so a column is added in one place. docs/interchange.md shows the layout.
 */
import type { ItemKind } from '../standard/item-tree.js';

/**
 * How a cell holds a value: `text` as is; `int` a whole number; `list` and `intList` values
 * joined by `;`; `json` a JSON value (structured rules: education, experience, notes);
 * `cardKey` a card as `CODE/LEVEL`; `cardKeys` several of them joined by `;`.
 */
export type CellType = 'text' | 'int' | 'list' | 'intList' | 'json' | 'cardKey' | 'cardKeys';

export type CsvColumn = {
  name: string;
  /** Dotted path into the item's own fields (`name.kk`, `educationLevel.levels`). */
  path: string;
  type: CellType;
  meaning: string;
  /** An empty cell is an error (otherwise it means "absent"). */
  required?: boolean;
};

export type CsvFile = {
  /** File name in the bundle, without `.csv`. */
  name: string;
  kind: ItemKind;
  meaning: string;
  /** The kinds a row's `parent_id` may name; empty: a top-level item (no parent). */
  parents: readonly ItemKind[];
  /** Paths of the item's texts that carry a `source` ('' is the item itself); the first is its main one. */
  sourced: readonly string[];
  columns: readonly CsvColumn[];
};

/** Columns every item file starts with. */
export const STRUCTURE_COLUMNS = ['id', 'uuid', 'parent_id', 'card_id', 'position'] as const;
/** Written for information (lines of the edition's official text); a read bundle cites none. */
export const SOURCE_COLUMN = 'source_lines';

/** The three columns of a text: official Kazakh, unofficial Russian and English. */
function localized(prefix: string, path: string, meaning: string, required = false): CsvColumn[] {
  const p = (key: string) => (path ? `${path}.${key}` : key);
  return [
    { name: `${prefix}kk`, path: p('kk'), type: 'text', meaning: `${meaning} (official, Kazakh)`, required },
    {
      name: `${prefix}ru_unofficial`,
      path: p('ru'),
      type: 'text',
      meaning: `${meaning}: unofficial Russian translation`,
    },
    {
      name: `${prefix}en_unofficial`,
      path: p('en'),
      type: 'text',
      meaning: `${meaning}: unofficial English translation`,
    },
  ];
}

const text = (name: string, path: string, meaning: string, required = false): CsvColumn => ({
  name,
  path,
  type: 'text',
  meaning,
  required,
});
const NUMBER = text('number', 'number', 'The number as printed');
const NOTE = text('note', 'note', "Kasip's note on the item (not part of the standard)");

export const ITEM_FILES: readonly CsvFile[] = [
  {
    name: 'cards',
    kind: 'card',
    meaning: 'Profession cards (occupations)',
    parents: [],
    sourced: [
      'name',
      'title',
      'code',
      'level',
      'educationLevel',
      'qualification.basis',
      'personalCompetencies',
      'workingConditions',
    ],
    columns: [
      text('code', 'code.value', 'Profession code (2635-3-001)', true),
      { name: 'level', path: 'level.value', type: 'int', meaning: 'SQF level (1-8)', required: true },
      ...localized('', 'name', 'Name of the profession', true),
      ...localized('title_', 'title', 'Heading of the card as printed', true),
      ...localized('education_', 'educationLevel', 'Education level as printed', true),
      {
        name: 'education_levels',
        path: 'educationLevel.levels',
        type: 'list',
        meaning: 'Education levels it means: basic-secondary, tvet, higher, postgraduate',
        required: true,
      },
      {
        name: 'education_fields',
        path: 'educationLevel.fields',
        type: 'list',
        meaning: 'Fields of education: social, economic, pedagogical, medical, psychological, legal, other',
      },
      ...localized('qualification_basis_', 'qualification.basis', 'Legal act the categories come from'),
      ...localized('personal_competencies_', 'personalCompetencies', 'Personal competencies'),
      ...localized('working_conditions_', 'workingConditions', 'Working conditions'),
      { name: 'notes', path: 'notes', type: 'json', meaning: "Kasip's notes on the card (a JSON list of texts)" },
    ],
  },
  {
    name: 'other_names',
    kind: 'otherName',
    meaning: 'Other names of a card (alternative labels)',
    parents: ['card'],
    sourced: [''],
    columns: [text('code', 'code', 'Its code in the classifier, if printed'), ...localized('', '', 'The name', true)],
  },
  {
    name: 'requirement_groups',
    kind: 'qualificationGroup',
    meaning: 'Qualification requirements of a card, by specialist group',
    parents: ['card'],
    sourced: ['label'],
    columns: [
      text('group', 'group', 'high-level-specialist, mid-level-specialist or general', true),
      ...localized('label_', 'label', 'The group label as printed'),
    ],
  },
  {
    name: 'requirements',
    kind: 'qualificationRule',
    meaning: 'Qualification requirements (one per category)',
    parents: ['qualificationGroup'],
    sourced: [''],
    columns: [
      text('category', 'category', 'higher, first, second or none; empty when the card has no categories'),
      ...localized('', '', 'The requirement as printed', true),
      {
        name: 'education',
        path: 'education',
        type: 'json',
        meaning: 'Educations that satisfy it: JSON list of {minLevel, fields?, certificate?}',
        required: true,
      },
      {
        name: 'experience',
        path: 'experience',
        type: 'json',
        meaning: 'Experience it asks: JSON {minYears, inCategory?, where?}',
      },
      NOTE,
    ],
  },
  {
    name: 'labour_functions',
    kind: 'labourFunction',
    meaning: 'Labour functions of a card',
    parents: ['card'],
    sourced: ['name'],
    columns: [NUMBER, ...localized('', 'name', 'The labour function', true), NOTE],
  },
  {
    name: 'tasks',
    kind: 'task',
    meaning: 'Tasks of a labour function',
    parents: ['labourFunction'],
    sourced: ['name'],
    columns: [...localized('', 'name', 'The task', true), NOTE],
  },
  {
    name: 'skills',
    kind: 'skill',
    meaning: 'Skills of a task (or of a whole labour function, when printed once for it)',
    parents: ['task', 'labourFunction'],
    sourced: [''],
    columns: [NUMBER, ...localized('', '', 'The skill', true), NOTE],
  },
  {
    name: 'knowledge',
    kind: 'knowledge',
    meaning: 'Knowledge of a task (or of a whole labour function)',
    parents: ['task', 'labourFunction'],
    sourced: [''],
    columns: [NUMBER, ...localized('', '', 'The knowledge', true), NOTE],
  },
  {
    name: 'links',
    kind: 'link',
    meaning: 'Related professions of a card (career links)',
    parents: ['card'],
    sourced: [''],
    columns: [
      { name: 'level', path: 'level', type: 'int', meaning: 'SQF level of the linked profession', required: true },
      ...localized('', '', 'The linked profession as printed', true),
      {
        name: 'card',
        path: 'card',
        type: 'cardKey',
        meaning: 'The linked card (CODE/LEVEL), when the standard has one',
      },
      NOTE,
    ],
  },
  {
    name: 'qualification_links',
    kind: 'qualificationLink',
    meaning: 'Links of a card to the qualification system (ORC, sector frameworks)',
    parents: ['card'],
    sourced: [''],
    columns: localized('', '', 'The link as printed', true),
  },
  {
    name: 'terms',
    kind: 'term',
    meaning: 'Terms and definitions of the standard',
    parents: [],
    sourced: [''],
    columns: [
      NUMBER,
      ...localized('', 'term', 'The term', true),
      ...localized('definition_', 'definition', 'Its definition', true),
    ],
  },
  {
    name: 'professions',
    kind: 'profession',
    meaning: 'The list of professions of the standard',
    parents: [],
    sourced: [''],
    columns: [
      NUMBER,
      ...localized('', 'name', 'Name of the profession', true),
      text('printed_kk', 'kk', 'The entry as printed, levels included (official, Kazakh)', true),
      text('printed_ru_unofficial', 'ru', 'The entry as printed: unofficial Russian translation'),
      text('printed_en_unofficial', 'en', 'The entry as printed: unofficial English translation'),
      { name: 'levels', path: 'levels', type: 'intList', meaning: 'SQF levels, joined by ;', required: true },
      { name: 'cards', path: 'cards', type: 'cardKeys', meaning: 'Its cards (CODE/LEVEL), joined by ;' },
      NOTE,
    ],
  },
];

/** `edition.csv`: one row, the edition's order and title. */
export const EDITION_FILE = {
  name: 'edition',
  meaning: 'The edition: its order, title and status (one row)',
  sourced: ['standard.title', 'order'],
  columns: [
    text('id', 'id', 'Edition id', true),
    text('standard_id', 'standard.id', 'Standard id', true),
    ...localized('standard_title_', 'standard.title', 'Title of the standard', true),
    text('status', 'status', 'draft, in-force, superseded or repealed', true),
    text('order_number', 'order.number', 'Number of the order that approved it', true),
    text('order_date', 'order.date', 'Date of the order (YYYY-MM-DD)', true),
    text('registration_number', 'order.registration.number', 'State registration number', true),
    text('registration_date', 'order.registration.date', 'State registration date', true),
    text('in_force_from', 'order.inForceFrom', 'In force from (YYYY-MM-DD)', true),
    ...localized('issuer_', 'order.issuer', 'Who issued the order', true),
    ...localized('legal_basis_', 'order.legalBasis', 'The legal basis of the order', true),
    text('source_file', 'sourceFile', 'File name of the official text'),
    text('supersedes', 'supersedes', 'Edition this one amends'),
    text('source_kind', 'sourceKind', 'official or compiled'),
  ] satisfies CsvColumn[],
} as const;

/** `provisions.csv`: chapter 1-2 paragraphs of the order (purpose, uses, aims). */
export const PROVISIONS_FILE = {
  name: 'provisions',
  meaning: 'General provisions of the standard: purpose, uses, aims, basis',
  sourced: [''],
  columns: [
    text('kind', 'kind', 'purpose, uses, aim or basis', true),
    NUMBER,
    ...localized('', '', 'The paragraph', true),
    NOTE,
  ] satisfies CsvColumn[],
} as const;

/** The header of `edition.csv`: its columns, then the edition's uuid (written, not read). */
export const editionHeader = (): string[] => [...EDITION_FILE.columns.map((c) => c.name), 'uuid'];
/** The header of `provisions.csv`. */
export const provisionsHeader = (): string[] => [
  'id',
  'uuid',
  'position',
  ...PROVISIONS_FILE.columns.map((c) => c.name),
  SOURCE_COLUMN,
];

/** Every file name a bundle may hold, in the order they are written. */
export const BUNDLE_FILE_NAMES = [EDITION_FILE.name, PROVISIONS_FILE.name, ...ITEM_FILES.map((f) => f.name)];

export const itemFileOf = (kind: ItemKind): CsvFile => {
  const file = ITEM_FILES.find((f) => f.kind === kind);
  if (!file) throw new Error(`no CSV file holds ${kind}`);
  return file;
};

/** The header of an item file. */
export const itemHeader = (file: CsvFile): string[] => [
  ...STRUCTURE_COLUMNS,
  ...file.columns.map((c) => c.name),
  SOURCE_COLUMN,
];

type Json = Record<string, unknown>;

/** The value at a dotted path ('' is the object itself). */
export function getPath(node: unknown, path: string): unknown {
  if (path === '') return node;
  let at: unknown = node;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Json)[key];
  }
  return at;
}

/** Sets a value at a dotted path, creating the objects on the way. */
export function setPath(node: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = node;
  for (const key of keys.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
    at = at[key] as Json;
  }
  at[keys[keys.length - 1] as string] = value;
}

/** A value as its cell. */
export function toCell(type: CellType, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (type) {
    case 'text':
    case 'int':
      return String(value);
    case 'list':
    case 'intList':
      return (value as unknown[]).join(';');
    case 'json':
      return JSON.stringify(value);
    case 'cardKey': {
      const key = value as { code: string; level: number };
      return `${key.code}/${key.level}`;
    }
    case 'cardKeys':
      return (value as { code: string; level: number }[]).map((k) => `${k.code}/${k.level}`).join(';');
  }
}

export type CellProblem = { kk: string; ru: string; en: string };

const CARD_KEY = /^(.+)\/(\d+)$/;

function cardKeyOf(cell: string): { code: string; level: number } | undefined {
  const m = CARD_KEY.exec(cell.trim());
  return m ? { code: (m[1] as string).trim(), level: Number(m[2]) } : undefined;
}

/** A cell as its value; a problem (in three languages) when it cannot be read. Empty cells are `undefined` (absent). */
export function fromCell(type: CellType, cell: string): { value: unknown } | { problem: CellProblem } {
  // A list of cards is never absent, only empty (a profession listed without a card).
  if (cell.trim() === '') return { value: type === 'cardKeys' ? [] : undefined };
  const parts = () =>
    cell
      .split(';')
      .map((p) => p.trim())
      .filter((p) => p !== '');
  switch (type) {
    case 'text':
      return { value: cell };
    case 'int':
      return /^\s*\d+\s*$/.test(cell)
        ? { value: Number(cell) }
        : { problem: { kk: 'Бүтін сан керек', ru: 'Нужно целое число', en: 'A whole number is expected' } };
    case 'list':
      return { value: parts() };
    case 'intList': {
      const values = parts();
      return values.every((v) => /^\d+$/.test(v))
        ? { value: values.map(Number) }
        : {
            problem: {
              kk: '; арқылы бөлінген бүтін сандар керек',
              ru: 'Нужны целые числа через ;',
              en: 'Whole numbers joined by ; are expected',
            },
          };
    }
    case 'json':
      try {
        return { value: JSON.parse(cell) };
      } catch {
        return { problem: { kk: 'JSON оқылмады', ru: 'Не удалось прочитать JSON', en: 'This is not valid JSON' } };
      }
    case 'cardKey':
    case 'cardKeys': {
      const keys = (type === 'cardKey' ? [cell] : parts()).map(cardKeyOf);
      if (keys.some((k) => k === undefined)) {
        return {
          problem: {
            kk: 'Карта КОД/ДЕҢГЕЙ түрінде жазылады (2635-3-001/5)',
            ru: 'Карточка пишется как КОД/УРОВЕНЬ (2635-3-001/5)',
            en: 'A card is written CODE/LEVEL (2635-3-001/5)',
          },
        };
      }
      return { value: type === 'cardKey' ? keys[0] : keys };
    }
  }
}
