/**
 * Cards as a Moodle competency framework, in the CSV that Moodle's own "Import competency
 * framework" tool reads (admin/tool/lpimportcsv, classes/framework_importer.php; its exporter
 * writes the same columns). The header row is the tool's English column names, in its order;
 * one row marks the framework (Is framework = 1, with the scale and a taxonomy per depth), then
 * one row per competency: the card, its labour functions, their tasks, and the skills and
 * knowledge, each naming its parent's ID number. ID numbers are Kasip's item ids, stable across
 * editions, so a college re-imports a new edition onto the same competencies. Descriptions are
 * the official Kazakh text. Moodle cuts ID numbers and short names at 100 characters: a short
 * name is the text cut at a word with «…», the whole text is the description. Pure.
 */
import { stringifyCsv } from '../../domain/shared/csv.js';

/** The tool's columns (framework_importer::list_required_headers, English strings). */
export const MOODLE_COMPETENCY_HEADER = [
  'Parent ID number',
  'ID number',
  'Short name',
  'Description',
  'Description format',
  'Scale values',
  'Scale configuration',
  'Rule type (optional)',
  'Rule outcome (optional)',
  'Rule config (optional)',
  'Cross-referenced competency ID numbers',
  'Exported ID (optional)',
  'Is framework',
  'Taxonomy',
] as const;

export const MOODLE_CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/** Moodle's FORMAT_HTML: the descriptions are escaped text. */
const FORMAT_HTML = '1';

/**
 * A default scale of two values, the first the default and the second proficient. The scale id
 * is a placeholder: the importer finds or creates the scale by its values and writes its id.
 */
export const DEFAULT_SCALE = {
  values: 'Әлі меңгерілген жоқ,Меңгерілді',
  configuration: JSON.stringify([
    { scaleid: '1' },
    { id: 1, scaledefault: 1, proficient: 0 },
    { id: 2, scaledefault: 0, proficient: 1 },
  ]),
};

/** The term Moodle shows for each depth: card, labour function, task, skill or knowledge. */
export const TAXONOMY = 'domain,competency,outcome,skill';

type TextNode = { id: string; kk: string };
export type CompetencyFrameworkInput = {
  framework: { idNumber: string; shortName: string; description: string };
  cards: {
    id: string;
    code: string;
    level: number;
    editionId: string;
    kk: string;
    functions: {
      id: string;
      kk: string;
      tasks: { id: string; kk: string; skills: TextNode[]; knowledge: TextNode[] }[];
      skills: TextNode[];
      knowledge: TextNode[];
    }[];
  }[];
};

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** At most 100 characters, cut at a word boundary with «…» when longer. */
export function shortName(text: string, max = 100): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/u, '')}…`;
}

export function moodleCompetencyRows(input: CompetencyFrameworkInput): string[][] {
  const row = (parent: string, id: string, name: string, description: string) => [
    parent,
    id,
    shortName(name),
    escapeHtml(description),
    FORMAT_HTML,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ];
  const rows: string[][] = [
    [
      '',
      input.framework.idNumber.slice(0, 100),
      shortName(input.framework.shortName),
      escapeHtml(input.framework.description),
      FORMAT_HTML,
      DEFAULT_SCALE.values,
      DEFAULT_SCALE.configuration,
      '',
      '',
      '',
      '',
      '',
      '1',
      TAXONOMY,
    ],
  ];
  for (const card of input.cards) {
    rows.push(row('', card.id, `${card.code} ${card.kk} (${card.level})`, `${card.kk}. ${card.editionId}`));
    for (const f of card.functions) {
      rows.push(row(card.id, f.id, f.kk, f.kk));
      const leaves = (parent: string, list: TextNode[]) => {
        for (const t of list) rows.push(row(parent, t.id, t.kk, t.kk));
      };
      for (const task of f.tasks) {
        rows.push(row(f.id, task.id, task.kk, task.kk));
        leaves(task.id, task.skills);
        leaves(task.id, task.knowledge);
      }
      // Lists the card prints once for the whole function hang from the function itself.
      leaves(f.id, f.skills);
      leaves(f.id, f.knowledge);
    }
  }
  return rows;
}

/**
 * The CSV (RFC 4180, UTF-8 with a byte order mark: Moodle's reader strips it, Excel needs it for
 * the Kazakh letters). Written by the project's one CSV writer, which also defuses a cell that
 * would start a spreadsheet formula (a title typed as «=…» gets a leading apostrophe).
 */
export function moodleCompetencyCsv(input: CompetencyFrameworkInput): string {
  return stringifyCsv([[...MOODLE_COMPETENCY_HEADER], ...moodleCompetencyRows(input)]);
}

export const moodleFileName = (input: CompetencyFrameworkInput) =>
  `moodle-competencies-${input.cards.map((c) => `${c.code}-${c.level}`).join('_') || 'framework'}.csv`;
