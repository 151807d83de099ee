/**
 * What every importer of a standard (XLSX template, CASE CFPackage, CSV bundle, Kasip JSON)
 * hands on: an edition, whose `source` lines are placeholders (`[1, 1]`) unless the file carried
 * them, and the problems found, each placed where the methodologist can find it (sheet, row and
 * column; file and line; JSON path) and said in the three languages. Errors stop the import;
 * warnings travel with the draft.
 */
import type { Edition } from '../standard/edition.js';

export type ImportMessage = { kk: string; ru: string; en: string };

export type ImportPlace = {
  /** The file inside a bundle (a CSV of a zip), when there are several. */
  file?: string;
  sheet?: string;
  /** 1-based, as a spreadsheet or editor shows it. */
  row?: number;
  /** A spreadsheet column letter (`C`) or a CSV header name. */
  column?: string;
  /** A JSON path (`CFItems[3].fullStatement`). */
  path?: string;
};

export type ImportIssue = { severity: 'error' | 'warning'; place: ImportPlace; message: ImportMessage };

export type ImportedStandard = {
  /** Undefined when errors stopped the reading. */
  edition: Edition | undefined;
  issues: ImportIssue[];
};

/** The placeholder source of a text read from a file without its official document. */
export const PLACEHOLDER_SOURCE = { lines: [1, 1] as [number, number] };
