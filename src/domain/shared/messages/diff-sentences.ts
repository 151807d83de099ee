/**
 * The catalogue's builders for the diff between editions (src/domain/editions/diff.ts): the
 * words of its plain-language summary and change messages in Kazakh (the source
 * language of the standard), Russian and English. Kazakh puts a noun after a numeral in the
 * singular ("3 дағды"); Russian needs three plural forms and, after "1", a verb agreeing in
 * gender ("добавлен 1 навык", "добавлена 1 задача").
 */
import type { CardKey } from '../../standard/edition.js';
import type { ItemKind } from '../../standard/item-tree.js';
import { DIFF_FIELD_NAMES } from './diff-fields.js';
import type { Lang, Texts } from './lang.js';

export { type Lang, LANGS, type Texts } from './lang.js';

type Gender = 'm' | 'f' | 'n';
type Noun = {
  kk: string;
  /** [after 1, after 2–4, after 5+] */
  ru: [string, string, string];
  ruGender: Gender;
  en: [string, string];
  /** A position in a path: "1-міндет", "task 1". */
  place: Record<Lang, (n: number) => string>;
};

export const NOUNS: Record<ItemKind, Noun> = {
  card: {
    kk: 'карточка',
    ru: ['карточка', 'карточки', 'карточек'],
    ruGender: 'f',
    en: ['card', 'cards'],
    place: { kk: (n) => `${n}-карточка`, ru: (n) => `карточка ${n}`, en: (n) => `card ${n}` },
  },
  otherName: {
    kk: 'басқа атау',
    ru: ['другое наименование', 'других наименования', 'других наименований'],
    ruGender: 'n',
    en: ['other name', 'other names'],
    place: { kk: (n) => `${n}-басқа атау`, ru: (n) => `другое наименование ${n}`, en: (n) => `other name ${n}` },
  },
  qualificationGroup: {
    kk: 'талаптар тобы',
    ru: ['группа требований', 'группы требований', 'групп требований'],
    ruGender: 'f',
    en: ['requirement group', 'requirement groups'],
    place: {
      kk: (n) => `${n}-талаптар тобы`,
      ru: (n) => `группа требований ${n}`,
      en: (n) => `requirement group ${n}`,
    },
  },
  qualificationRule: {
    kk: 'біліктілік талабы',
    ru: ['квалификационное требование', 'квалификационных требования', 'квалификационных требований'],
    ruGender: 'n',
    en: ['requirement rule', 'requirement rules'],
    place: { kk: (n) => `${n}-талап`, ru: (n) => `требование ${n}`, en: (n) => `requirement ${n}` },
  },
  labourFunction: {
    kk: 'еңбек функциясы',
    ru: ['трудовая функция', 'трудовые функции', 'трудовых функций'],
    ruGender: 'f',
    en: ['labour function', 'labour functions'],
    place: { kk: (n) => `${n}-еңбек функциясы`, ru: (n) => `функция ${n}`, en: (n) => `function ${n}` },
  },
  task: {
    kk: 'міндет',
    ru: ['задача', 'задачи', 'задач'],
    ruGender: 'f',
    en: ['task', 'tasks'],
    place: { kk: (n) => `${n}-міндет`, ru: (n) => `задача ${n}`, en: (n) => `task ${n}` },
  },
  skill: {
    kk: 'дағды',
    ru: ['навык', 'навыка', 'навыков'],
    ruGender: 'm',
    en: ['skill', 'skills'],
    place: { kk: (n) => `${n}-дағды`, ru: (n) => `навык ${n}`, en: (n) => `skill ${n}` },
  },
  knowledge: {
    kk: 'білім',
    ru: ['знание', 'знания', 'знаний'],
    ruGender: 'n',
    en: ['knowledge item', 'knowledge items'],
    place: { kk: (n) => `${n}-білім`, ru: (n) => `знание ${n}`, en: (n) => `knowledge item ${n}` },
  },
  link: {
    kk: 'басқа кәсіппен байланыс',
    ru: ['связь с другой профессией', 'связи с другими профессиями', 'связей с другими профессиями'],
    ruGender: 'f',
    en: ['link to another profession', 'links to other professions'],
    place: { kk: (n) => `${n}-байланыс`, ru: (n) => `связь ${n}`, en: (n) => `link ${n}` },
  },
  qualificationLink: {
    kk: 'біліктілік сипаттамасымен байланыс',
    ru: [
      'связь с квалификационным справочником',
      'связи с квалификационным справочником',
      'связей с квалификационным справочником',
    ],
    ruGender: 'f',
    en: ['qualification reference link', 'qualification reference links'],
    place: {
      kk: (n) => `${n}-біліктілік сілтемесі`,
      ru: (n) => `связь с КС ${n}`,
      en: (n) => `qualification link ${n}`,
    },
  },
  term: {
    kk: 'термин',
    ru: ['термин', 'термина', 'терминов'],
    ruGender: 'm',
    en: ['term', 'terms'],
    place: { kk: (n) => `${n}-термин`, ru: (n) => `термин ${n}`, en: (n) => `term ${n}` },
  },
  profession: {
    kk: 'кәсіп',
    ru: ['профессия', 'профессии', 'профессий'],
    ruGender: 'f',
    en: ['profession', 'professions'],
    place: { kk: (n) => `${n}-кәсіп`, ru: (n) => `профессия ${n}`, en: (n) => `profession ${n}` },
  },
};

