/**
 * The item bank of a card as GIFT (Moodle's plain-text question format) and back. Written: a
 * `$CATEGORY:` line for the card, then each item as a block: `// knowledge:` with its knowledge
 * ids, `// kasip:` with difficulty, language and author, and `::id::stem{…}` with `=right ~wrong`
 * answers (multiple answers as `~%share%right`), or `{=a =b}` for a short answer. Special
 * characters are escaped (`\~ \= \# \{ \} \: \\`, newlines as `\n`). Read: the same, and GIFT as
 * people write it; what Kasip cannot keep (true/false, numeric, matching, essay) is an issue
 * with the question's position, line and reason, never an exception. Pure.
 */
import {
  type InterchangeIssue,
  MAX_FILE_QUESTIONS,
  type ReadQuestion,
  type ReadResult,
  printable,
  shareOf,
} from './gift-and-moodle.js';
import type { TestItemContent } from './instruments.js';
import { categoryOf } from './moodle-xml.js';

export type GiftItem = { id: string; content: TestItemContent };

const SPECIAL = /[~=#{}:\\]/g;
/**
 * A leading `%` would read as an answer's weight and a leading `[` as a text format: both get a
 * backslash too (Kasip reads it back; Moodle shows it).
 */
export const escapeGift = (text: string) =>
  printable(text)
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/^[%[]/, (c) => `\\${c}`);

export function toGift(card: { code: string; level: number }, items: readonly GiftItem[]): string {
  const out = [`// Kasip: the item bank of ${card.code} level ${card.level}`, `$CATEGORY: ${categoryOf(card)}`, ''];
  for (const { id, content: c } of items) {
    // Comment lines carry no escapes: a newline in an author's name would end the comment.
    out.push(`// knowledge: ${c.knowledgeIds.join(' ')}`);
    out.push(`// kasip: difficulty=${c.difficulty} lang=${c.lang} author=${printable(c.author).replace(/\n/g, ' ')}`);
    out.push(`::${escapeGift(id)}::${escapeGift(c.stem)} {`);
    if (c.kind === 'short') for (const answer of c.key) out.push(`=${escapeGift(answer)}`);
    else {
      const share = shareOf(c.key.length);
      for (const o of c.options) {
        const right = c.key.includes(o.id);
        out.push(
          c.kind === 'single'
            ? `${right ? '=' : '~'}${escapeGift(o.text)}`
            : `~${right ? `%${share}%` : ''}${escapeGift(o.text)}`,
        );
      }
    }
    out.push('}', '');
  }
  return out.join('\n');
}

/** Undoes the escapes: `\n` is a newline, `\x` is x. */
function unescapeGift(text: string): string {
  return text.replace(/\\(.)/gs, (_, c: string) => (c === 'n' ? '\n' : c));
}

/** The index of the first unescaped `what` at or after `from`, or -1. */
function findUnescaped(text: string, what: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(what, i)) return i;
  }
  return -1;
}

type Answer = { mark: '=' | '~'; weight: number | null; text: string };

/** The answers of a `{…}` block: `=` or `~`, an optional `%weight%`, the text; `#feedback` dropped. */
function answersOf(block: string): Answer[] | string {
  const out: Answer[] = [];
  let current: { mark: '=' | '~'; raw: string } | null = null;
  for (let i = 0; i < block.length; i++) {
    const c = block[i] as string;
    if (c === '\\') {
      if (current) current.raw += block.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '=' || c === '~') {
      if (current) out.push(finish(current));
      current = { mark: c, raw: '' };
      continue;
    }
    if (!current) {
      if (/\s/.test(c)) continue;
      return 'the answers do not start with = or ~';
    }
    current.raw += c;
  }
  if (current) out.push(finish(current));
  return out;
}

function finish(a: { mark: '=' | '~'; raw: string }): Answer {
  let raw = a.raw;
  const feedback = findUnescaped(raw, '#');
  if (feedback >= 0) raw = raw.slice(0, feedback);
  let weight: number | null = null;
  const w = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(raw);
  if (w) {
    weight = Number(w[1]);
    raw = raw.slice(w[0].length);
  }
  return { mark: a.mark, weight, text: unescapeGift(raw.trim()) };
}

type Block = { line: number; comments: string[]; text: string };

