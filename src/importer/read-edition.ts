/**
 * Reads an edition folder (edition.yaml, terms.yaml, professions.yaml, cards/*.yaml and the
 * official text) and validates every file. Errors name the file, the path inside it and what
 * is wrong, so a methodologist can fix a data file without reading code.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  type Card,
  type EditionMeta,
  type Profession,
  type Term,
  cardSchema,
  editionSchema,
  professionsFileSchema,
  termsFileSchema,
} from '../domain/standard/schemas.js';

export type EditionFiles = {
  folder: string;
  edition: EditionMeta;
  terms: Term[];
  professions: Profession[];
  cards: { file: string; card: Card }[];
  /** The official text, line by line (index 0 = line 1). */
  sourceLines: string[];
};

export type DataFileIssue = { file: string; path: string; message: string };

export class DataFileError extends Error {
  readonly code = 'invalid_data_file';
  readonly issues: DataFileIssue[];
  constructor(issues: DataFileIssue[]) {
    super(issues.map((i) => `${i.file}${i.path ? ` at ${i.path}` : ''}: ${i.message}`).join('\n'));
    this.name = 'DataFileError';
    this.issues = issues;
  }
}

async function readYaml<S extends z.ZodType>(file: string, schema: S, issues: DataFileIssue[]): Promise<z.infer<S> | undefined> {
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'), { uniqueKeys: true });
  } catch (error) {
    issues.push({ file, path: '', message: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ file, path: issue.path.map(String).join('.'), message: issue.message });
  }
  return undefined;
}

/** Reads and validates an edition folder; throws DataFileError listing every problem found. */
export async function readEditionFolder(folder: string): Promise<EditionFiles> {
  const issues: DataFileIssue[] = [];
  const edition = await readYaml(path.join(folder, 'edition.yaml'), editionSchema, issues);
  const terms = await readYaml(path.join(folder, 'terms.yaml'), termsFileSchema, issues);
  const professions = await readYaml(path.join(folder, 'professions.yaml'), professionsFileSchema, issues);
  const cardDir = path.join(folder, 'cards');
  const cardFiles = (await readdir(cardDir).catch(() => [] as string[])).filter((f) => f.endsWith('.yaml')).sort();
  const cards: { file: string; card: Card }[] = [];
  for (const name of cardFiles) {
    const file = path.join(cardDir, name);
    const card = await readYaml(file, cardSchema, issues);
    if (card) cards.push({ file, card });
  }
  let sourceLines: string[] = [];
  if (edition) {
    const sourceFile = path.join(folder, edition.sourceFile);
    try {
      sourceLines = (await readFile(sourceFile, 'utf8')).split('\n');
    } catch {
      issues.push({ file: sourceFile, path: '', message: 'the official text named by sourceFile cannot be read' });
    }
  }
  if (issues.length > 0 || !edition || !terms || !professions) throw new DataFileError(issues);
  return { folder, edition, terms: terms.terms, professions: professions.professions, cards, sourceLines };
}
