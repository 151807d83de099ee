/**
 * Text hygiene: doubled words, "X and X", mixed scripts, Russian text inside the Kazakh text,
 * stray punctuation, list endings, capitals in mid-sentence, skills phrased as commands or
 * statements, and spelling. All of it is about the Kazakh language in general, never about one
 * standard: the word lists below are Russian function words and endings, Kazakh conjunctions
 * and verb endings, and a few very common words of professional standards.
 */
import { normalizeKazakh } from '../../search/kazakh-normalize.js';
import { CONTENT_KINDS, type TextItem, analyse, findingAt, itemName, placeOf, q } from '../context.js';
import { KAZAKH_LETTERS, excerpt, foldWord, normWord, stemOf } from '../text.js';
import type { CardKey } from '../../standard/edition.js';
import type { Card } from '../../standard/schemas.js';
import type { Finding, Message, Rule, Severity } from '../types.js';
import { messages, messagesWith } from '../../shared/messages/index.js';
import { cap } from './structure.js';

/** A place said at the start of a sentence in every language. */
const lead = (t: Message): Message => ({ kk: cap(t.kk), ru: cap(t.ru), en: cap(t.en) });
/** A place that starts the Kazakh and Russian sentences; the English one says "In …" before it. */
const inside = (t: Message): Message => ({ ...t, kk: cap(t.kk), ru: cap(t.ru) });

/** Texts that the hygiene rules read: content, and table labels where the rule says so. */
function texts(items: readonly TextItem[], withLabels: boolean): TextItem[] {
  return items.filter((i) => CONTENT_KINDS.has(i.kind) || (withLabels && i.kind === 'label'));
}

/**
 * Texts to read as units: content items as they are, and each printed label's consecutive
 * lines joined into one text (a label such as "Дағдылар мен / дағдылар:" spans lines).
 */
function units(items: readonly TextItem[]): { item: TextItem; text: string }[] {
  const out: { item: TextItem; text: string }[] = [];
  for (const raw of texts(items, true)) {
    const item = raw.kind === 'label' ? { ...raw, text: unspace(raw.text) } : raw;
    const last = out[out.length - 1];
    if (
      item.kind === 'label' &&
      last?.item.kind === 'label' &&
      last.item.path === item.path &&
      last.item.card === item.card &&
      last.item.source &&
      item.source
    ) {
      last.text += `\n${item.text}`;
      last.item = { ...last.item, text: last.text, source: [last.item.source[0], item.source[1]] };
      continue;
    }
    out.push({ item, text: item.text });
  }
  return out;
}

/**
 * Undoes the PDF's letter spacing in printed labels ("м е н" → "мен"), as transcribers do for
 * item texts: a run of two or more single letters separated by single spaces is one word.
 */
export function unspace(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L}(?![\p{L}\p{N}]))+/gu, (m) => m.replaceAll(' ', ''));
}

