/**
 * The one catalogue of what the server, the CLI and the exports write, in kk, ru and en. Each
 * topic keeps its own table (one file each); this joins them and looks a message up:
 * `message('ru', 'problem.detail.noCard', { card: '2635-3-001/5' })`. The parameters are typed
 * from the English template. docs/i18n.md says how to add a message or a language.
 *
 * Pure domain: the server, CLI and exports import it; the web app has its own dictionary
 * (web/src/i18n) and must not import server code.
 */
import { ATTESTATION_STAGE_MESSAGES } from './attestation-stages.js';
import { BATCH_MESSAGES } from './batch.js';
import { BATCH_ROW_MESSAGES } from './batch-rows.js';
import { CLI_MESSAGES } from './cli.js';
import { CURRICULUM_MESSAGES } from './curriculum.js';
import { DIFF_FIELD_MESSAGES } from './diff-fields.js';
import { ENGINE_MESSAGES, GAP_MESSAGES } from './engine.js';
import { GAP_SHEET_MESSAGES } from './gap-sheets.js';
import { HR_MESSAGES } from './hr.js';
import { IMPORT_CASE_MESSAGES, IMPORT_CSV_MESSAGES } from './import-standard.js';
import { IMPORT_XLSX_MESSAGES } from './import-xlsx.js';
import { type Lang, LANGS, type Texts } from './lang.js';
import { PDF_CARD_MESSAGES } from './pdf-card.js';
import { PDF_CATEGORY_MESSAGES } from './pdf-category.js';
import { PDF_PROTOCOL_MESSAGES } from './pdf-protocol.js';
import { PROBLEM_DETAILS, PROBLEM_TITLES } from './problem.js';
import { QUALITY_CODES_MESSAGES } from './quality-codes.js';
import { QUALITY_DRIFT_MESSAGES } from './quality-drift.js';
import { QUALITY_DUPLICATION_MESSAGES } from './quality-duplication.js';
import { QUALITY_HYGIENE_MESSAGES } from './quality-hygiene.js';
import { QUALITY_LEVELS_MESSAGES } from './quality-levels.js';
import { QUALITY_PLACE_MESSAGES } from './quality-places.js';
import { QUALITY_RULE_MESSAGES } from './quality-rules.js';
import { QUALITY_STRUCTURE_MESSAGES } from './quality-structure.js';
import { type ParamValues, parse, render } from './template.js';
import { VALIDATION_MESSAGES, ZOD_MESSAGES } from './validation.js';
import { VALIDATION_SCHEMA_MESSAGES } from './validation-schemas.js';
import { VALUE_MESSAGES } from './values.js';
import { ZIP_MESSAGES } from './zip.js';

export { formatDate, formatNumber, formatYears, yearWord } from './format.js';
export { isLang, type Lang, LANGS, OFFICIAL_LANG, type Texts } from './lang.js';
export { placeholders } from './template.js';
export { valueWord, type ValueKind } from './values.js';
export { englishIssueMap, type IssueLike, issueMessage, zodIssueText } from './validation.js';
export { QUALITY_RULES, type QualityRuleId } from './quality-rules.js';

export const CATALOGUE = {
  ...PROBLEM_TITLES,
  ...PROBLEM_DETAILS,
  ...QUALITY_RULE_MESSAGES,
  ...ENGINE_MESSAGES,
  ...GAP_MESSAGES,
  ...VALUE_MESSAGES,
  ...ZIP_MESSAGES,
  ...CLI_MESSAGES,
  ...HR_MESSAGES,
  ...DIFF_FIELD_MESSAGES,
  ...GAP_SHEET_MESSAGES,
  ...BATCH_MESSAGES,
  ...ATTESTATION_STAGE_MESSAGES,
  ...CURRICULUM_MESSAGES,
  ...BATCH_ROW_MESSAGES,
  ...IMPORT_XLSX_MESSAGES,
  ...IMPORT_CASE_MESSAGES,
  ...IMPORT_CSV_MESSAGES,
  ...PDF_CARD_MESSAGES,
  ...QUALITY_PLACE_MESSAGES,
  ...QUALITY_CODES_MESSAGES,
  ...QUALITY_DRIFT_MESSAGES,
  ...QUALITY_DUPLICATION_MESSAGES,
  ...QUALITY_LEVELS_MESSAGES,
  ...QUALITY_STRUCTURE_MESSAGES,
  ...QUALITY_HYGIENE_MESSAGES,
  ...PDF_CATEGORY_MESSAGES,
  ...PDF_PROTOCOL_MESSAGES,
  ...ZOD_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...VALIDATION_SCHEMA_MESSAGES,
};

