/**
 * The names of the texts and data of an item that a change between editions may concern
 * ("Skill text reworded", "мәтіні"), in kk, ru and en (src/domain/shared/messages/diff-sentences.ts builds
 * the diff's sentences from them).
 */
import type { Texts } from './lang.js';

export const DIFF_FIELD_NAMES: Record<string, Texts> = {
  text: { kk: 'мәтіні', ru: 'текст', en: 'text' },
  name: { kk: 'атауы', ru: 'наименование', en: 'name' },
  title: { kk: 'тақырыбы', ru: 'заголовок', en: 'heading' },
  label: { kk: 'белгісі', ru: 'подпись', en: 'label' },
  term: { kk: 'термин', ru: 'термин', en: 'term' },
  definition: { kk: 'анықтамасы', ru: 'определение', en: 'definition' },
  educationLevel: { kk: 'білім деңгейі', ru: 'уровень образования', en: 'education level' },
  'educationLevel.levels': { kk: 'білім деңгейлері', ru: 'уровни образования', en: 'education levels' },
  'educationLevel.fields': { kk: 'білім салалары', ru: 'направления образования', en: 'fields of education' },
  personalCompetencies: { kk: 'жеке құзыреттер', ru: 'личностные компетенции', en: 'personal competencies' },
  workingConditions: { kk: 'еңбек жағдайлары', ru: 'условия труда', en: 'working conditions' },
  'qualification.basis': { kk: 'біліктілік негізі', ru: 'основание требований', en: 'basis of the requirements' },
  category: { kk: 'санаты', ru: 'категория', en: 'category' },
  education: { kk: 'білімі', ru: 'образование', en: 'education' },
  experience: { kk: 'жұмыс өтілі', ru: 'стаж', en: 'experience' },
  'experience.minYears': { kk: 'жұмыс өтілі (жыл)', ru: 'стаж (лет)', en: 'years of experience' },
  'experience.inCategory': { kk: 'өтіл санаты', ru: 'категория стажа', en: 'category of the experience' },
  'experience.where': { kk: 'өтіл орны', ru: 'где учитывается стаж', en: 'where the experience counts' },
  code: { kk: 'коды', ru: 'код', en: 'code' },
  level: { kk: 'деңгейі', ru: 'уровень', en: 'level' },
  levels: { kk: 'деңгейлері', ru: 'уровни', en: 'levels' },
  cards: { kk: 'карточкалары', ru: 'карточки', en: 'cards' },
  group: { kk: 'маман тобы', ru: 'группа специалистов', en: 'specialist group' },
  'card.code': { kk: 'сілтеме карточкасының коды', ru: 'код карточки связи', en: 'code of the linked card' },
  'card.level': { kk: 'сілтеме карточкасының деңгейі', ru: 'уровень карточки связи', en: 'level of the linked card' },
  'order.number': { kk: 'бұйрық нөмірі', ru: 'номер приказа', en: 'order number' },
  'order.date': { kk: 'бұйрық күні', ru: 'дата приказа', en: 'order date' },
  'order.registration.number': { kk: 'тіркеу нөмірі', ru: 'регистрационный номер', en: 'registration number' },
  'order.registration.date': { kk: 'тіркеу күні', ru: 'дата регистрации', en: 'registration date' },
  'order.inForceFrom': { kk: 'күшіне ену күні', ru: 'дата вступления в силу', en: 'date of entry into force' },
  'order.issuer': { kk: 'бұйрықты шығарған лауазымды адам', ru: 'издавшее приказ лицо', en: 'issuer' },
  'order.legalBasis': { kk: 'құқықтық негізі', ru: 'правовое основание', en: 'legal basis' },
  status: { kk: 'мәртебесі', ru: 'статус', en: 'status' },
  'standard.id': { kk: 'стандарт', ru: 'стандарт', en: 'standard' },
  'standard.title': { kk: 'стандарттың атауы', ru: 'наименование стандарта', en: 'title of the standard' },
  supersedes: { kk: 'өзгертілетін редакция', ru: 'изменяемая редакция', en: 'edition amended' },
  sourceFile: { kk: 'ресми мәтін файлы', ru: 'файл официального текста', en: 'file of the official text' },
};

/** `diff.field.<field>`, for the one catalogue. */
export const DIFF_FIELD_MESSAGES = Object.fromEntries(
  Object.entries(DIFF_FIELD_NAMES).map(([field, texts]) => [`diff.field.${field}`, texts]),
) as Record<`diff.field.${string}`, Texts>;
