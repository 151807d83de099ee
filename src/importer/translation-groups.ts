/**
 * Which data file of an edition folder holds each translatable text, so a translator's work list
 * (scripts/translation-todo.ts) and the completeness test (test/data/translations.test.ts) name
 * the same files: `cards/<file>.yaml` for a card's texts, else terms, professions or edition.yaml.
 * The translation of a text goes to the same relative path under translations/<lang>/.
 */
import path from 'node:path';
import type { TranslatableText } from '../domain/standard/translations.js';
import type { EditionFiles } from './read-edition.js';

/** The data file (relative to the edition folder) that holds the text keyed `key`. */
export function dataFileOfKey(files: EditionFiles, key: string): string {
  const id = key.split('#')[0] ?? key;
  const card = files.cards.find(({ card }) => id === card.id || id.startsWith(`${card.id}.`));
  if (card) return path.relative(files.folder, card.file).split(path.sep).join('/');
  if (files.terms.some((t) => t.id === id)) return 'terms.yaml';
  if (files.professions.some((p) => p.id === id)) return 'professions.yaml';
  return 'edition.yaml';
}

/** Texts grouped by the data file holding them, files in first-seen (document) order. */
export function groupByDataFile(
  files: EditionFiles,
  texts: readonly TranslatableText[],
): Map<string, TranslatableText[]> {
  const groups = new Map<string, TranslatableText[]>();
  for (const text of texts) {
    const file = dataFileOfKey(files, text.key);
    const group = groups.get(file);
    if (group) group.push(text);
    else groups.set(file, [text]);
  }
  return groups;
}
