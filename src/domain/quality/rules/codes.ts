/**
 * Codes and names: malformed codes, one code for two professions, other names that carry the
 * card's own code or a code claimed elsewhere, and names that differ between the card, its
 * heading and the list of professions.
 */
import { messagesWith } from '../../shared/messages/index.js';
import { type CardKey, cardKeyString } from '../../standard/edition.js';
import { professionCodeSchema } from '../../standard/schemas.js';
import type { Card } from '../../standard/schemas.js';
import { analyse, cardIn, cardName, findingAt, placeOf, q, type TextItem } from '../context.js';
import { comparable, excerpt, words } from '../text.js';
import type { Finding, RelatedPlace, Rule } from '../types.js';

const keyOf = (card: Card): CardKey => ({ code: card.code.value, level: card.level.value });
const wellFormed = (code: string) => professionCodeSchema.safeParse(code).success;

export const malformedCode: Rule = {
  id: 'malformed-code',
  family: 'codes',
  severity: 'error',
  description:
    'A profession code (of a card, an other name, a link or the list of professions) that is not of the form NNNN-N-NNN.',
  check(edition) {
    const out: Finding[] = [];
    const bad = (code: string) => messagesWith('quality.codes.malformed', { code: q(code) });
    for (const card of edition.cards) {
      const key = keyOf(card);
      if (!wellFormed(card.code.value)) {
        out.push({
          rule: this.id,
          severity: 'error',
          location: { card: key, path: 'code', itemId: card.id },
          source: { lines: card.code.source.lines },
          evidence: { text: card.code.value },
          message: bad(card.code.value),
        });
      }
      card.otherNames.forEach((n, i) => {
        if (n.code === undefined || wellFormed(n.code)) return;
        out.push({
          rule: this.id,
          severity: 'error',
          location: { card: key, path: `otherNames[${i}].code`, itemId: n.id },
          source: { lines: n.source.lines },
          evidence: { text: n.code },
          message: bad(n.code),
        });
      });
      card.links.forEach((l, i) => {
        if (!l.card || wellFormed(l.card.code)) return;
        out.push({
          rule: this.id,
          severity: 'error',
          location: { card: key, path: `links[${i}].card.code`, itemId: l.id },
          source: { lines: l.source.lines },
          evidence: { text: l.card.code },
          message: bad(l.card.code),
        });
      });
    }
    edition.professions.forEach((p, i) => {
      p.cards.forEach((ref, j) => {
        if (wellFormed(ref.code)) return;
        out.push({
          rule: this.id,
          severity: 'error',
          location: { card: null, path: `professions[${i}].cards[${j}].code`, itemId: p.id },
          source: { lines: p.source.lines },
          evidence: { text: ref.code },
          message: bad(ref.code),
        });
      });
    });
    return out;
  },
};

/** Word-level difference of two names, for the evidence: words only in a, words only in b. */
function wordDiff(a: string, b: string): { onlyA: string[]; onlyB: string[] } {
  const wa = words(a);
  const wb = words(b);
  const sb = new Set(wb);
  const sa = new Set(wa);
  return { onlyA: wa.filter((w) => !sb.has(w)), onlyB: wb.filter((w) => !sa.has(w)) };
}

/** One name is the other with words added (a qualifier in brackets, a missing word). */
const oneExtendsTheOther = (a: string, b: string): boolean => {
  const { onlyA, onlyB } = wordDiff(a, b);
  return onlyA.length === 0 || onlyB.length === 0;
};

function nameItem(cardId: string, items: TextItem[]): TextItem | undefined {
  return items.find((i) => i.kind === 'cardName' && i.card?.id === cardId);
}