type Catalogue = typeof CATALOGUE;
export type MessageKey = keyof Catalogue;

/** The English template of a key: its `{names}` are the key's parameters. */
type EnglishOf<K extends MessageKey> = Catalogue[K] extends { en: infer E extends string } ? E : string;
type ParamArgs<K extends MessageKey> = [keyof ParamValues<EnglishOf<K>>] extends [never]
  ? []
  : [params: ParamValues<EnglishOf<K>>];

const texts: Record<string, Texts> = CATALOGUE;

export function message<K extends MessageKey>(lang: Lang, key: K, ...[params]: ParamArgs<K>): string {
  const entry = texts[key] as Texts;
  return render(lang, entry[lang], params as Record<string, string | number> | undefined);
}

/** Every language of a message at once (the `{kk, ru, en}` objects the API returns). */
export function messages<K extends MessageKey>(key: K, ...args: ParamArgs<K>): Texts {
  return Object.fromEntries(LANGS.map((lang) => [lang, message(lang, key, ...args)])) as Texts;
}

/**
 * Every language of a message whose parameters may themselves differ by language (a card said
 * as `карточка …` / `card …`): a `Texts` parameter gives each language its own value. Strings are
 * put in as they are, never re-read as templates.
 */
export function messagesWith(key: MessageKey, params: Record<string, string | Texts>): Texts {
  const entry = texts[key] as Texts;
  const fill = (lang: Lang) =>
    entry[lang].replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'string' ? value : value[lang];
    });
  return Object.fromEntries(LANGS.map((lang) => [lang, fill(lang)])) as Texts;
}

/**
 * An English text built from one of the templates under `prefix`, said again in `lang` with the
 * same parameters (each passed through `adapt` first, for values that are words themselves);
 * `null` when no template of the prefix made it. For texts that reach the edge in English
 * (an error's message, the engine's notes in the JSON answer) and leave in the asked language.
 */
export function restate(
  lang: Lang,
  text: string,
  prefix: string,
  adapt?: (params: Record<string, string>, lang: Lang) => Record<string, string>,
): string | null {
  for (const [key, entry] of Object.entries(texts)) {
    if (!key.startsWith(prefix)) continue;
    const params = parse(entry.en, text);
    if (!params) continue;
    // By default a parameter that is itself a message of the prefix (a reason inside a
    // sentence) is said in `lang` too; anything else (ids, numbers, names) stays as it is.
    const said = adapt
      ? adapt(params, lang)
      : Object.fromEntries(
          Object.entries(params).map(([name, value]) => [name, nested(lang, value, prefix, key) ?? value]),
        );
    return render(lang, entry[lang], said);
  }
  return null;
}

/** A parameter's value said in `lang` when it is exactly a message (without parameters) of the prefix. */
function nested(lang: Lang, value: string, prefix: string, outer: string): string | null {
  for (const [key, entry] of Object.entries(texts)) {
    if (key !== outer && key.startsWith(prefix) && entry.en === value) return entry[lang];
  }
  return null;
}

/** `restate` in every language at once; `null` when no template of the prefix made the text. */
export function restateAll(
  text: string,
  prefix: string,
  adapt?: (params: Record<string, string>, lang: Lang) => Record<string, string>,
): Texts | null {
  const out: Partial<Texts> = {};
  for (const lang of LANGS) {
    const said = restate(lang, text, prefix, adapt);
    if (said === null) return null;
    out[lang] = said;
  }
  return out as Texts;
}
