/**
 * The sentences of the duplication quality rules (`quality.duplication.*`;
 * src/domain/quality/rules/duplication.ts). `{item}` and `{other}` are items said in the
 * language (`quality.place.*`), `{text}` and the terms are quoted official Kazakh text.
 */
import type { Texts } from './lang.js';

export const QUALITY_DUPLICATION_MESSAGES = {
  'quality.duplication.how.exact': {
    kk: 'сөзбе-сөз қайталайды',
    ru: 'дословно повторяет',
    en: 'repeats word for word',
  },
  'quality.duplication.how.contained': {
    kk: 'толығымен қамтиды немесе соның ішінде тұр',
    ru: 'полностью содержит или входит в',
    en: 'contains, or is contained in,',
  },
  'quality.duplication.how.near': { kk: 'дерлік қайталайды', ru: 'почти повторяет', en: 'nearly repeats' },
  'quality.duplication.inCard': {
    kk: '{item} осы картадағы {other} мәтінін {how}: {text}.',
    ru: '{item} {how} {other} этой же карточки: {text}.',
    en: '{item} {how} {other} of the same card: {text}.',
  },
  'quality.duplication.otherCard': {
    kk: '{code} кәсібінің картасы ({levels}-деңгей)',
    ru: 'карточка профессии {code} (уровень {levels})',
    en: 'the card of profession {code} (level {levels})',
  },
  'quality.duplication.otherCards': {
    kk: '{code} кәсібінің карталары ({levels}-деңгей)',
    ru: 'карточки профессии {code} (уровни {levels})',
    en: 'the cards of profession {code} (levels {levels})',
  },
  'quality.duplication.acrossOne': {
    kk: '{item} басқа кәсіптің мәтінін қайталайды — {other}: {text}.',
    ru: '{item} повторяет текст другой профессии — {other}: {text}.',
    en: '{item} repeats the text of another profession, {other}: {text}.',
  },
  'quality.duplication.acrossMany': {
    kk: 'Бұл картаның {count} тармағы басқа кәсіптің мәтінін қайталайды — {other}.',
    ru: 'Пункты этой карточки ({count}) повторяют текст другой профессии — {other}.',
    en: '{count} items of this card repeat the text of another profession, {other}.',
  },
  'quality.duplication.termTwice': {
    kk: '{term} термині екі рет анықталған.',
    ru: 'Термин {term} определён дважды.',
    en: 'The term {term} is defined twice.',
  },
  'quality.duplication.definitionSame': {
    kk: '{term} терминінің анықтамасы {other} терминінің анықтамасымен сөзбе-сөз бірдей.',
    ru: 'Определение термина {term} дословно совпадает с определением термина {other}.',
    en: 'The definition of {term} is word for word the definition of {other}.',
  },
  'quality.duplication.definitionNear': {
    kk: '{term} терминінің анықтамасы {other} терминінің анықтамасын дерлік қайталайды.',
    ru: 'Определение термина {term} почти повторяет определение термина {other}.',
    en: 'The definition of {term} nearly repeats the definition of {other}.',
  },
} as const satisfies Record<`quality.duplication.${string}`, Texts>;
