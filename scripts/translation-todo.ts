/**
 * Lists the texts of an edition that have no translation in a language, grouped by the data
 * file that holds them, as YAML ready to be filled in and added to translations/<lang>/<file>
 * (docs/translations.md). A translator's work list, and what `test/data/translations.test.ts`
 * fails on.
 *
 *   node --import tsx scripts/translation-todo.ts <edition folder> <ru|en> [data file, e.g. cards/3412-0-008-4.yaml]
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { readEdition, readEditionFolder } from '../src/importer/read-edition.js';
import { TRANSLATION_LANGS, type TranslationLang, missingTranslations } from '../src/domain/standard/translations.js';

const [folderArg, lang, only] = process.argv.slice(2);
if (!folderArg || !TRANSLATION_LANGS.includes(lang as TranslationLang)) {
  console.error('usage: translation-todo.ts <edition folder> <ru|en> [data file]');
  process.exit(2);
}
const folder: string = folderArg;
const files = await readEditionFolder(folder);
const edition = await readEdition(folder);
/** The data file of a key: the card whose id starts it, else terms, professions or edition.yaml. */
function fileOf(key: string): string {
  const id = key.split('#')[0] ?? key;
  const card = files.cards.find(({ card }) => id === card.id || id.startsWith(`${card.id}.`));
  if (card) return path.relative(folder, card.file);
  if (edition.terms.some((t) => t.id === id)) return 'terms.yaml';
  if (edition.professions.some((p) => p.id === id)) return 'professions.yaml';
  return 'edition.yaml';
}
const groups = new Map<string, Record<string, { kk: string; text: string; review: string }>>();
for (const t of missingTranslations(edition, lang as TranslationLang)) {
  const file = fileOf(t.key);
  if (only && file !== only) continue;
  const group = groups.get(file) ?? {};
  group[t.key] = { kk: t.text.kk, text: '', review: 'machine-draft' };
  groups.set(file, group);
}
for (const [file, texts] of groups) {
  console.log(`# ${file}: ${Object.keys(texts).length} texts without ${lang} (delete each kk: line once translated)`);
  console.log(stringify(texts, { lineWidth: 0 }));
}
