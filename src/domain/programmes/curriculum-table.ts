/**
 * A curriculum file as the importer hands it over: its tables (the sheets of a workbook, the
 * tables of a Word document) as rows of cell text, or the reason it could not be read. The
 * importer only takes the file apart; recognising the layout (curriculum.ts) is pure, so it is
 * tested without files and its messages are said in the caller's language. Pure.
 */
import { z } from 'zod';

/** Bounds on what one upload may hold, checked while it is read (and again by the schema). */
export const CURRICULUM_LIMITS = { tables: 50, rows: 3000, columns: 40, cellChars: 4000 } as const;

export const CURRICULUM_FORMATS = ['xlsx', 'docx'] as const;
export type CurriculumFormat = (typeof CURRICULUM_FORMATS)[number];

/** Why a file could not be taken apart; curriculum-messages.ts says each in kk, ru and en. */
export const UNREADABLE_REASONS = [
  'not-a-file',
  'unknown-format',
  'damaged',
  'too-large',
  'too-many-tables',
  'too-many-rows',
] as const;
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];

export const curriculumTableSchema = z
  .object({
    /** A sheet of a workbook (by its name) or a table of a document (by its number, from 1). */
    kind: z.enum(['sheet', 'table']),
    name: z.string().max(200),
    /** Rows from the first, blank ones kept so that a row's index + 1 is its number in the file. */
    rows: z
      .array(z.array(z.string().max(CURRICULUM_LIMITS.cellChars)).max(CURRICULUM_LIMITS.columns))
      .max(CURRICULUM_LIMITS.rows),
  })
  .strict();
export type CurriculumTable = z.output<typeof curriculumTableSchema>;

export const curriculumFileSchema = z.union([
  z
    .object({
      format: z.enum(CURRICULUM_FORMATS),
      tables: z.array(curriculumTableSchema).max(CURRICULUM_LIMITS.tables),
    })
    .strict(),
  z.object({ unreadable: z.enum(UNREADABLE_REASONS) }).strict(),
]);
export type CurriculumFile = z.output<typeof curriculumFileSchema>;

/** Letters for a column number from 0: A … Z, AA …, as spreadsheets name them. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * Cell text as it can be stored and compared: no NUL or other control characters (a damaged
 * file may hold them, and the database refuses U+0000), no unpaired surrogates, line breaks
 * kept, at most `cellChars` characters.
 */
export function cleanCell(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .slice(0, CURRICULUM_LIMITS.cellChars)
  );
}
