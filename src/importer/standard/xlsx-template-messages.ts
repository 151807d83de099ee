/**
 * What the template reader says, in kk, ru and en: one function per kind of problem, each
 * filling a template of the catalogue (src/domain/shared/messages/import-xlsx.ts), where the
 * three languages of a message are written side by side and cannot drift apart.
 */
import type { ImportMessage } from '../../domain/workbench/imported-standard.js';
import { IMPORT_XLSX_MESSAGES } from '../../domain/shared/messages/import-xlsx.js';
import { LANGS, type Lang } from '../../domain/shared/messages/index.js';

type Key = keyof typeof IMPORT_XLSX_MESSAGES extends `import.xlsx.${infer K}` ? K : never;

/** Fills `import.xlsx.<key>`; a parameter may differ by language (a reason said in each). */
function m(key: Key, params: Record<string, string | ImportMessage> = {}): ImportMessage {
  const texts = IMPORT_XLSX_MESSAGES[`import.xlsx.${key}`];
  const fill = (lang: Lang) =>
    texts[lang].replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'string' ? value : value[lang];
    });
  return Object.fromEntries(LANGS.map((lang) => [lang, fill(lang)])) as ImportMessage;
}

export const MSG = {
  /** `why` in each language when it is known (zip-bounds.ts), else one text (a library's English). */
  notWorkbook: (why: string | ImportMessage) => m('notWorkbook', { why }),
  missingSheet: (name: string) => m('missingSheet', { sheet: name }),
  noCards: () => m('noCards'),
  emptyCardSheet: () => m('emptyCardSheet'),
  unknownRowType: (value: string) => m('unknownRowType', { value }),
  required: (what: string) => m('required', { what }),
  missingRow: (what: string) => m('missingRow', { what }),
  repeatedRow: (what: string) => m('repeatedRow', { what }),
  unknownValue: (value: string, allowed: string[]) => m('unknownValue', { value, allowed: allowed.join(', ') }),
  badCode: (value: string) => m('badCode', { value }),
  badNumber: (value: string, min: number, max: number) => m('badNumber', { value, min: String(min), max: String(max) }),
  badDate: (value: string) => m('badDate', { value }),
  badId: (value: string) => m('badId', { value }),
  duplicateId: (value: string, first: string) => m('duplicateId', { value, first }),
  orphan: (row: string, parent: string) => m('orphan', { row, parent }),
  childless: (row: string, child: string) => m('childless', { row, child }),
  orderBlank: () => m('orderBlank'),
  badCardRef: (value: string) => m('badCardRef', { value }),
  invalid: (detail: string) => m('invalid', { detail }),
};