/** The Russian plural form for a count: 1 навык, 2 навыка, 5 навыков. */
export function ruForm(n: number): 0 | 1 | 2 {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 0;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 1;
  return 2;
}

/** Past participles by gender; after a numeral other than 1, the neuter ("добавлено 3 навыка"). */
type RuVerb = Record<Gender | 'pl', string>;
const ruVerb = (m: string): RuVerb => {
  const stem = m.replace(/ён$/, 'ен');
  return { m, f: `${stem}а`, n: `${stem}о`, pl: `${stem}о` };
};

export type ItemChangeVerb =
  | 'added'
  | 'removed'
  | 'reworded'
  | 'moved'
  | 'renumbered'
  | 'requirementChanged'
  | 'attributesChanged';

const VERBS: Record<ItemChangeVerb, { kk: string; ru: RuVerb; en: string }> = {
  added: { kk: 'қосылды', ru: ruVerb('добавлен'), en: 'added' },
  removed: { kk: 'алынып тасталды', ru: ruVerb('исключён'), en: 'removed' },
  reworded: { kk: 'қайта тұжырымдалды', ru: ruVerb('переформулирован'), en: 'reworded' },
  moved: { kk: 'басқа орынға ауыстырылды', ru: ruVerb('перемещён'), en: 'moved' },
  renumbered: {
    kk: 'жаңа сәйкестендіргіш алды',
    ru: {
      m: 'получил новый идентификатор',
      f: 'получила новый идентификатор',
      n: 'получило новый идентификатор',
      pl: 'получили новый идентификатор',
    },
    en: 'given a new id',
  },
  requirementChanged: { kk: 'өзгертілді', ru: ruVerb('изменён'), en: 'changed' },
  attributesChanged: { kk: 'деректері өзгертілді', ru: ruVerb('изменён'), en: 'changed' },
};

export const capitalize = (s: string) => (s ? s[0]?.toLocaleUpperCase('kk') + s.slice(1) : s);

const MOVED_TO: Record<'task' | 'function', Texts> = {
  task: { kk: 'басқа міндетке', ru: 'в другую задачу', en: 'to another task' },
  function: { kk: 'басқа еңбек функциясына', ru: 'в другую трудовую функцию', en: 'to another labour function' },
};

/** "2635-3-001 5-деңгей", "2635-3-001 уровня 5", "2635-3-001 level 5". */
export const cardPhrase: Record<Lang, (card: CardKey) => string> = {
  kk: (c) => `${c.code} ${c.level}-деңгей`,
  ru: (c) => `${c.code} уровня ${c.level}`,
  en: (c) => `${c.code} level ${c.level}`,
};

