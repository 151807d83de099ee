/**
 * Lists the texts of an edition that have no translation in a language, grouped by the data
 * file that holds them, as YAML ready to be filled in and added to translations/<lang>/<file>
 * (docs/translations.md). A translator's work list, and what `test/data/translations.test.ts`
 * fails on.
 *
 *   node --import tsx scripts/translation-todo.ts <edition folder> <ru|en> [data file, e.g. cards/3412-0-008-4.yaml]
 */
import { stringify } from 'yaml';
import { readEdition, readEditionFolder } from '../src/importer/read-edition.js';
import { groupByDataFile } from '../src/importer/translation-groups.js';
import { TRANSLATION_LANGS, type TranslationLang, missingTranslations } from '../src/domain/standard/translations.js';

const [folderArg, lang, only] = process.argv.slice(2);
if (!folderArg || !TRANSLATION_LANGS.includes(lang as TranslationLang)) {
  console.error('usage: translation-todo.ts <edition folder> <ru|en> [data file]');
  process.exit(2);
}
const folder: string = folderArg;
const files = await readEditionFolder(folder);
const edition = await readEdition(folder);
const groups = new Map<string, Record<string, { kk: string; text: string; review: string }>>();
for (const [file, texts] of groupByDataFile(files, missingTranslations(edition, lang as TranslationLang))) {
  if (only && file !== only) continue;
  groups.set(file, Object.fromEntries(texts.map((t) => [t.key, { kk: t.text.kk, text: '', review: 'machine-draft' }])));
}
for (const [file, texts] of groups) {
  console.log(`# ${file}: ${Object.keys(texts).length} texts without ${lang} (delete each kk: line once translated)`);
  console.log(stringify(texts, { lineWidth: 0 }));
}
