/**
 * Structure: professions without cards, cards missing their core content, empty or cut-off
 * texts, broken list numbering.
 */
import { type CardKey, cardKeyString } from '../../standard/edition.js';
import type { NumberedText } from '../../standard/schemas.js';
import { CONTENT_KINDS, type TextItem, analyse, cardName, findingAt, itemName, q } from '../context.js';
import { messages, messagesWith } from '../../shared/messages/index.js';
import { excerpt } from '../text.js';
import type { Finding, Message, Rule } from '../types.js';

export const professionWithoutCard: Rule = {
  id: 'profession-without-card',
  family: 'structure',
  severity: 'info',
  description:
    'A profession of the list without any card, a listed level without a card, or a card that the list does not name.',
  check(edition) {
    const out: Finding[] = [];
    const named = new Set<string>();
    edition.professions.forEach((p, i) => {
      const location = { card: null, path: `professions[${i}]`, itemId: p.id };
      const source = { lines: p.source.lines };
      for (const ref of p.cards) named.add(cardKeyString(ref));
      const name = excerpt(p.name.kk);
      if (p.cards.length === 0) {
        out.push({
          rule: this.id,
          severity: 'info',
          location,
          source,
          evidence: { text: p.kk },
          message: messagesWith('quality.structure.professionNoCard', { name: q(name) }),
        });
        return;
      }
      for (const level of p.levels) {
        if (p.cards.some((c) => c.level === level)) continue;
        out.push({
          rule: this.id,
          severity: 'warning',
          location,
          source,
          evidence: { text: p.kk, details: { level } },
          message: messagesWith('quality.structure.professionNoLevelCard', { name: q(name), level: String(level) }),
        });
      }
    });
    for (const card of edition.cards) {
      const key: CardKey = { code: card.code.value, level: card.level.value };
      if (named.has(cardKeyString(key))) continue;
      const c = cardName(key);
      out.push({
        rule: this.id,
        severity: 'warning',
        location: { card: key, path: 'name', itemId: card.id },
        source: { lines: card.name.source.lines },
        evidence: { text: card.name.kk },
        message: messagesWith('quality.structure.cardNotListed', { card: { ...c, ru: cap(c.ru), en: cap(c.en) } }),
      });
    }
    return out;
  },
};

export const missingContent: Rule = {
  id: 'missing-content',
  family: 'structure',
  severity: 'error',
  description:
    'A card without labour functions, a function without tasks, a task (or a whole card) without skills or knowledge, a card without qualification requirements.',
  check(edition) {
    const out: Finding[] = [];
    for (const card of edition.cards) {
      const key = { code: card.code.value, level: card.level.value };
      const at = (
        path: string,
        itemId: string,
        lines: [number, number],
        severity: Finding['severity'],
        message: Message,
      ) =>
        out.push({
          rule: this.id,
          severity,
          location: { card: key, path, itemId },
          source: { lines },
          message,
        });
      if (card.labourFunctions.length === 0) {
        at('labourFunctions', card.id, card.source.lines, 'error', messages('quality.structure.noFunctions'));
      }
      if (card.qualification.groups.length === 0) {
        at('qualification', card.id, card.source.lines, 'info', messages('quality.structure.noRequirements'));
      }
      let skills = 0;
      let knowledge = 0;
      card.labourFunctions.forEach((fn, f) => {
        const wideSkills = fn.skills?.length ?? 0;
        const wideKnowledge = fn.knowledge?.length ?? 0;
        skills += wideSkills;
        knowledge += wideKnowledge;
        const n = fn.number ?? String(f + 1);
        if (fn.tasks.length === 0) {
          at(
            `labourFunctions[${f}].tasks`,
            fn.id,
            fn.name.source.lines,
            'error',
            messages('quality.structure.functionNoTasks', { function: n }),
          );
        }
        fn.tasks.forEach((task, t) => {
          skills += task.skills.length;
          knowledge += task.knowledge.length;
          const where = { function: n, task: String(t + 1) };
          const path = `labourFunctions[${f}].tasks[${t}]`;
          const noSkills = task.skills.length + wideSkills === 0;
          const noKnowledge = task.knowledge.length + wideKnowledge === 0;
          if (noSkills && noKnowledge) {
            at(path, task.id, task.name.source.lines, 'error', messages('quality.structure.taskNothing', where));
          } else if (noSkills) {
            at(path, task.id, task.name.source.lines, 'warning', messages('quality.structure.taskNoSkills', where));
          } else if (noKnowledge) {
            at(path, task.id, task.name.source.lines, 'warning', messages('quality.structure.taskNoKnowledge', where));
          }
        });
      });
      if (card.labourFunctions.length > 0 && skills === 0) {
        at('labourFunctions', card.id, card.source.lines, 'error', messages('quality.structure.cardNoSkills'));
      }
      if (card.labourFunctions.length > 0 && knowledge === 0) {
        at('labourFunctions', card.id, card.source.lines, 'error', messages('quality.structure.cardNoKnowledge'));
      }
    }
    return out;
  },
};