/**
 * One summary sentence for a count of like changes in one card:
 * "3 skills added to card 2635-3-001 level 5." / "2635-3-001 5-деңгей карточкасына 3 дағды қосылды."
 */
export function countSentence(
  verb: ItemChangeVerb,
  kind: ItemKind,
  count: number,
  card: CardKey | null,
  fromCard: CardKey | null = null,
  movedTo: 'task' | 'function' | 'card' | null = null,
): Texts {
  const noun = NOUNS[kind];
  const v = VERBS[verb];
  const ruVerbForm = ruForm(count) === 0 ? v.ru[noun.ruGender] : v.ru.pl;
  const ruNoun = `${count} ${noun.ru[ruForm(count)]}`;
  const enNoun = `${count} ${noun.en[count === 1 ? 0 : 1]}`;
  const kkNoun = `${count} ${noun.kk}`;
  const target = movedTo === 'task' || movedTo === 'function' ? MOVED_TO[movedTo] : null;
  const kkVerb = verb === 'moved' && target ? `${target.kk} ауыстырылды` : v.kk;
  const enVerb = verb === 'moved' && target ? `moved ${target.en}` : v.en;
  const ruTail = verb === 'moved' && target ? ` (${target.ru})` : '';
  if (!card) {
    return {
      kk: `${capitalize(kkNoun)} ${kkVerb}.`,
      ru: `${capitalize(ruVerbForm)} ${ruNoun}.`,
      en: `${capitalize(enNoun)} ${enVerb}.`,
    };
  }
  if (verb === 'moved' && fromCard && (fromCard.code !== card.code || fromCard.level !== card.level)) {
    return {
      kk: `${cardPhrase.kk(fromCard)} карточкасынан ${cardPhrase.kk(card)} карточкасына ${kkNoun} ауыстырылды.`,
      ru: `Из карточки ${cardPhrase.ru(fromCard)} в карточку ${cardPhrase.ru(card)} ${ruVerbForm} ${ruNoun}.`,
      en: `${capitalize(enNoun)} moved from card ${cardPhrase.en(fromCard)} to card ${cardPhrase.en(card)}.`,
    };
  }
  const kkCase = verb === 'added' ? 'карточкасына' : verb === 'removed' ? 'карточкасынан' : 'карточкасында';
  const ruPrep =
    verb === 'added'
      ? `В карточку ${cardPhrase.ru(card)}`
      : verb === 'removed'
        ? `Из карточки ${cardPhrase.ru(card)}`
        : `В карточке ${cardPhrase.ru(card)}`;
  const enPrep = verb === 'added' ? 'to' : verb === 'removed' ? 'from' : verb === 'moved' ? 'within' : 'in';
  return {
    kk: `${cardPhrase.kk(card)} ${kkCase} ${kkNoun} ${kkVerb}.`,
    ru: `${ruPrep} ${ruVerbForm} ${ruNoun}${ruTail}.`,
    en: `${capitalize(enNoun)} ${enVerb} ${enPrep} card ${cardPhrase.en(card)}.`,
  };
}

/** A changed item in a change message: "Skill added", "Дағды қосылды", "Навык добавлен". */
export function itemVerbPhrase(verb: ItemChangeVerb, kind: ItemKind): Texts {
  const noun = NOUNS[kind];
  const v = VERBS[verb];
  return {
    kk: `${capitalize(noun.kk)} ${v.kk}`,
    ru: `${capitalize(noun.ru[0])} ${v.ru[noun.ruGender]}`,
    en: `${capitalize(noun.en[0])} ${v.en}`,
  };
}

export function fieldName(field: string): Texts {
  const known = DIFF_FIELD_NAMES[field];
  if (known) return known;
  const provision = /^provisions\.(.+)$/.exec(field);
  if (provision) {
    return {
      kk: `${provision[1]} ережесі`,
      ru: `положение ${provision[1]}`,
      en: `provision ${provision[1]}`,
    };
  }
  return { kk: field, ru: field, en: field };
}