export const codeNameConflict: Rule = {
  id: 'code-name-conflict',
  family: 'codes',
  severity: 'error',
  description:
    'Cards with one profession code but different profession names: different professions under one code (error) or the same name written with or without some words (warning).',
  check(edition) {
    const out: Finding[] = [];
    const { items } = analyse(edition);
    const byCode = new Map<string, Card[]>();
    for (const card of edition.cards) byCode.set(card.code.value, [...(byCode.get(card.code.value) ?? []), card]);
    for (const [code, cards] of byCode) {
      const first = cards[0];
      if (!first) continue;
      const seen: Card[] = [first];
      for (const card of cards.slice(1)) {
        const same = seen.find((s) => comparable(s.name.kk) === comparable(card.name.kk));
        if (same) continue;
        const other = seen[0] as Card;
        const item = nameItem(card.id, items);
        const otherItem = nameItem(other.id, items);
        seen.push(card);
        if (!item || !otherItem) continue;
        const slight = oneExtendsTheOther(card.name.kk, other.name.kk);
        const diff = wordDiff(card.name.kk, other.name.kk);
        const o = cardIn(keyOf(other));
        const names = { code, name: q(excerpt(card.name.kk)), card: o, other: q(excerpt(other.name.kk)) };
        out.push(
          findingAt(
            this.id,
            slight ? 'warning' : 'error',
            item,
            slight
              ? messagesWith('quality.codes.nameDiffers', names)
              : messagesWith('quality.codes.twoProfessions', names),
            {
              text: card.name.kk,
              related: [placeOf(otherItem)],
              details: { onlyHere: diff.onlyA, onlyThere: diff.onlyB },
            },
          ),
        );
      }
    }
    return out;
  },
};

export const ownCodeAsOtherName: Rule = {
  id: 'own-code-as-other-name',
  family: 'codes',
  severity: 'warning',
  description:
    "An other possible name that carries the card's own profession code, i.e. the profession is listed as its own alternative.",
  check(edition) {
    const out: Finding[] = [];
    for (const item of analyse(edition).items) {
      if (item.kind !== 'otherName' || !item.card) continue;
      const n = item.card.otherNames[item.position ?? -1];
      if (!n?.code || n.code !== item.card.code.value) continue;
      out.push(
        findingAt(
          this.id,
          'warning',
          item,
          messagesWith('quality.codes.ownCode', { name: q(excerpt(n.kk)), code: n.code ?? '' }),
        ),
      );
    }
    return out;
  },
};

type Claim = { item: TextItem; code: string; name: string };

export const otherNameCodeConflict: Rule = {
  id: 'other-name-code-conflict',
  family: 'codes',
  severity: 'warning',
  description:
    "An other name's code claimed by two professions, given to two different names, or equal to the code of another profession's card.",
  check(edition) {
    const out: Finding[] = [];
    const claims = new Map<string, Claim[]>();
    for (const item of analyse(edition).items) {
      if (item.kind !== 'otherName' || !item.card) continue;
      const n = item.card.otherNames[item.position ?? -1];
      if (!n?.code || n.code === item.card.code.value) continue;
      claims.set(n.code, [...(claims.get(n.code) ?? []), { item, code: n.code, name: n.kk }]);
    }
    const cardCodes = new Map(edition.cards.map((c) => [c.code.value, c]));
    for (const [code, list] of claims) {
      const first = list[0] as Claim;
      const professions = [...new Set(list.map((c) => c.item.card?.code.value ?? ''))];
      const related = (except: Claim): RelatedPlace[] => list.filter((c) => c !== except).map((c) => placeOf(c.item));
      if (professions.length > 1) {
        const second = list.find((c) => c.item.card?.code.value !== first.item.card?.code.value) as Claim;
        const o = cardIn(first.item.key as CardKey);
        out.push(
          findingAt(this.id, 'warning', second.item, messagesWith('quality.codes.claimedTwice', { code, card: o }), {
            text: second.name,
            related: related(second),
            details: { professions },
          }),
        );
      }
      const names = new Map<string, Claim>();
      for (const c of list) if (!names.has(comparable(c.name))) names.set(comparable(c.name), c);
      if (names.size > 1) {
        const [a, b] = [...names.values()] as [Claim, Claim];
        out.push(
          findingAt(
            this.id,
            oneExtendsTheOther(a.name, b.name) ? 'info' : 'warning',
            b.item,
            messagesWith('quality.codes.differentNames', { code, name: q(excerpt(b.name)), other: q(excerpt(a.name)) }),
            { text: b.name, related: [placeOf(a.item)] },
          ),
        );
      }
      const owner = cardCodes.get(code);
      if (owner) {
        const o = cardName(keyOf(owner));
        for (const c of list) {
          out.push(
            findingAt(
              this.id,
              'warning',
              c.item,
              messagesWith('quality.codes.othersCode', { name: q(excerpt(c.name)), code, card: o }),
              { text: c.name, details: { ownerCard: cardKeyString(keyOf(owner)) } },
            ),
          );
        }
      }
    }
    return out;
  },
};

