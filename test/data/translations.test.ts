/**
 * Every text of every bundled edition has an unofficial Russian and English translation
 * (issue 15), and the same Kazakh text (a task printed in several cards) reads the same in each
 * language. Failures name the data file and the keys, the way scripts/translation-todo.ts
 * groups them, so a translator knows where to write.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/standard/edition.js';
import {
  TRANSLATION_LANGS,
  type TranslationLang,
  missingTranslations,
  translatableTexts,
} from '../../src/domain/standard/translations.js';
import {
  type EditionFiles,
  findEditionFolders,
  readEdition,
  readEditionFolder,
} from '../../src/importer/read-edition.js';
import { groupByDataFile } from '../../src/importer/translation-groups.js';
import { ROOT } from '../support/paths.js';

/** Per data file, the keys without a translation in `lang`. */
function missingByFile(files: EditionFiles, edition: Edition, lang: TranslationLang): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [file, texts] of groupByDataFile(files, missingTranslations(edition, lang))) {
    out[file] = texts.map((t) => t.key);
  }
  return out;
}

/** Kazakh texts printed more than once whose translations in `lang` differ, with each key's text. */
function inconsistentTranslations(edition: Edition, lang: TranslationLang): Record<string, Record<string, string>> {
  const byKazakh = new Map<string, { key: string; text: string }[]>();
  for (const t of translatableTexts(edition)) {
    const text = t.text[lang];
    if (!text) continue;
    const kk = t.text.kk.trim();
    byKazakh.set(kk, [...(byKazakh.get(kk) ?? []), { key: t.key, text }]);
  }
  const out: Record<string, Record<string, string>> = {};
  for (const [kk, uses] of byKazakh) {
    if (new Set(uses.map((u) => u.text.trim())).size > 1) {
      out[kk] = Object.fromEntries(uses.map((u) => [u.key, u.text]));
    }
  }
  return out;
}

const standardsDir = path.join(ROOT, 'data/standards');
const folders = await findEditionFolders(standardsDir);
const editions = new Map<string, { files: EditionFiles; edition: Edition }>();
beforeAll(async () => {
  for (const folder of folders) {
    editions.set(folder, { files: await readEditionFolder(folder), edition: await readEdition(folder) });
  }
});

describe.each(folders.map((f) => [path.relative(standardsDir, f), f]))('translations of %s', (_name, folder) => {
  it.each(TRANSLATION_LANGS)('every text has a %s translation (listed by data file)', (lang) => {
    const read = editions.get(folder);
    if (!read) throw new Error(`${folder} was not read`);
    expect(translatableTexts(read.edition).length).toBeGreaterThan(0);
    expect(missingByFile(read.files, read.edition, lang)).toEqual({});
  });

  it.each(TRANSLATION_LANGS)('the same Kazakh text has the same %s translation everywhere', (lang) => {
    const read = editions.get(folder);
    if (!read) throw new Error(`${folder} was not read`);
    expect(inconsistentTranslations(read.edition, lang)).toEqual({});
  });
});

it('finds the bundled edition', () => {
  expect(folders.map((f) => path.relative(standardsDir, f))).toContain(
    path.join('social-protection', 'editions', 'order-262-2023'),
  );
});
