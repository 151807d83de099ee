/**
 * The words for the codes that outputs would otherwise print as they are (`second`,
 * `mid-level-specialist`, `tvet`, `social`): categories, requirement groups, education levels and
 * fields, in kk, ru and en. `valueWord` falls back to the code for a value a new standard adds.
 */
import type { Lang, Texts } from './lang.js';

export const VALUE_MESSAGES = {
  'value.category.higher': { kk: 'жоғары санат', ru: 'высшая категория', en: 'higher category' },
  'value.category.first': { kk: 'бірінші санат', ru: 'первая категория', en: 'first category' },
  'value.category.second': { kk: 'екінші санат', ru: 'вторая категория', en: 'second category' },
  'value.category.none': { kk: 'санатсыз', ru: 'без категории', en: 'no category' },
  'value.group.high-level-specialist': {
    kk: 'біліктілігі жоғары деңгейдегі маман',
    ru: 'специалист высшего уровня квалификации',
    en: 'high-level qualified specialist',
  },
  'value.group.mid-level-specialist': {
    kk: 'біліктілігі орта деңгейдегі маман',
    ru: 'специалист среднего уровня квалификации',
    en: 'mid-level qualified specialist',
  },
  'value.group.general': { kk: 'жалпы талаптар', ru: 'общие требования', en: 'general requirements' },
  'value.education.basic-secondary': {
    kk: 'негізгі орта білім',
    ru: 'основное среднее образование',
    en: 'basic secondary education',
  },
  'value.education.tvet': {
    kk: 'техникалық және кәсіптік білім',
    ru: 'техническое и профессиональное образование',
    en: 'technical and vocational education',
  },
  'value.education.higher': { kk: 'жоғары білім', ru: 'высшее образование', en: 'higher education' },
  'value.education.postgraduate': {
    kk: 'жоғары оқу орнынан кейінгі білім',
    ru: 'послевузовское образование',
    en: 'postgraduate education',
  },
  'value.field.social': { kk: 'әлеуметтік', ru: 'социальное', en: 'social' },
  'value.field.economic': { kk: 'экономикалық', ru: 'экономическое', en: 'economic' },
  'value.field.pedagogical': { kk: 'педагогикалық', ru: 'педагогическое', en: 'pedagogical' },
  'value.field.medical': { kk: 'медициналық', ru: 'медицинское', en: 'medical' },
  'value.field.psychological': { kk: 'психологиялық', ru: 'психологическое', en: 'psychological' },
  'value.field.legal': { kk: 'заңгерлік', ru: 'юридическое', en: 'legal' },
  'value.field.other': { kk: 'басқа', ru: 'другое', en: 'other' },
} as const satisfies Record<`value.${string}`, Texts>;

export type ValueKind = 'category' | 'group' | 'education' | 'field';

const table: Record<string, Texts> = VALUE_MESSAGES;

/** The word for a code in `lang`, lower case as inside a sentence; the code itself when unknown. */
export function valueWord(lang: Lang, kind: ValueKind, code: string): string {
  return table[`value.${kind}.${code}`]?.[lang] ?? code;
}
