/**
 * The staff-list batch check's row errors (`batch.row.*`) and the spellings it accepts for
 * education levels, fields and the certificate besides the codes
 * (src/domain/qualification/batch-messages.ts builds the errors and reads the values).
 * A row error is a phrase without a final stop: a row's errors are joined with "; ". Its `en` is
 * also the error's `message`, as the API has always given it.
 */
import type { Lang, Texts } from './lang.js';

export const BATCH_ROW_MESSAGES = {
  'batch.row.noCode': {
    kk: 'карточка коды көрсетілмеген (үлгі: 2635-3-001)',
    ru: 'не указан код карточки (образец: 2635-3-001)',
    en: 'no card code is given (like 2635-3-001)',
  },
  'batch.row.badCode': {
    kk: '«{code}» — карточка коды емес (үлгі: 2635-3-001)',
    ru: '«{code}» — не код карточки (образец: 2635-3-001)',
    en: '"{code}" is not a card code like 2635-3-001',
  },
  'batch.row.badLevel': {
    kk: '«{level}» — 1-ден 8-ге дейінгі деңгей емес',
    ru: '«{level}» — не уровень от 1 до 8',
    en: '"{level}" is not a level from 1 to 8',
  },
  'batch.row.noLevel': {
    kk: 'деңгей көрсетілмеген (1-ден 8-ге дейін)',
    ru: 'не указан уровень (от 1 до 8)',
    en: '"" is not a level from 1 to 8',
  },
  'batch.row.unknownCard': {
    kk: '{card} карточкасы бұл редакцияда жоқ',
    ru: 'карточки {card} нет в этой редакции',
    en: 'there is no card {card}',
  },
  'batch.row.badEducation': {
    kk: '«{value}» — белгісіз білім деңгейі (мүмкін мәндер: {accepted})',
    ru: '«{value}» — неизвестный уровень образования (возможные значения: {accepted})',
    en: '"{value}" is not an education level: one of {accepted}',
  },
  'batch.row.noEducation': {
    kk: 'білім деңгейі көрсетілмеген (мүмкін мәндер: {accepted})',
    ru: 'не указан уровень образования (возможные значения: {accepted})',
    en: 'no education level is given: one of {accepted}',
  },
  'batch.row.badField': {
    kk: '«{value}» — белгісіз білім саласы (мүмкін мәндер: {accepted})',
    ru: '«{value}» — неизвестное направление образования (возможные значения: {accepted})',
    en: '"{value}" is not an education field: one of {accepted}',
  },
  'batch.row.noField': {
    kk: 'білім саласы көрсетілмеген (мүмкін мәндер: {accepted})',
    ru: 'не указано направление образования (возможные значения: {accepted})',
    en: 'no education field is given: one of {accepted}',
  },
  'batch.row.badCertificate': {
    kk: '«{value}» — сертификат бағанында «иә», «жоқ» немесе бос ұяшық болуы керек',
    ru: '«{value}» — в столбце сертификата должно быть «да», «нет» или пусто',
    en: '"{value}" is not a certificate: yes, no, social-training or empty',
  },
  'batch.row.badCategory': {
    kk: '«{value}» — белгісіз санат (мүмкін мәндер: {accepted})',
    ru: '«{value}» — неизвестная категория (возможные значения: {accepted})',
    en: '"{value}" is not a category: one of {accepted}',
  },
  'batch.row.badYears': {
    kk: '{where}«{value}» — жыл саны емес',
    ru: '{where}«{value}» — не число лет',
    en: '{where}"{value}" is not a number of years',
  },
  'batch.row.negativeYears': {
    kk: '{where}жыл саны теріс болмауы керек',
    ru: '{where}число лет не может быть отрицательным',
    en: '{where}years cannot be negative',
  },
  'batch.row.tooManyYears': {
    kk: '{where}жыл саны {max} жылдан аспауы керек',
    ru: '{where}не больше {max} лет',
    en: '{where}years cannot exceed {max}',
  },
  'batch.row.tooManyEntries': {
    kk: 'жұмыс өтілі туралы жазбалар тым көп (ең көбі — {max})',
    ru: 'не больше {max} записей о стаже',
    en: 'at most {max} experience entries',
  },
} as const satisfies Record<`batch.row.${string}`, Texts>;

/** Spellings accepted in each language; the first is the one the template writes. */
export type Accepted = Record<Lang, readonly string[]>;

export const EDUCATION_WORDS = {
  'basic-secondary': { kk: ['негізгі орта'], ru: ['основное среднее'], en: ['basic secondary'] },
  tvet: {
    kk: ['техникалық және кәсіптік', 'тжкб'],
    ru: ['техническое и профессиональное', 'типо'],
    en: ['technical and vocational'],
  },
  higher: { kk: ['жоғары'], ru: ['высшее'], en: ['higher'] },
  postgraduate: { kk: ['жоғары оқу орнынан кейінгі'], ru: ['послевузовское'], en: ['postgraduate'] },
} as const satisfies Record<string, Accepted>;

export const FIELD_WORDS = {
  social: { kk: ['әлеуметтік'], ru: ['социальное'], en: ['social'] },
  economic: { kk: ['экономикалық'], ru: ['экономическое'], en: ['economic'] },
  pedagogical: { kk: ['педагогикалық'], ru: ['педагогическое'], en: ['pedagogical'] },
  medical: { kk: ['медициналық'], ru: ['медицинское'], en: ['medical'] },
  psychological: { kk: ['психологиялық'], ru: ['психологическое'], en: ['psychological'] },
  legal: { kk: ['құқықтық', 'заңгерлік'], ru: ['юридическое', 'правовое'], en: ['legal'] },
  other: { kk: ['басқа'], ru: ['другое'], en: ['other'] },
} as const satisfies Record<string, Accepted>;

/** The standard knows one certificate, so "yes" in its column can only mean that one. */
export const CERTIFICATE_YES: Accepted = { kk: ['иә', 'бар'], ru: ['да', 'есть'], en: ['yes'] };
export const CERTIFICATE_NO: Accepted = { kk: ['жоқ'], ru: ['нет'], en: ['no'] };

/** Every accepted-spelling table, for the catalogue test (each language has at least one word). */
export const ACCEPTED_TABLES: Record<string, Record<string, Accepted>> = {
  education: EDUCATION_WORDS,
  field: FIELD_WORDS,
  certificate: { yes: CERTIFICATE_YES, no: CERTIFICATE_NO },
};
