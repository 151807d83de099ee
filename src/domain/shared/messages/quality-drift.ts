/**
 * The sentences of the domain-drift quality rule (`quality.drift.*`;
 * src/domain/quality/rules/drift.ts): the fields of work it recognises (the Russian in the
 * genitive, "лексика клинической сферы") and its finding.
 */
import type { Texts } from './lang.js';

export const QUALITY_DRIFT_MESSAGES = {
  'quality.drift.domain.clinical': { kk: 'клиникалық (емдеу)', ru: 'клинической (лечебной)', en: 'clinical' },
  'quality.drift.domain.penal': { kk: 'қылмыстық-атқару', ru: 'уголовно-исполнительной', en: 'penal' },
  'quality.drift.domain.school': { kk: 'мектептік оқыту', ru: 'школьной (учебной)', en: 'school teaching' },
  'quality.drift.foreign': {
    kk: '{item} {domain} саласының сөздерін қолданады ({words}), ал картаның кәсібі бұл салаға жатпайды — мәтін басқа бейіннен көшірілген болуы мүмкін.',
    ru: '{item} использует лексику {domain} сферы ({words}), к которой профессия карточки не относится: текст, вероятно, перенесён из другого профиля.',
    en: "{item} uses {domain} vocabulary ({words}) although the card's profession is not in that field: the text was probably copied from another profile.",
  },
} as const satisfies Record<`quality.drift.${string}`, Texts>;