/** Words after which a Kazakh phrase cannot end: conjunctions and postpositions that need what follows. */
const DANGLING = new Set([
  'және',
  'мен',
  'бен',
  'пен',
  'немесе',
  'әрі',
  'не',
  'яки',
  'бойынша',
  'үшін',
  'арқылы',
  'туралы',
  'жөніндегі',
  'жөнінде',
  'сияқты',
  'қоса',
  'сондай-ақ',
]);
/** "1)", "а)" used as enumerators inside a text are not closing brackets. */
const ENUMERATOR = /(?:^|[\s;:,])[\p{N}\p{L}]\)/gu;

function bracketProblem(text: string): 'unclosed' | 'unopened' | 'quote' | null {
  const plain = text.replace(ENUMERATOR, ' ');
  let depth = 0;
  for (const ch of plain) {
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return 'unopened';
      depth--;
    }
  }
  if (depth > 0) return 'unclosed';
  const guillemets = (plain.match(/«/g)?.length ?? 0) - (plain.match(/»/g)?.length ?? 0);
  const straight = (plain.match(/["“”„]/g)?.length ?? 0) % 2;
  return guillemets !== 0 || straight !== 0 ? 'quote' : null;
}

export const cutOffText: Rule = {
  id: 'cut-off-text',
  family: 'structure',
  severity: 'warning',
  description:
    'An empty text, a text ending in a comma or in a word that needs a continuation ("және", "бойынша"), an unclosed or unopened bracket, an unpaired quote.',
  check(edition) {
    const out: Finding[] = [];
    for (const item of analyse(edition).items) {
      if (!CONTENT_KINDS.has(item.kind)) continue;
      const name = itemName(item);
      const text = item.text.trim();
      if (!/[\p{L}\p{N}]/u.test(text)) {
        out.push(
          findingAt(this.id, 'error', item, messagesWith('quality.structure.emptyText', { item: capAll(name) })),
        );
        continue;
      }
      const brackets = bracketProblem(text);
      if (brackets) {
        const what = messages(`quality.structure.bracket.${brackets}`);
        out.push(
          findingAt(
            this.id,
            'error',
            item,
            messagesWith('quality.structure.unpaired', { item: { ...capAll(name), en: name.en }, what }),
          ),
        );
      }
      if (item.kind === 'groupLabel' || item.kind === 'qualificationBasis') continue;
      const last = item.words[item.words.length - 1] ?? '';
      const endsInComma = /,\s*$/.test(text);
      const dangling = DANGLING.has(last) && /[\p{L}][\s;,.]*$/u.test(text);
      if (endsInComma || dangling) {
        const tail = endsInComma ? ',' : last;
        out.push(
          findingAt(
            this.id,
            'warning',
            item,
            messagesWith('quality.structure.cutOff', { item: capAll(name), tail: q(tail) }),
            { text: item.text, match: tail },
          ),
        );
      }
    }
    return out;
  },
};

function numberingOf(list: NumberedText[]): { repeated: string[]; skipped: number[]; unnumberedAfter: number | null } {
  const repeated: string[] = [];
  const skipped: number[] = [];
  let expected = 1;
  let lastNumbered = -1;
  const seen = new Set<string>();
  list.forEach((e, i) => {
    if (e.number === undefined) return;
    lastNumbered = i;
    const n = Number(e.number);
    if (seen.has(e.number)) repeated.push(e.number);
    seen.add(e.number);
    if (Number.isInteger(n) && n > expected) for (let k = expected; k < n; k++) skipped.push(k);
    if (Number.isInteger(n)) expected = Math.max(expected, n + 1);
  });
  const numbered = list.filter((e) => e.number !== undefined).length;
  const unnumberedAfter = numbered > 0 && numbered < list.length && lastNumbered < list.length - 1 ? numbered : null;
  return { repeated, skipped, unnumberedAfter };
}

export const listNumbering: Rule = {
  id: 'list-numbering',
  family: 'structure',
  severity: 'warning',
  description:
    'Printed numbers of a skills or knowledge list that repeat or skip (warning), or a list whose last items lost their numbers (info).',
  check(edition) {
    const out: Finding[] = [];
    const items = analyse(edition).items;
    for (const card of edition.cards) {
      for (const fn of card.labourFunctions) {
        const lists = [
          { list: fn.skills ?? [], listId: `${fn.id}.skills` },
          { list: fn.knowledge ?? [], listId: `${fn.id}.knowledge` },
          ...fn.tasks.flatMap((t) => [
            { list: t.skills, listId: `${t.id}.skills` },
            { list: t.knowledge, listId: `${t.id}.knowledge` },
          ]),
        ];
        for (const { list, listId } of lists) {
          if (list.length < 2) continue;
          const { repeated, skipped, unnumberedAfter } = numberingOf(list);
          const first = items.find((i) => i.listId === listId);
          if (!first) continue;
          const printed = list.map((e) => e.number ?? '–');
          const listName = listNameOf(first);
          if (repeated.length > 0 || skipped.length > 0) {
            const problem = [
              repeated.length ? `${repeated.join(', ')}` : '',
              skipped.length ? `${skipped.join(', ')}` : '',
            ];
            out.push(
              findingAt(
                this.id,
                'warning',
                first,
                messagesWith('quality.structure.numbering', {
                  list: { ...capAll(listName), en: listName.en },
                  printed: printed.join(', '),
                  repeated: repeated.length
                    ? messages(
                        repeated.length > 1
                          ? 'quality.structure.numbering.repeatedMany'
                          : 'quality.structure.numbering.repeatedOne',
                        { numbers: problem[0] ?? '' },
                      )
                    : '',
                  skipped: skipped.length
                    ? messages(
                        skipped.length > 1
                          ? 'quality.structure.numbering.skippedMany'
                          : 'quality.structure.numbering.skippedOne',
                        { numbers: problem[1] ?? '' },
                      )
                    : '',
                }),
                { details: { printed, repeated, skipped } },
              ),
            );
          } else if (unnumberedAfter !== null) {
            out.push(
              findingAt(
                this.id,
                'info',
                first,
                messagesWith('quality.structure.unnumberedTail', {
                  list: { ...capAll(listName), en: listName.en },
                  after: String(unnumberedAfter),
                }),
                { details: { printed } },
              ),
            );
          }
        }
      }
    }
    return out;
  },
};

function listNameOf(first: TextItem): Message {
  const fn = String((first.fn ?? 0) + 1);
  const skills = first.kind === 'skill';
  if (first.task === undefined) {
    return messages(skills ? 'quality.structure.list.functionSkills' : 'quality.structure.list.functionKnowledge', {
      function: fn,
    });
  }
  const t = String(first.task + 1);
  return messages(skills ? 'quality.structure.list.taskSkills' : 'quality.structure.list.taskKnowledge', {
    function: fn,
    task: t,
  });
}

export const cap = (s: string): string => s.charAt(0).toLocaleUpperCase('kk') + s.slice(1);

/** A place said at the start of a sentence, in every language. */
const capAll = (t: Message): Message => ({ kk: cap(t.kk), ru: cap(t.ru), en: cap(t.en) });