/** Raw words with their positions (original spelling, for quoting). */
const RAW_WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;
type RawWord = { word: string; norm: string; start: number; end: number };
function rawWords(text: string): RawWord[] {
  return [...text.matchAll(RAW_WORD)].map((m) => ({
    word: m[0],
    norm: normWord(m[0]),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/**
 * Label findings repeat on every page a header is printed: keep one per card, rule and
 * fragment. Content findings are all kept.
 */
function dedupeLabels(findings: Finding[], items: readonly TextItem[]): Finding[] {
  const seen = new Set<string>();
  const labelPaths = new Set(
    items.filter((i) => i.kind === 'label').map((i) => `${i.key?.code}/${i.key?.level}:${i.path}`),
  );
  return findings.filter((f) => {
    const at = `${f.location.card?.code}/${f.location.card?.level}:${f.location.path}`;
    if (!labelPaths.has(at)) return true;
    const key = `${f.location.card?.code}/${f.location.card?.level}|${f.rule}|${normalizeKazakh(f.evidence?.match ?? '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------

export const doubledWord: Rule = {
  id: 'doubled-word',
  family: 'hygiene',
  severity: 'error',
  description:
    'The same word twice in a row ("Жеке жеке деректерді"); hyphenated reduplication ("жеке-жеке") is correct Kazakh and is not reported.',
  check(edition) {
    const { items } = analyse(edition);
    const out: Finding[] = [];
    for (const { item } of units(items)) {
      const ws = rawWords(item.text);
      for (let i = 1; i < ws.length; i++) {
        const a = ws[i - 1] as RawWord;
        const b = ws[i] as RawWord;
        if (a.norm !== b.norm || !/\p{L}/u.test(a.norm)) continue;
        const between = item.text.slice(a.end, b.start);
        if (!/^\s+$/.test(between)) continue;
        const match = item.text.slice(a.start, b.end).replace(/\s+/g, ' ');
        const name = itemName(item);
        out.push(
          findingAt(
            this.id,
            'error',
            item,
            messagesWith('quality.hygiene.doubledWord', { item: inside(name), word: q(a.word), match: q(match) }),
            { text: item.text, match },
          ),
        );
      }
    }
    return dedupeLabels(out, items);
  },
};

/** Kazakh coordinating words: "X және X" coordinates a thing with itself. */
const COORDINATORS = new Set(['және', 'мен', 'бен', 'пен', 'немесе', 'не', 'әрі', 'яки', 'не болмаса']);

export const repeatedCoordination: Rule = {
  id: 'repeated-coordination',
  family: 'hygiene',
  severity: 'warning',
  description:
    'A word coordinated with itself ("жоғалту және жоғалту", "әдістері мен әдістері", "тәуелділік, тәуелділік"): usually a lost antonym or a translation slip.',
  check(edition) {
    const { items } = analyse(edition);
    const out: Finding[] = [];
    for (const { item } of units(items)) {
      const ws = rawWords(item.text);
      for (let i = 1; i < ws.length; i++) {
        const b = ws[i] as RawWord;
        if (b.norm.length < 3 || !/\p{L}/u.test(b.norm)) continue;
        const prev = ws[i - 1] as RawWord;
        let a: RawWord | undefined;
        if (COORDINATORS.has(prev.norm) && i >= 2) a = ws[i - 2];
        else if (/^\s*,\s*$/.test(item.text.slice(prev.end, b.start))) a = prev;
        if (!a || a.norm !== b.norm) continue;
        if (a === prev && !/^\s*,\s*$/.test(item.text.slice(a.end, b.start))) continue;
        if (a !== prev && !/^\s+$/.test(item.text.slice(a.end, prev.start))) continue;
        const match = item.text.slice(a.start, b.end).replace(/\s+/g, ' ');
        const name = itemName(item);
        out.push(
          findingAt(
            this.id,
            'warning',
            item,
            messagesWith('quality.hygiene.selfJoined', { item: inside(name), match: q(match) }),
            { text: item.text, match },
          ),
        );
      }
    }
    return dedupeLabels(out, items);
  },
};

// ---------------------------------------------------------------------------------------------

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

export const mixedScriptWord: Rule = {
  id: 'mixed-script-word',
  family: 'hygiene',
  severity: 'error',
  description:
    'A word mixing Cyrillic with Latin letters (a look-alike typed on the wrong keyboard) or with digits ("де4гей"); numbers joined by a hyphen ("4-деңгей") are correct. Read on the printed lines, so numbers and labels that are not item text are covered too.',
  check(edition) {
    const { items, lines } = analyse(edition);
    const out: Finding[] = [];
    lines.forEach((line, index) => {
      const n = index + 1;
      for (const w of rawWords(line)) {
        for (const part of w.word.split('-')) {
          if (!CYRILLIC.test(part)) continue;
          const latin = LATIN.test(part);
          const digit = /\p{N}/u.test(part);
          if (!latin && !digit) continue;
          const item = itemAtLine(items, n);
          const what = messages(latin ? 'quality.hygiene.latinLetter' : 'quality.hygiene.digitInWord');
          const where: Message = item ? itemName(item) : messages('quality.hygiene.standardText');
          out.push({
            rule: this.id,
            severity: 'error',
            message: messagesWith('quality.hygiene.mixedWord', {
              where: inside(where),
              line: String(n),
              word: q(part),
              what,
            }),
            location: item
              ? { card: item.key, path: item.path, ...(item.itemId ? { itemId: item.itemId } : {}) }
              : { card: cardAtLine(edition.cards, n), path: 'sourceText' },
            source: { lines: [n, n] },
            evidence: { text: line.trim(), match: part },
          });
        }
      }
    });
    return out;
  },
};

/** The innermost text item whose source lines hold the line (labels included). */
function itemAtLine(items: readonly TextItem[], line: number): TextItem | undefined {
  let best: TextItem | undefined;
  for (const i of items) {
    if (!i.source || i.source[0] > line || i.source[1] < line) continue;
    if (!best || (best.source && i.source[1] - i.source[0] < best.source[1] - best.source[0])) best = i;
  }
  return best;
}

function cardAtLine(cards: readonly Card[], line: number): CardKey | null {
  const card = cards.find((c) => c.source.lines[0] <= line && line <= c.source.lines[1]);
  return card ? { code: card.code.value, level: card.level.value } : null;
}

// ---------------------------------------------------------------------------------------------
// Russian inside Kazakh: a scored heuristic (docs/quality.md)

/**
 * Russian function words that are not Kazakh words ("не" and "о" are Kazakh too, so they are
 * left out). Each counts 2.
 */
const RUSSIAN_FUNCTION_WORDS = new Set([
  'и',
  'в',
  'во',
  'на',
  'для',
  'по',
  'с',
  'со',
  'к',
  'ко',
  'от',
  'из',
  'что',
  'это',
  'как',
  'или',
  'при',
  'об',
  'за',
  'до',
  'также',
  'других',
  'другие',
  'которые',
  'который',
  'которая',
  'его',
  'их',
  'её',
  'но',
  'же',
  'бы',
  'ли',
  'без',
  'под',
  'над',
  'между',
  'через',
  'только',
]);
/**
 * Endings that Russian inflection produces and Kazakh words (loanwords in their Kazakh form
 * included) do not have. Each word with one counts 1. Endings that Kazakh shares (-ым, -ом,
 * -ей, -ия, -ам, -ой, -их as in тарих) are left out or narrowed.
 */
const RUSSIAN_ENDING =
  /(?:ого|его|ому|ему|ыми|ими|ых|[^р]их|ий|ый|ая|яя|ое|ее|ые|ие|ую|юю|ться|тся|ость|ости|ение|ения|ений|ание|ания|аний|ции|ций|ями|ами|ях|ов|ев|ным|вым|ским|ной|ный|ное|ная|телей|стей|икам)$/u;

type RussianSpan = { start: number; end: number; score: number; words: number };

/** Russian-looking runs of a text: words without Kazakh letters scored by function words and endings. */
export function russianSpans(text: string): RussianSpan[] {
  const spans: RussianSpan[] = [];
  const ws = rawWords(text);
  let run: { start: number; end: number; score: number; russian: number; total: number } | null = null;
  const close = () => {
    if (run && run.score >= 4 && run.russian >= 3 && run.russian / run.total >= 0.4) {
      spans.push({ start: run.start, end: run.end, score: run.score, words: run.total });
    }
    run = null;
  };
  for (const w of ws) {
    const norm = w.norm;
    if (KAZAKH_LETTERS.test(norm) || /^\p{N}+$/u.test(norm)) {
      close();
      continue;
    }
    const fn = RUSSIAN_FUNCTION_WORDS.has(norm);
    const ending = !fn && norm.length >= 4 && RUSSIAN_ENDING.test(norm);
    const score = fn ? 2 : ending ? 1 : 0;
    if (!run) {
      if (score === 0) continue;
      run = { start: w.start, end: w.end, score: 0, russian: 0, total: 0 };
    }
    const r = run as { start: number; end: number; score: number; russian: number; total: number };
    r.total++;
    r.score += score;
    if (score > 0) {
      r.russian++;
      r.end = w.end;
    }
  }
  close();
  return spans;
}

export const russianText: Rule = {
  id: 'russian-text',
  family: 'hygiene',
  severity: 'error',
  description:
    'Russian text inside the official Kazakh text (content and table labels), found by a score of Russian function words ("и", "для", "других") and Russian endings ("-ых", "-ого", "-ций") over runs of words without Kazakh letters.',
  check(edition) {
    const { items } = analyse(edition);
    const out: Finding[] = [];
    for (const { item, text } of units(items)) {
      for (const span of russianSpans(text)) {
        const match = text.slice(span.start, span.end).replace(/\s+/g, ' ');
        const name = itemName(item);
        out.push(
          findingAt(
            this.id,
            'error',
            item,
            messagesWith('quality.hygiene.russianInside', { item: lead(name), text: q(excerpt(match, 70)) }),
            { text, match, details: { score: span.score, words: span.words } },
          ),
        );
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------

type PunctuationPattern = { id: string; severity: Severity; pattern: RegExp; message: (m: string) => Message };

const PUNCTUATION: PunctuationPattern[] = [
  {
    id: 'space-before',
    severity: 'info',
    pattern: /(?<!\p{L})\p{L}+\s+[,;:!?)]/gu,
    message: (m) => messages('quality.hygiene.punct.spaceBefore', { match: q(m) }),
  },
  {
    id: 'space-after-bracket',
    severity: 'info',
    pattern: /\(\s+\p{L}+/gu,
    message: (m) => messages('quality.hygiene.punct.spaceAfterBracket', { match: q(m) }),
  },
  {
    id: 'doubled',
    severity: 'warning',
    // A stop after an abbreviation ("т.б.,") is fine: the word before ".," must have 3+ letters.
    pattern: /(?<!\p{L})\p{L}*[,;:]\s*[,;:.]|(?<!\p{L})\p{L}{3,}\.\s*[,;:]|(?<!\p{L})\p{L}*(?<!\.)\.\.(?!\.)/gu,
    message: (m) => messages('quality.hygiene.punct.doubled', { match: q(m) }),
  },
  {
    id: 'plus',
    severity: 'warning',
    // A "+" that is not part of a number or a sum ("2+3", "+7"): between words a dash was meant.
    pattern: /(?<!\p{L})\p{L}+\s*\+\s*\p{L}+/gu,
    message: (m) => messages('quality.hygiene.punct.plus', { match: q(m) }),
  },
  {
    id: 'lopsided-hyphen',
    severity: 'info',
    pattern: /(?<!\p{L})\p{L}+(?:-\s+|\s+-)\p{L}+/gu,
    message: (m) => messages('quality.hygiene.punct.lopsidedHyphen', { match: q(m) }),
  },
  {
    id: 'missing-space',
    severity: 'info',
    pattern: /(?<!\p{L})\p{L}+[,;]\p{L}+/gu,
    message: (m) => messages('quality.hygiene.punct.missingSpace', { match: q(m) }),
  },
  {
    id: 'full-stop-mid-sentence',
    severity: 'warning',
    // Four letters before the stop: abbreviations ("ж.", "т.б.", "обл.") are shorter.
    pattern: /(?<!\p{L})\p{L}{4,}\.\s+\p{Ll}{2,}/gu,
    message: (m) => messages('quality.hygiene.punct.fullStopMidSentence', { match: q(m) }),
  },
];

export const strayPunctuation: Rule = {
  id: 'stray-punctuation',
  family: 'hygiene',
  severity: 'warning',
  description:
    'A space before a comma or after an opening bracket, doubled or clashing punctuation (";.", ",,"), a "+" between words, a hyphen with a space on one side only, a missing space after a comma, a full stop in mid-sentence followed by a lower-case word.',
  check(edition) {
    const out: Finding[] = [];
    for (const item of texts(analyse(edition).items, false)) {
      for (const p of PUNCTUATION) {
        for (const [match] of item.text.matchAll(p.pattern)) {
          const name = itemName(item);
          const what = p.message(match);
          out.push(
            findingAt(
              this.id,
              p.severity,
              item,
              messagesWith('quality.hygiene.punctuation', { item: inside(name), what }),
              { text: item.text, match, details: { kind: p.id } },
            ),
          );
        }
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------

const ending = (text: string): string => {
  const m = /([.;,:])\s*$/.exec(text.trim());
  return m?.[1] ?? '';
};
const ENDING_NAME: Record<string, Message> = {
  '.': messages('quality.hygiene.ending.fullStop'),
  ';': messages('quality.hygiene.ending.semicolon'),
  ',': messages('quality.hygiene.ending.comma'),
  ':': messages('quality.hygiene.ending.colon'),
  '': messages('quality.hygiene.ending.none'),
};

export const inconsistentListEnding: Rule = {
  id: 'inconsistent-list-ending',
  family: 'hygiene',
  severity: 'info',
  description:
    'Items of one skills or knowledge list that end differently from the others (";" among ".", no mark at all); a list of "a; b; c." ending with a full stop is correct.',
  check(edition) {
    const out: Finding[] = [];
    const lists = new Map<string, TextItem[]>();
    for (const item of analyse(edition).items) {
      if ((item.kind !== 'skill' && item.kind !== 'knowledge') || !item.listId) continue;
      lists.set(item.listId, [...(lists.get(item.listId) ?? []), item]);
    }
    for (const list of lists.values()) {
      if (list.length < 3) continue;
      const endings = list.map((i) => ending(i.text));
      const counts = new Map<string, number>();
      for (const e of endings.slice(0, -1)) counts.set(e, (counts.get(e) ?? 0) + 1);
      const [major, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      if (n < (list.length - 1) / 2) continue;
      const odd = list.filter((_, i) => {
        const e = endings[i];
        if (e === major) return false;
        return !(i === list.length - 1 && major === ';' && e === '.');
      });
      if (odd.length === 0 || odd.length > list.length / 3) continue;
      for (const item of odd) {
        const e = ENDING_NAME[ending(item.text)] ?? (ENDING_NAME[''] as Message);
        const m = ENDING_NAME[major] ?? (ENDING_NAME[''] as Message);
        const name = itemName(item);
        out.push(
          findingAt(
            this.id,
            'info',
            item,
            messagesWith('quality.hygiene.listEnding', { item: lead(name), ending: e, listEnding: m }),
            { text: item.text, details: { ending: ending(item.text), listEnding: major } },
          ),
        );
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------

const UPPER_INITIAL = /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u;

export const midSentenceCapital: Rule = {
  id: 'mid-sentence-capital',
  family: 'hygiene',
  severity: 'info',
  description:
    'A capitalised word in mid-sentence ("мақсатында Әлеуметтік сала", "(Әлеуметтік, педагогикалық…)") that is not a proper name: names of laws and organisations (capitalised after another capitalised word, after "туралы", in quotes, at the head of a bracketed phrase) and words that this standard always capitalises are left alone.',
  check(edition) {
    // Headings print the profession name after "Мамандық картасы": capitals there are the name's own.
    const all = texts(analyse(edition).items, false).filter((i) => i.kind !== 'cardTitle');
    // How each word is written in mid-sentence across the edition: proper names are always capitalised.
    const upper = new Map<string, number>();
    const lower = new Map<string, number>();
    const candidates: { item: TextItem; w: RawWord }[] = [];
    for (const item of all) {
      const ws = rawWords(item.text);
      for (let i = 1; i < ws.length; i++) {
        const w = ws[i] as RawWord;
        const prev = ws[i - 1] as RawWord;
        const between = item.text.slice(prev.end, w.start);
        // After a stop, a colon, a quote or a dash (or a "+" printed for one) a capital is normal.
        if (/[.!?:;"«»“”„–—+]|\s-\s/.test(between) || /^\p{N}/u.test(prev.word)) continue;
        // A bracket that opens a phrase may start with a capital; the head of a bracketed list may not.
        if (between.includes('(') && !/^\s*,/.test(item.text.slice(w.end))) continue;
        if (/\p{Ll}/u.test(w.word.charAt(0))) {
          lower.set(w.norm, (lower.get(w.norm) ?? 0) + 1);
          continue;
        }
        if (!UPPER_INITIAL.test(w.word)) continue;
        upper.set(w.norm, (upper.get(w.norm) ?? 0) + 1);
        // Proper-name chains (Қазақстан Республикасының Еңбек кодексі) and titles of acts.
        if (/^\p{Lu}/u.test(prev.word) || prev.norm === 'туралы') continue;
        if (insideQuotes(item.text, w.start)) continue;
        candidates.push({ item, w });
      }
    }
    const out: Finding[] = [];
    for (const { item, w } of candidates) {
      if ((upper.get(w.norm) ?? 0) >= 2 && (lower.get(w.norm) ?? 0) === 0) continue;
      const name = itemName(item);
      out.push(
        findingAt(
          this.id,
          'info',
          item,
          messagesWith('quality.hygiene.midCapital', { item: inside(name), word: q(w.word) }),
          { text: item.text, match: w.word },
        ),
      );
    }
    return out;
  },
};

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/["“”„]/g)?.length ?? 0) % 2 === 1;
  const guillemets = (before.match(/«/g)?.length ?? 0) > (before.match(/»/g)?.length ?? 0);
  return straight || guillemets;
}

// ---------------------------------------------------------------------------------------------

/** Polite imperative (-ңыз/-ңіз: "қолданыңыз", "жасаңыз"): a command, typical of machine translation. */
const IMPERATIVE = /\p{L}{3,}(?:ңыз|ңіз)$/u;
/** 3rd-person present (-ады/-еді/-йды/-йді: "қабылдайды", "жүргізеді"): a statement about the worker. */
const FINITE = /\p{L}{3,}(?:ады|еді|йды|йді)$/u;
/** The stemmer turns verb forms into the verbal noun in -у (қабылдайды → қабылдау), nouns keep their stem (жағдайды → жағдай). */
const isVerbForm = (w: string): boolean => {
  const stem = stemOf(w);
  return stem !== w && stem.endsWith('у');
};

export const skillPhrasing: Rule = {
  id: 'skill-phrasing',
  family: 'hygiene',
  severity: 'info',
  description:
    'A skill or task phrased as a command ("қолданыңыз", warning: reads as machine translation) or ending in a statement about the worker ("қабылдайды", info) instead of a verbal noun ("қабылдау"); three or more such statements in one list are reported once for the list.',
  check(edition) {
    const out: Finding[] = [];
    const statements = new Map<string, { item: TextItem; verb: string }[]>();
    for (const item of analyse(edition).items) {
      if (item.kind !== 'skill' && item.kind !== 'task') continue;
      const ws = item.words.filter((w) => /\p{L}/u.test(w));
      const imperative = ws.find((w) => IMPERATIVE.test(w) && isVerbForm(w));
      const last = ws[ws.length - 1] ?? '';
      const name = itemName(item);
      if (imperative) {
        out.push(
          findingAt(
            this.id,
            'warning',
            item,
            messagesWith('quality.hygiene.imperative', { item: lead(name), verb: q(imperative) }),
            { text: item.text, match: imperative },
          ),
        );
      } else if (FINITE.test(last) && isVerbForm(last)) {
        const key = item.listId ?? item.path;
        statements.set(key, [...(statements.get(key) ?? []), { item, verb: last }]);
      }
    }
    for (const list of statements.values()) {
      const first = list[0] as { item: TextItem; verb: string };
      if (list.length >= 3) {
        const verbs = [...new Set(list.map((x) => x.verb))]
          .slice(0, 4)
          .map((v) => q(v))
          .join(', ');
        out.push(
          findingAt(
            this.id,
            'info',
            first.item,
            messages('quality.hygiene.finiteList', { count: String(list.length), verbs }),
            {
              text: first.item.text,
              match: first.verb,
              related: list.slice(1).map((x) => placeOf(x.item)),
              details: { verbs: list.map((x) => x.verb) },
            },
          ),
        );
        continue;
      }
      for (const { item, verb } of list) {
        const n = itemName(item);
        out.push(
          findingAt(
            this.id,
            'info',
            item,
            messagesWith('quality.hygiene.finiteItem', { item: lead(n), verb: q(verb) }),
            { text: item.text, match: verb },
          ),
        );
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Spelling without a dictionary (hunspell-kk is not available to the pure domain; docs/quality.md)

/**
 * Very common words of Kazakh professional standards in their correct spelling, so that a
 * Russian-keyboard misspelling ("денгей" for "деңгей") is recognised even when the standard
 * never spells the word correctly. General vocabulary, not this standard's errors.
 */
export const PROJECT_WORDS: readonly string[] = [
  'деңгей',
  'біліктілік',
  'кәсіптік',
  'кәсіп',
  'қызмет',
  'қызметкер',
  'әлеуметтік',
  'еңбек',
  'дағды',
  'білім',
  'міндет',
  'құзырет',
  'жұмыс',
  'өтіл',
  'санат',
  'маман',
  'мамандық',
  'ұйым',
  'бөлім',
  'басшы',
  'талап',
  'жүйе',
  'қағида',
  'құқық',
  'көмек',
  'жағдай',
  'отбасы',
  'мүгедектігі',
  'оңалту',
  'қорғау',
];

/** Russian loanword prefixes before ъ + е/ё/ю/я ("объект"); a soft sign there is a misspelling. */
const SOFT_FOR_HARD = /^(?:об|суб|ад|ин|из|под|раз|сверх|меж|дез|контр|пан|транс)ь[еёюя]/u;

const kazakhLetterCount = (w: string) => [...w].filter((c) => KAZAKH_LETTERS.test(c)).length;
const WORD_ONLY = /^\p{L}+(?:-\p{L}+)*$/u;
/** Adjectives in -лық/-лік/-дық/-дік/-тық/-тік (with any endings): "әлеуметтік-психологиялық" is not "әлеуметтік психология". */
const ADJECTIVAL = /(?:л|д|т)(?:ы|і)(?:қ|к|ғ|г)/u;

/**
 * One letter inserted or dropped inside the word's stem (Білікетілік / біліктілік): not a
 * substitution (аймақтық / аумақтық are two words), not at the start, and not among the last
 * four letters, where Kazakh endings differ (негіздері / негіздерді).
 */
function interiorIndel(rare: string, frequent: string): boolean {
  if (Math.abs(rare.length - frequent.length) !== 1 || stemOf(rare) === stemOf(frequent)) return false;
  const [long, short] = rare.length > frequent.length ? [rare, frequent] : [frequent, rare];
  for (let i = 1; i < long.length - 4; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

export const spelling: Rule = {
  id: 'spelling',
  family: 'hygiene',
  severity: 'warning',
  description:
    'A Russian-keyboard letter for a Kazakh one ("денгей" for "деңгей", against the standard\'s own words and a small project word list), "ь" for "ъ" in loanwords ("обьект"), a one-off word that is a frequent word with one letter inserted or dropped (info), and a compound written with and without a hyphen (the minority form, info). hunspell-kk is not used: the domain is pure and the dictionary is not installed.',
  check(edition) {
    const { items } = analyse(edition);
    const all = texts(items, true);
    const counts = new Map<string, number>();
    for (const item of all) for (const w of rawWords(item.text)) counts.set(w.norm, (counts.get(w.norm) ?? 0) + 1);
    // Folded word → its best spelling in the standard: most Kazakh letters, then most frequent.
    const byFold = new Map<string, { word: string; count: number }>();
    for (const [w, n] of counts) {
      if (!WORD_ONLY.test(w)) continue;
      const f = foldWord(w);
      const best = byFold.get(f);
      const better =
        !best ||
        kazakhLetterCount(w) > kazakhLetterCount(best.word) ||
        (kazakhLetterCount(w) === kazakhLetterCount(best.word) && n > best.count);
      if (better) byFold.set(f, { word: w, count: n });
    }
    const projectFolds = PROJECT_WORDS.map((w) => ({ word: w, fold: foldWord(w) }));
    const frequent = [...counts].filter(([w, n]) => n >= 3 && w.length >= 7 && /^\p{L}+$/u.test(w)).map(([w]) => w);
    // Two-word phrases written with a hyphen and with a space, keyed by first word + stem of the second.
    const compoundKey = (a: string, b: string) => `${a} ${stemOf(b)} ${ADJECTIVAL.test(b) ? 'adj' : ''}`;
    const hyphenCounts = new Map<string, { hyphen: number; space: number }>();
    const bump = (key: string, kind: 'hyphen' | 'space') => {
      const c = hyphenCounts.get(key) ?? { hyphen: 0, space: 0 };
      c[kind]++;
      hyphenCounts.set(key, c);
    };
    for (const item of all) {
      const ws = rawWords(item.text);
      ws.forEach((w, i) => {
        const parts = w.norm.split('-');
        if (parts.length === 2 && parts.every((p) => p.length >= 2))
          bump(compoundKey(parts[0] ?? '', parts[1] ?? ''), 'hyphen');
        const next = ws[i + 1];
        if (next && !w.norm.includes('-') && /^ +$/.test(item.text.slice(w.end, next.start))) {
          bump(compoundKey(w.norm, next.norm.split('-')[0] ?? ''), 'space');
        }
      });
    }

    const out: Finding[] = [];
    const reported = new Set<string>();
    const report = (
      item: TextItem,
      severity: Severity,
      word: string,
      message: Message,
      details: Record<string, string>,
    ) => {
      const key = `${item.key?.code}/${item.key?.level}|${item.kind === 'label' ? '' : item.path}|${normWord(word)}`;
      if (reported.has(key)) return;
      reported.add(key);
      out.push(findingAt(this.id, severity, item, message, { text: item.text, match: word, details }));
    };
    for (const item of all) {
      const ws = rawWords(item.text);
      const name = itemName(item);
      ws.forEach((w, i) => {
        if (!WORD_ONLY.test(w.norm) || !CYRILLIC.test(w.norm)) return;
        if (SOFT_FOR_HARD.test(w.norm)) {
          report(
            item,
            'warning',
            w.word,
            messagesWith('quality.hygiene.softSign', { item: inside(name), word: q(w.word) }),
            { kind: 'soft-sign' },
          );
          return;
        }
        const fold = foldWord(w.norm);
        const inStandard = byFold.get(fold);
        const fromList = projectFolds.find((p) => fold.startsWith(p.fold) && !w.norm.startsWith(p.word));
        const expected =
          w.norm.length < 4
            ? undefined
            : inStandard &&
                inStandard.word !== w.norm &&
                kazakhLetterCount(inStandard.word) > kazakhLetterCount(w.norm) &&
                inStandard.count >= (counts.get(w.norm) ?? 0)
              ? inStandard.word
              : fromList?.word;
        if (expected) {
          report(
            item,
            'warning',
            w.word,
            messagesWith('quality.hygiene.russianLetter', {
              item: inside(name),
              word: q(w.word),
              expected: q(expected),
            }),
            { kind: 'keyboard', expected },
          );
          return;
        }
        const next = ws[i + 1];
        if (next && !w.norm.includes('-') && /^ +$/.test(item.text.slice(w.end, next.start))) {
          const c = hyphenCounts.get(compoundKey(w.norm, next.norm.split('-')[0] ?? ''));
          if (c && c.hyphen >= 2 && c.hyphen > c.space) {
            const pair = `${w.word} ${next.word}`;
            report(
              item,
              'info',
              pair,
              messagesWith('quality.hygiene.hyphenMissing', { item: inside(name), words: q(pair) }),
              { kind: 'hyphen' },
            );
            return;
          }
        }
        const parts = w.norm.split('-');
        if (parts.length === 2) {
          const c = hyphenCounts.get(compoundKey(parts[0] ?? '', parts[1] ?? ''));
          if (c && c.space >= 2 && c.space > c.hyphen) {
            report(
              item,
              'info',
              w.word,
              messagesWith('quality.hygiene.hyphenExtra', { item: inside(name), word: q(w.word) }),
              { kind: 'hyphen' },
            );
            return;
          }
        }
        if ((counts.get(w.norm) ?? 0) > 1 || w.norm.length < 7 || w.norm.includes('-')) return;
        const near = frequent.find((f) => interiorIndel(w.norm, f));
        if (!near) return;
        report(
          item,
          'info',
          w.word,
          messagesWith('quality.hygiene.typo', { item: inside(name), word: q(w.word), near: q(near) }),
          { kind: 'rare-near-frequent', expected: near },
        );
      });
    }
    return out;
  },
};
