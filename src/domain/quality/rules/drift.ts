/**
 * Domain drift: an item that speaks the vocabulary of another field of work than its card's
 * (patients and clinical observation in a card for social workers in prisons). Fields are
 * recognised by small lists of marker stems (DOMAINS); a field is the card's own when its
 * markers occur in the card's names (title, name, other names, its entry in the list of
 * professions) or in a good share of its items, or in most cards of the standard. Otherwise
 * every item using the field's markers is reported, with how rare the words are in the card
 * and in the standard.
 */
import { messages, messagesWith } from '../../shared/messages/index.js';
import { type TextItem, analyse, findingAt, itemName, q } from '../context.js';
import { words } from '../text.js';
import type { Finding, Message, Rule } from '../types.js';
import { cap } from './structure.js';

/** `name.ru` is in the genitive ("лексика клинической сферы"). */
export type Domain = { id: string; name: Message; markers: readonly string[] };

/**
 * Marker stems (a word counts when its normalised form starts with one). Only words that name
 * the field unmistakably: "медициналық" and "денсаулық" are left out because social-protection,
 * education and labour texts cite health legislation and medical-social services all the time,
 * and "науқас" (a sick person) because caring for the sick is ordinary social work.
 */
export const DOMAINS: readonly Domain[] = [
  {
    id: 'clinical',
    name: messages('quality.drift.domain.clinical'),
    markers: ['пациент', 'клиник', 'диагноз', 'емдеу', 'емдік', 'терапия', 'терапевт', 'стационар', 'хирург'],
  },
  {
    id: 'penal',
    name: messages('quality.drift.domain.penal'),
    markers: ['сотталған', 'сотталушы', 'пенитенциар', 'бас бостандығынан', 'қылмыстық-атқару', 'түзеу мекеме'],
  },
  {
    id: 'school',
    name: messages('quality.drift.domain.school'),
    markers: ['оқушы', 'сынып', 'сабақ кесте'],
  },
];

/** The field is the card's own when this share of its items uses the field's markers. */
const OWN_SHARE = 0.25;

function markersIn(ws: readonly string[], domain: Domain): string[] {
  const found = new Set<string>();
  const single = domain.markers.filter((m) => !m.includes(' '));
  for (const w of ws) {
    const parts = w.includes('-') ? [w, ...w.split('-')] : [w];
    if (single.some((m) => parts.some((p) => p.startsWith(m)))) found.add(w);
  }
  const phrases = domain.markers.filter((m) => m.includes(' '));
  if (phrases.length > 0) {
    const joined = ` ${ws.join(' ')}`;
    for (const m of phrases) if (joined.includes(` ${m}`)) found.add(m);
  }
  return [...found];
}

const ANCHORS = new Set(['cardTitle', 'cardName', 'otherName']);
const CHECKED = new Set(['labourFunction', 'task', 'skill', 'knowledge', 'personalCompetencies', 'workingConditions']);

export const domainDrift: Rule = {
  id: 'domain-drift',
  family: 'drift',
  severity: 'warning',
  description:
    'Vocabulary of another field of work (clinical, penal, school) in a card whose names and other items do not belong to that field, e.g. patients in a social-services card: usually text copied from another profile.',
  check(edition) {
    const { items, byCard } = analyse(edition);
    const out: Finding[] = [];
    const cardsWith = new Map<string, number>();
    for (const list of byCard.values()) {
      for (const d of DOMAINS) {
        if (list.some((i) => CHECKED.has(i.kind) && markersIn(i.words, d).length > 0)) {
          cardsWith.set(d.id, (cardsWith.get(d.id) ?? 0) + 1);
        }
      }
    }
    const standardWide = new Map<string, number>();
    for (const i of items) for (const w of i.words) standardWide.set(w, (standardWide.get(w) ?? 0) + 1);
    for (const [, list] of byCard) {
      const card = list[0]?.card;
      if (!card) continue;
      const profession = edition.professions.find((p) =>
        p.cards.some((c) => c.code === card.code.value && c.level === card.level.value),
      );
      const anchor = [
        ...list.filter((i) => ANCHORS.has(i.kind)).flatMap((i) => i.words),
        ...words(profession?.name.kk ?? ''),
      ];
      const checked = list.filter((i) => CHECKED.has(i.kind));
      for (const d of DOMAINS) {
        if (markersIn(anchor, d).length > 0) continue;
        if ((cardsWith.get(d.id) ?? 0) > edition.cards.length / 2) continue;
        const using = checked.map((i) => ({ item: i, found: markersIn(i.words, d) })).filter((x) => x.found.length > 0);
        if (using.length === 0 || using.length / checked.length >= OWN_SHARE) continue;
        for (const { item, found } of using) {
          out.push(drift(this.id, item, d, found, list, standardWide));
        }
      }
    }
    return out;
  },
};

function drift(
  rule: string,
  item: TextItem,
  d: Domain,
  found: string[],
  card: readonly TextItem[],
  standardWide: Map<string, number>,
): Finding {
  const name = itemName(item);
  const shown = found.map((w) => q(w)).join(', ');
  const inCard = found.map((w) => card.reduce((n, i) => n + i.words.filter((x) => x === w).length, 0));
  const inStandard = found.map((w) => standardWide.get(w) ?? 0);
  return findingAt(
    rule,
    'warning',
    item,
    messagesWith('quality.drift.foreign', {
      item: { kk: cap(name.kk), ru: cap(name.ru), en: cap(name.en) },
      domain: d.name,
      words: shown,
    }),
    { text: item.text, match: found.join(', '), details: { domain: d.id, words: found, inCard, inStandard } },
  );
}
