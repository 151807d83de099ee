/**
 * Structure: professions without cards, cards missing their core content, empty or cut-off
 * texts, broken list numbering.
 */
import { type CardKey, cardKeyString } from '../../standard/edition.js';
import type { NumberedText } from '../../standard/schemas.js';
import { CONTENT_KINDS, type TextItem, analyse, cardName, findingAt, itemName, q } from '../context.js';
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
          message: {
            kk: `Кәсіптер тізбесі ${q(name)} кәсібін атайды, бірақ стандартта оның кәсіп картасы жоқ.`,
            ru: `Перечень профессий называет профессию ${q(name)}, но карточки этой профессии в стандарте нет.`,
            en: `The list of professions names ${q(name)}, but the standard gives it no profession card.`,
          },
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
          message: {
            kk: `Кәсіптер тізбесі ${q(name)} кәсібіне ${level}-деңгейді береді, бірақ бұл деңгейдің картасы жоқ.`,
            ru: `Перечень профессий даёт профессии ${q(name)} уровень ${level}, но карточки этого уровня нет.`,
            en: `The list of professions gives ${q(name)} level ${level}, but there is no card for that level.`,
          },
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
        message: {
          kk: `${c.kk} кәсіптер тізбесінде ешбір кәсіпке жатқызылмаған.`,
          ru: `${cap(c.ru)} не отнесена ни к одной профессии перечня.`,
          en: `${cap(c.en)} is not listed under any profession of the list of professions.`,
        },
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
        kk: string,
        ru: string,
        en: string,
      ) =>
        out.push({
          rule: this.id,
          severity,
          location: { card: key, path, itemId },
          source: { lines },
          message: { kk, ru, en },
        });
      if (card.labourFunctions.length === 0) {
        at(
          'labourFunctions',
          card.id,
          card.source.lines,
          'error',
          'Картада бірде-бір еңбек функциясы жоқ.',
          'В карточке нет ни одной трудовой функции.',
          'The card has no labour functions.',
        );
      }
      if (card.qualification.groups.length === 0) {
        at(
          'qualification',
          card.id,
          card.source.lines,
          'info',
          'Картада біліктілікке қойылатын талаптар көрсетілмеген.',
          'В карточке не указаны квалификационные требования.',
          'The card states no qualification requirements.',
        );
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
            `${n}-еңбек функциясында бірде-бір міндет жоқ.`,
            `У трудовой функции ${n} нет ни одной задачи.`,
            `Labour function ${n} has no tasks.`,
          );
        }
        fn.tasks.forEach((task, t) => {
          skills += task.skills.length;
          knowledge += task.knowledge.length;
          const where = {
            kk: `${n}-еңбек функциясының ${t + 1}-міндетінде`,
            ru: `У задачи ${t + 1} трудовой функции ${n}`,
            en: `Task ${t + 1} of labour function ${n}`,
          };
          const path = `labourFunctions[${f}].tasks[${t}]`;
          const noSkills = task.skills.length + wideSkills === 0;
          const noKnowledge = task.knowledge.length + wideKnowledge === 0;
          if (noSkills && noKnowledge) {
            at(
              path,
              task.id,
              task.name.source.lines,
              'error',
              `${where.kk} дағдылар да, білім де жоқ.`,
              `${where.ru} нет ни навыков, ни знаний.`,
              `${where.en} has neither skills nor knowledge.`,
            );
          } else if (noSkills) {
            at(
              path,
              task.id,
              task.name.source.lines,
              'warning',
              `${where.kk} дағдылар жоқ.`,
              `${where.ru} нет навыков.`,
              `${where.en} has no skills.`,
            );
          } else if (noKnowledge) {
            at(
              path,
              task.id,
              task.name.source.lines,
              'warning',
              `${where.kk} білім жоқ.`,
              `${where.ru} нет знаний.`,
              `${where.en} has no knowledge items.`,
            );
          }
        });
      });
      if (card.labourFunctions.length > 0 && skills === 0) {
        at(
          'labourFunctions',
          card.id,
          card.source.lines,
          'error',
          'Картада бірде-бір дағды жоқ.',
          'В карточке нет ни одного навыка.',
          'The card lists no skills at all.',
        );
      }
      if (card.labourFunctions.length > 0 && knowledge === 0) {
        at(
          'labourFunctions',
          card.id,
          card.source.lines,
          'error',
          'Картада бірде-бір білім жоқ.',
          'В карточке нет ни одного знания.',
          'The card lists no knowledge at all.',
        );
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
          findingAt(this.id, 'error', item, {
            kk: `${cap(name.kk)} бос: онда бірде-бір сөз жоқ.`,
            ru: `${cap(name.ru)}: текст пуст, в нём нет ни одного слова.`,
            en: `${cap(name.en)} is empty: it has no words.`,
          }),
        );
        continue;
      }
      const brackets = bracketProblem(text);
      if (brackets) {
        const what = {
          unclosed: {
            kk: 'ашылған жақша жабылмаған',
            ru: 'открытая скобка не закрыта',
            en: 'an opening bracket is never closed',
          },
          unopened: {
            kk: 'жабылатын жақшаның ашылатын жұбы жоқ',
            ru: 'у закрывающей скобки нет открывающей',
            en: 'a closing bracket has no opening one',
          },
          quote: { kk: 'тырнақшаның жұбы жоқ', ru: 'у кавычки нет пары', en: 'a quotation mark has no pair' },
        }[brackets];
        out.push(
          findingAt(this.id, 'error', item, {
            kk: `${cap(name.kk)}: ${what.kk}, мәтін қиылған немесе артық белгі қалған.`,
            ru: `${cap(name.ru)}: ${what.ru} — текст обрезан или знак лишний.`,
            en: `In ${name.en}, ${what.en}: the text is cut off or the mark is stray.`,
          }),
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
            {
              kk: `${cap(name.kk)} ${q(tail)} деп аяқталады, сондықтан мәтін аяқталмай қалған сияқты.`,
              ru: `${cap(name.ru)} заканчивается на ${q(tail)}, поэтому текст, по-видимому, оборван.`,
              en: `${cap(name.en)} ends with ${q(tail)}, so the text seems to be cut off.`,
            },
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
                {
                  kk: `${cap(listName.kk)}: нөмірлеу бұзылған (${printed.join(', ')})${repeated.length ? `, ${problem[0]} нөмірі қайталанады` : ''}${skipped.length ? `, ${problem[1]} нөмірі өткізіліп кеткен` : ''}.`,
                  ru: `${cap(listName.ru)}: нумерация нарушена (${printed.join(', ')})${repeated.length ? (repeated.length > 1 ? `, номера ${problem[0]} повторяются` : `, номер ${problem[0]} повторяется`) : ''}${skipped.length ? (skipped.length > 1 ? `, номера ${problem[1]} пропущены` : `, номер ${problem[1]} пропущен`) : ''}.`,
                  en: `The numbering of the ${listName.en} is broken (${printed.join(', ')})${repeated.length ? `: ${problem[0]} ${repeated.length > 1 ? 'repeat' : 'repeats'}` : ''}${skipped.length ? `: ${problem[1]} ${skipped.length > 1 ? 'are' : 'is'} skipped` : ''}.`,
                },
                { details: { printed, repeated, skipped } },
              ),
            );
          } else if (unnumberedAfter !== null) {
            out.push(
              findingAt(
                this.id,
                'info',
                first,
                {
                  kk: `${cap(listName.kk)}: ${unnumberedAfter}-тармақтан кейін тізім нөмірсіз жалғасады.`,
                  ru: `${cap(listName.ru)}: после пункта ${unnumberedAfter} список продолжается без номеров.`,
                  en: `The ${listName.en} continues without numbers after item ${unnumberedAfter}.`,
                },
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
    return skills
      ? {
          kk: `${fn}-еңбек функциясының дағдылар тізімі`,
          ru: `список навыков трудовой функции ${fn}`,
          en: `skills list of labour function ${fn}`,
        }
      : {
          kk: `${fn}-еңбек функциясының білім тізімі`,
          ru: `список знаний трудовой функции ${fn}`,
          en: `knowledge list of labour function ${fn}`,
        };
  }
  const t = String(first.task + 1);
  return skills
    ? {
        kk: `${fn}-еңбек функциясы, ${t}-міндеттің дағдылар тізімі`,
        ru: `список навыков задачи ${t} трудовой функции ${fn}`,
        en: `skills list of task ${t} of labour function ${fn}`,
      }
    : {
        kk: `${fn}-еңбек функциясы, ${t}-міндеттің білім тізімі`,
        ru: `список знаний задачи ${t} трудовой функции ${fn}`,
        en: `knowledge list of task ${t} of labour function ${fn}`,
      };
}

export const cap = (s: string): string => s.charAt(0).toLocaleUpperCase('kk') + s.slice(1);