/** Where an item stands, its card part: "2635-3-001 5-деңгей карточкасы", "card 2635-3-001 level 5". */
export function cardWhere(card: CardKey): Texts {
  return {
    kk: `${cardPhrase.kk(card)} карточкасы`,
    ru: `карточка ${card.code}, уровень ${card.level}`,
    en: `card ${cardPhrase.en(card)}`,
  };
}

/** A changed field of the edition: "Order number changed: «1» → «2»". */
export function fieldChangedSentence(name: Texts, from: string, to: string): Texts {
  return {
    kk: `${capitalize(name.kk)} өзгертілді: ${from} → ${to}`,
    ru: `Изменено: ${name.ru} (${from} → ${to})`,
    en: `${capitalize(name.en)} changed: ${from} → ${to}`,
  };
}

/** A reworded field of an item other than its own text: "Card education level reworded". */
export function fieldRewordedPhrase(kind: ItemKind, field: Texts): Texts {
  const noun = NOUNS[kind];
  return {
    kk: `${capitalize(noun.kk)} ${field.kk} қайта тұжырымдалды`,
    ru: `${capitalize(noun.ru[0])}: переформулировано — ${field.ru}`,
    en: `${capitalize(noun.en[0])} ${field.en} reworded`,
  };
}

/** "Card 2635-3-001: level changed from 5 to 6". */
export function levelChangedSentence(before: CardKey, after: CardKey): Texts {
  return {
    kk: `${before.code} карточкасының деңгейі өзгертілді: ${before.level} → ${after.level}`,
    ru: `Карточка ${before.code}: уровень изменён с ${before.level} на ${after.level}`,
    en: `Card ${before.code}: level changed from ${before.level} to ${after.level}`,
  };
}

/** "Card 2635-3-001 level 5: code changed from 2635-3-001 to 2635-3-002". */
export function codeChangedSentence(before: CardKey, after: CardKey): Texts {
  return {
    kk: `${cardPhrase.kk(before)} карточкасының коды өзгертілді: ${before.code} → ${after.code}`,
    ru: `Карточка ${cardPhrase.ru(before)}: код изменён с ${before.code} на ${after.code}`,
    en: `Card ${cardPhrase.en(before)}: code changed from ${before.code} to ${after.code}`,
  };
}

type EditionRef = { id: string; order: { date: string; number: string } };

/** The summary's first sentence: which editions were compared and how many changes there are. */
export function comparedSentence(from: EditionRef, to: EditionRef, n: number): Texts {
  return {
    kk: `${to.id} редакциясы (${to.order.date} № ${to.order.number} бұйрық) ${from.id} редакциясымен (${from.order.date} № ${from.order.number} бұйрық) салыстырылды: ${n === 0 ? 'өзгеріс жоқ' : `${n} өзгеріс`}.`,
    ru: `Редакция ${to.id} (приказ № ${to.order.number} от ${to.order.date}) сравнена с редакцией ${from.id} (приказ № ${from.order.number} от ${from.order.date}): ${n === 0 ? 'изменений нет' : `изменений — ${n}`}.`,
    en: `Edition ${to.id} (order No. ${to.order.number} of ${to.order.date}) compared with ${from.id} (order No. ${from.order.number} of ${from.order.date}): ${n === 0 ? 'no changes' : `${n} change${n === 1 ? '' : 's'}`}.`,
  };
}

/** A card added or removed, with its name: "Card 2635-3-001 level 5 added: «…»." */
export function cardAddedOrRemovedSentence(kind: 'added' | 'removed', card: CardKey, name: string): Texts {
  return {
    kk: `${cardPhrase.kk(card)} карточкасы ${kind === 'added' ? 'қосылды' : 'алынып тасталды'}: «${name}».`,
    ru: `${kind === 'added' ? 'Добавлена' : 'Исключена'} карточка ${card.code}, уровень ${card.level}: «${name}».`,
    en: `Card ${cardPhrase.en(card)} ${kind}: «${name}».`,
  };
}