export const otherNameUnitGroup: Rule = {
  id: 'other-name-unit-group',
  family: 'codes',
  severity: 'info',
  description:
    "An other name whose code lies in another unit group (first four digits) than the card's code, which is unusual for a synonym of the same profession.",
  check(edition) {
    const out: Finding[] = [];
    for (const item of analyse(edition).items) {
      if (item.kind !== 'otherName' || !item.card) continue;
      const n = item.card.otherNames[item.position ?? -1];
      if (!n?.code || !wellFormed(n.code) || !wellFormed(item.card.code.value)) continue;
      const own = item.card.code.value.slice(0, 4);
      const theirs = n.code.slice(0, 4);
      if (own === theirs) continue;
      out.push(
        findingAt(
          this.id,
          'info',
          item,
          messagesWith('quality.codes.otherGroup', {
            name: q(excerpt(n.kk)),
            code: n.code,
            cardCode: item.card.code.value,
            group: theirs,
          }),
        ),
      );
    }
    return out;
  },
};

/** The words of a heading before the profession name ("Мамандық картасы"): the most common first two words. */
function commonHeadingStart(cards: readonly Card[]): string | null {
  const counts = new Map<string, number>();
  for (const c of cards) {
    const start = words(c.title.kk).slice(0, 2).join(' ');
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > cards.length / 2 ? best[0] : null;
}

export const cardNameMismatch: Rule = {
  id: 'card-name-mismatch',
  family: 'codes',
  severity: 'warning',
  description:
    "A card's profession name that differs from its profession's entry in the list of professions (warning), a heading that names another profession or is worded unlike the other headings (info).",
  check(edition) {
    const out: Finding[] = [];
    const { items } = analyse(edition);
    const start = commonHeadingStart(edition.cards);
    for (const card of edition.cards) {
      const item = nameItem(card.id, items);
      if (!item) continue;
      const profession = edition.professions.find((p) =>
        p.cards.some((c) => c.code === card.code.value && c.level === card.level.value),
      );
      if (profession && comparable(profession.name.kk) !== comparable(card.name.kk)) {
        const diff = wordDiff(card.name.kk, profession.name.kk);
        const pi = edition.professions.indexOf(profession);
        out.push(
          findingAt(
            this.id,
            'warning',
            item,
            messagesWith('quality.codes.listName', {
              name: q(excerpt(card.name.kk)),
              other: q(excerpt(profession.name.kk)),
            }),
            {
              text: card.name.kk,
              related: [
                {
                  card: null,
                  path: `professions[${pi}]`,
                  itemId: profession.id,
                  text: profession.name.kk,
                  source: { lines: profession.source.lines },
                },
              ],
              details: { onlyOnCard: diff.onlyA, onlyInList: diff.onlyB },
            },
          ),
        );
      }
      const title = items.find((i) => i.kind === 'cardTitle' && i.card?.id === card.id);
      if (!title) continue;
      const nameWords = words(card.name.kk);
      const titleWords = words(card.title.kk);
      const tail = titleWords.slice(-nameWords.length).join(' ');
      if (nameWords.length > 0 && tail !== nameWords.join(' ')) {
        out.push(
          findingAt(
            this.id,
            'info',
            title,
            messagesWith('quality.codes.headingEnd', {
              title: q(excerpt(card.title.kk)),
              name: q(excerpt(card.name.kk)),
            }),
          ),
        );
      }
      const own = titleWords.slice(0, 2).join(' ');
      if (start && own !== start) {
        out.push(
          findingAt(
            this.id,
            'info',
            title,
            messagesWith('quality.codes.headingStart', { own: q(own), start: q(start) }),
            { text: card.title.kk, match: own },
          ),
        );
      }
    }
    return out;
  },
};
