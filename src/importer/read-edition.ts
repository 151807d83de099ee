/**
 * Reads an edition folder (edition.yaml, terms.yaml, professions.yaml, cards/*.yaml and the
 * official text) and validates every file. Errors name the file, the path inside it and what
 * is wrong, so a methodologist can fix a data file without reading code.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { AppError } from '../domain/shared/errors.js';
import type { Edition } from '../domain/standard/edition.js';
import { fromExportDocument } from '../domain/standard/export-document.js';
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
import { type TranslationFile, applyTranslations, translationFileSchema } from '../domain/standard/translations.js';

export type EditionFiles = {
  folder: string;
  edition: EditionMeta;
  terms: Term[];
  professions: Profession[];
  cards: { file: string; card: Card }[];
  /** The official text, line by line (index 0 = line 1). */
  sourceLines: string[];
  /** The files of translations/<lang>/, each validated (unofficial ru and en texts). */
  translations: TranslationFile[];
};

export type DataFileIssue = { file: string; path: string; message: string };

/** Invalid data files; each issue names the file, the path inside it and what is wrong. */
export class DataFileError extends AppError {
  readonly issues: DataFileIssue[];
  constructor(issues: DataFileIssue[]) {
    super(
      'invalid_data_file',
      `${issues.length} problem(s) in the data files.`,
      issues.map((i) => ({ path: `${i.file}${i.path ? ` at ${i.path}` : ''}`, message: i.message })),
    );
    this.name = 'DataFileError';
    this.issues = issues;
  }
}

async function readYaml<S extends z.ZodType>(
  file: string,
  schema: S,
  issues: DataFileIssue[],
): Promise<z.infer<S> | undefined> {
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'), { uniqueKeys: true });
  } catch (error) {
    issues.push({
      file,
      path: '',
      message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    });
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
  const translations: TranslationFile[] = [];
  for (const file of await yamlFilesUnder(path.join(folder, 'translations'))) {
    const read = await readYaml(file, translationFileSchema, issues);
    if (!read) continue;
    const lang = path.relative(path.join(folder, 'translations'), file).split(path.sep)[0];
    if (lang !== read.lang)
      issues.push({
        file,
        path: 'lang',
        message: `the file is under translations/${lang}/ but says lang: ${read.lang}`,
      });
    translations.push(read);
  }
  if (issues.length > 0 || !edition || !terms || !professions) throw new DataFileError(issues);
  return {
    folder,
    edition,
    terms: terms.terms,
    professions: professions.professions,
    cards,
    sourceLines,
    translations,
  };
}

/** Every .yaml file under a folder, sorted; none when the folder does not exist. */
async function yamlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Reads an edition folder into one Edition value. */
export async function readEdition(folder: string): Promise<Edition> {
  const files = await readEditionFolder(folder);
  const { edition, reviews, issues } = applyTranslations(
    { meta: files.edition, terms: files.terms, professions: files.professions, cards: files.cards.map((c) => c.card) },
    files.translations,
  );
  if (issues.length > 0) {
    throw new DataFileError(
      issues.map((i) => ({ file: path.join(folder, 'translations', i.lang), path: i.key, message: i.message })),
    );
  }
  return {
    ...edition,
    sourceText: files.sourceLines.join('\n'),
    ...(files.translations.length > 0 ? { translationReviews: reviews } : {}),
  };
}

/** Every edition folder (one holding edition.yaml) under a standards directory, sorted. */
export async function findEditionFolders(standardsDir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string, depth: number): Promise<void> {
    if (depth > 4) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    if (entries.some((e) => e.isFile() && e.name === 'edition.yaml')) found.push(dir);
    for (const e of entries) if (e.isDirectory()) await walk(path.join(dir, e.name), depth + 1);
  }
  await walk(standardsDir, 0);
  return found.sort();
}

/** Reads an export document (`kasip export --format json`) back into an Edition. */
export async function readExportFile(file: string): Promise<Edition> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'the file does not exist'
        : `not valid JSON (${(error as Error).message})`;
    throw new DataFileError([{ file, path: '', message: reason }]);
  }
  const result = fromExportDocument(json);
  if ('issues' in result)
    throw new DataFileError(result.issues.map((i) => ({ file, path: i.path, message: i.message })));
  return result.edition;
}