/** Blocks of non-blank lines: a question with the comment lines around it. */
function blocksOf(source: string): Block[] {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current) blocks.push(current);
      current = null;
      return;
    }
    if (/^\$CATEGORY:/i.test(trimmed)) return;
    current ??= { line: index + 1, comments: [], text: '' };
    if (trimmed.startsWith('//')) current.comments.push(trimmed.slice(2).trim());
    else current.text += (current.text ? '\n' : '') + line;
  });
  if (current) blocks.push(current);
  return blocks.filter((b) => b.text.trim() !== '');
}

/** Reads a GIFT file: the questions Kasip can keep, and an issue for each it cannot. */
export function readGift(source: string): ReadResult {
  const issues: InterchangeIssue[] = [];
  const questions: ReadQuestion[] = [];
  const blocks = blocksOf(source);
  if (blocks.length > MAX_FILE_QUESTIONS)
    return {
      questions: [],
      issues: [
        {
          position: 0,
          line: null,
          title: null,
          reason: `the file holds ${blocks.length} questions; at most ${MAX_FILE_QUESTIONS} are read at once`,
        },
      ],
    };
  const readOne = (block: (typeof blocks)[number], index: number): unknown => {
    const position = index + 1;
    let text = block.text.trim();
    let title: string | null = null;
    if (text.startsWith('::')) {
      const end = findUnescaped(text, '::', 2);
      if (end < 0) {
        issues.push({ position, line: block.line, title: null, reason: 'the title is not closed with ::' });
        return;
      }
      title = unescapeGift(text.slice(2, end)).trim() || null;
      text = text.slice(end + 2);
    }
    const issue = (reason: string): void => {
      issues.push({ position, line: block.line, title, reason });
    };
    text = text.replace(/^\s*\[(html|moodle|plain|markdown)\]/, '');
    const open = findUnescaped(text, '{');
    if (open < 0) return issue('it has no answer block {…}: a description, not a question');
    const close = findUnescaped(text, '}', open + 1);
    if (close < 0) return issue('the answer block { is not closed with }');
    const before = unescapeGift(text.slice(0, open)).trim();
    const after = unescapeGift(text.slice(close + 1)).trim();
    const stem = after ? `${before} _____ ${after}` : before;
    const inside = text.slice(open + 1, close).trim();
    if (inside === '')
      return issue('an essay question (empty answer block): only choice and short answers are imported');
    if (/^(T|F|TRUE|FALSE)\b/.test(inside))
      return issue('a true/false question: write it as a single choice to import it');
    if (inside.startsWith('#')) return issue('a numeric question: only choice and short answers are imported');
    const answers = answersOf(inside);
    if (typeof answers === 'string') return issue(answers);
    if (answers.length === 0) return issue('the answer block has no answers');
    if (answers.every((a) => a.mark === '=' && findUnescaped(a.text, '->') >= 0 && a.text.includes('->')))
      return issue('a matching question: only choice and short answers are imported');
    const knowledge = block.comments
      .filter((c) => /^knowledge:/i.test(c))
      .flatMap((c) => c.slice('knowledge:'.length).split(/[\s,;]+/))
      .filter(Boolean);
    const meta = block.comments.find((c) => /^kasip:/i.test(c)) ?? '';
    const difficulty = /difficulty=(\d)/.exec(meta)?.[1];
    const base = {
      position,
      line: block.line,
      title,
      stem,
      tags: knowledge,
      difficulty: difficulty ? Number(difficulty) : null,
      lang: /lang=(kk|ru)\b/.exec(meta)?.[1] ?? null,
      author: /author=(.*)$/.exec(meta)?.[1]?.trim() ?? null,
    };
    const weighted = answers.some((a) => a.mark === '~' && a.weight !== null && a.weight > 0);
    if (answers.every((a) => a.mark === '=')) {
      questions.push({
        ...base,
        kind: 'short',
        options: [],
        right: [],
        accepted: answers.filter((a) => a.weight === null || a.weight > 0).map((a) => a.text),
      });
      return;
    }
    const right = answers.flatMap((a, i) =>
      (a.mark === '=' && (a.weight === null || a.weight > 0)) || (a.weight !== null && a.weight > 0) ? [i] : [],
    );
    questions.push({
      ...base,
      kind: weighted ? 'multiple' : right.length === 1 ? 'single' : 'multiple',
      options: answers.map((a) => a.text),
      right,
      accepted: [],
    });
  };
  for (const [index, block] of blocks.entries()) readOne(block, index);
  return { questions, issues };
}
