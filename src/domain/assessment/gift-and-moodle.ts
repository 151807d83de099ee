/**
 * What the GIFT and Moodle XML readers share: a question as read from a file (before it is
 * checked against a card), the issues reported per question (its position and why), and the
 * step from a read question to a test item of the card. Option ids do not survive a Moodle file
 * (neither format has them): an imported item's options are named a, b, c… in their order, so
 * a round trip keeps the content up to that renaming (`canonicalItem`). Pure.
 */
import { type ItemKind, type TestItemContent, testItemContentSchema } from './instruments.js';

/** The most questions one file may hold; a larger bank is exported and imported per card. */
export const MAX_FILE_QUESTIONS = 2000;

export type ReadQuestion = {
  /** 1-based: the question's place in the file. */
  position: number;
  /** The line it starts on, where the format has lines (GIFT). */
  line: number | null;
  /** The question's name or title in the file (Kasip writes the item id there). */
  title: string | null;
  kind: ItemKind;
  stem: string;
  /** Choices in order; empty for a short answer. */
  options: string[];
  /** For choices: indexes of the right options; for a short answer: the accepted answers. */
  right: number[];
  accepted: string[];
  /** Knowledge ids (and any other tags) the file attaches to the question. */
  tags: string[];
  difficulty: number | null;
  lang: string | null;
  author: string | null;
};

export type InterchangeIssue = { position: number; line: number | null; title: string | null; reason: string };

export type ReadResult = { questions: ReadQuestion[]; issues: InterchangeIssue[] };

export type ImportDefaults = { author: string; lang: 'kk' | 'ru'; difficulty: 1 | 2 | 3 };

const OPTION_IDS = 'abcdefghij';

/** The same item with its options named a, b, c… in their order (and the key renamed with them). */
export function canonicalItem(content: TestItemContent): TestItemContent {
  if (content.kind === 'short') return content;
  const rename = new Map(content.options.map((o, i) => [o.id, OPTION_IDS[i] ?? `o${i}`]));
  return {
    ...content,
    options: content.options.map((o, i) => ({ id: OPTION_IDS[i] ?? `o${i}`, text: o.text })),
    key: content.key.map((k) => rename.get(k) ?? k),
  };
}

/**
 * A read question as a test item of the card: its knowledge ids are the tags that are knowledge
 * items of the card (none: refused), and the item must pass the contract's checks; every reason
 * it does not is returned in words.
 */
export function toItemContent(
  q: ReadQuestion,
  card: { code: string; level: number },
  knowledge: ReadonlySet<string>,
  defaults: ImportDefaults,
): { content: TestItemContent } | { reason: string } {
  const knowledgeIds = [...new Set(q.tags.filter((t) => knowledge.has(t)))];
  if (knowledgeIds.length === 0)
    return {
      reason:
        q.tags.length === 0
          ? `no knowledge id of ${card.code}/${card.level} is given`
          : `none of its tags (${q.tags.slice(0, 5).join(', ')}) is a knowledge item of ${card.code}/${card.level}`,
    };
  if (q.options.length > OPTION_IDS.length)
    return { reason: `it has ${q.options.length} options; at most 10 are allowed` };
  const options = q.options.map((text, i) => ({ id: OPTION_IDS[i] ?? 'x', text }));
  const key = q.kind === 'short' ? q.accepted : q.right.map((i) => OPTION_IDS[i] ?? 'x');
  const difficulty =
    q.difficulty === 1 || q.difficulty === 2 || q.difficulty === 3 ? q.difficulty : defaults.difficulty;
  const lang = q.lang === 'kk' || q.lang === 'ru' ? q.lang : defaults.lang;
  const parsed = testItemContentSchema.safeParse({
    cardCode: card.code,
    cardLevel: card.level,
    knowledgeIds,
    kind: q.kind,
    stem: q.stem,
    options,
    key,
    difficulty,
    lang,
    author: q.author?.trim() ? q.author.trim() : defaults.author,
  });
  if (!parsed.success)
    return {
      reason: parsed.error.issues
        .map((i) => `${i.path.join('.') || 'question'}: ${i.message}`)
        .slice(0, 5)
        .join('; '),
    };
  return { content: parsed.data };
}

/** Moodle's grade for each of n right options of a multiple-answer question (100/n, as Moodle lists it). */
export function shareOf(n: number): string {
  return String(Math.round((100 / n) * 100_000) / 100_000);
}

/** Control characters other than tab and newline cannot be written to XML 1.0 (nor sensibly to GIFT). */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ' ').replace(/\r\n?/g, '\n');
}
