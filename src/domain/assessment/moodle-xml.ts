/**
 * The item bank of a card as Moodle XML (the format colleges in Kazakhstan move question banks
 * in) and back. Written: a `<category>` for the card, then each item as `multichoice` (`<single>`
 * true or false) or `shortanswer`, its id in `<idnumber>`, its knowledge ids as `<tags>`, and
 * Kasip's difficulty, language and author as `kasip-…:` tags (Moodle keeps tags it does not
 * know). Read: the same, and what Moodle itself writes; anything else is an issue naming the
 * question's position and the reason, never an exception. Pure.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  type InterchangeIssue,
  MAX_FILE_QUESTIONS,
  type ReadQuestion,
  type ReadResult,
  printable,
  shareOf,
} from './gift-and-moodle.js';
import type { TestItemContent } from './instruments.js';

export type ExportItem = { id: string; content: TestItemContent };

const escapeXml = (text: string) =>
  printable(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textEl = (text: string) => `<text>${escapeXml(text)}</text>`;

export function categoryOf(card: { code: string; level: number }): string {
  return `$course$/top/Kasip/${card.code} level ${card.level}`;
}

export function toMoodleXml(card: { code: string; level: number }, items: readonly ExportItem[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  out.push(`  <question type="category">`, `    <category>${textEl(categoryOf(card))}</category>`, '  </question>');
  for (const { id, content: c } of items) {
    const type = c.kind === 'short' ? 'shortanswer' : 'multichoice';
    out.push(`  <question type="${type}">`);
    out.push(`    <name>${textEl(c.stem.slice(0, 60))}</name>`);
    out.push(`    <questiontext format="plain_text">${textEl(c.stem)}</questiontext>`);
    out.push(`    <idnumber>${escapeXml(id)}</idnumber>`);
    out.push('    <defaultgrade>1</defaultgrade>');
    if (c.kind === 'short') {
      out.push('    <usecase>0</usecase>');
      for (const answer of c.key) out.push(`    <answer fraction="100" format="plain_text">${textEl(answer)}</answer>`);
    } else {
      out.push(`    <single>${c.kind === 'single' ? 'true' : 'false'}</single>`);
      out.push('    <shuffleanswers>true</shuffleanswers>', '    <answernumbering>abc</answernumbering>');
      const share = shareOf(c.key.length);
      for (const o of c.options) {
        const fraction = c.key.includes(o.id) ? (c.kind === 'single' ? '100' : share) : '0';
        out.push(`    <answer fraction="${fraction}" format="plain_text">${textEl(o.text)}</answer>`);
      }
    }
    const tags = [
      ...c.knowledgeIds,
      `kasip-difficulty:${c.difficulty}`,
      `kasip-lang:${c.lang}`,
      `kasip-author:${c.author}`,
    ];
    out.push(`    <tags>${tags.map((t) => `<tag>${textEl(t)}</tag>`).join('')}</tags>`);
    out.push('  </question>');
  }
  out.push('</quiz>', '');
  return out.join('\n');
}

type Node = Record<string, unknown>;
const asNode = (v: unknown): Node | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** The text of `<x><text>…</text></x>` or of a bare `<x>…</x>`. */
function textOf(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  const node = asNode(v);
  if (!node) return '';
  if ('text' in node) return textOf(asList(node.text)[0]);
  if ('#text' in node) return textOf(node['#text']);
  return '';
}

/** Moodle writes HTML question text by default; the text is kept, tags removed and entities read. */
function plain(text: string, format: string | undefined): string {
  if (format && format !== 'html' && format !== 'moodle_auto_format') return text;
  if (!/[<&]/.test(text)) return text;
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['question', 'answer', 'tag', 'text'].includes(name),
  processEntities: true,
  htmlEntities: false,
});

/** Reads a Moodle XML file: the questions Kasip can keep, and an issue for each it cannot. */
export function readMoodleXml(source: string): ReadResult {
  const issues: InterchangeIssue[] = [];
  const file = (reason: string): ReadResult => ({
    questions: [],
    issues: [{ position: 0, line: null, title: null, reason }],
  });
  const text = source.replace(/^\uFEFF/, '');
  // Moodle never writes a DOCTYPE; refusing it leaves entity expansion no way in.
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return file('the file declares a DOCTYPE or entities, which a Moodle export never does');
  const valid = XMLValidator.validate(text);
  if (valid !== true) return file(`this is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch (error) {
    return file(`this XML cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const quiz = asNode(doc.quiz);
  if (!quiz) return file('this is not a Moodle question file: it has no <quiz> element');
  const all = asList(quiz.question);
  if (all.length > MAX_FILE_QUESTIONS)
    return file(`the file holds ${all.length} questions; at most ${MAX_FILE_QUESTIONS} are read at once`);
  const questions: ReadQuestion[] = [];
  const readOne = (raw: (typeof all)[number], index: number): unknown => {
    const position = index + 1;
    const q = asNode(raw);
    const type = q ? String(q['@_type'] ?? '') : '';
    if (!q || type === 'category') return;
    const title = textOf(q.idnumber) || textOf(q.name) || null;
    const issue = (reason: string): void => {
      issues.push({ position, line: null, title, reason });
    };
    if (type !== 'multichoice' && type !== 'shortanswer')
      return issue(`a ${type || 'untyped'} question: only multichoice and shortanswer are imported`);
    const questiontext = asNode(q.questiontext);
    const stem = plain(textOf(questiontext), questiontext?.['@_format'] as string | undefined).trim();
    const answers = asList(q.answer).map((a) => {
      const node = asNode(a);
      const fraction = Number(node?.['@_fraction'] ?? (typeof a === 'string' ? 0 : Number.NaN));
      return { text: plain(textOf(a), node?.['@_format'] as string | undefined).trim(), fraction };
    });
    if (answers.some((a) => !Number.isFinite(a.fraction))) return issue('an answer has no fraction (its grade)');
    const tags = asList(asNode(q.tags)?.tag)
      .map((t) => textOf(t).trim())
      .filter(Boolean);
    const meta = (name: string) =>
      tags.find((t) => t.startsWith(`kasip-${name}:`))?.slice(`kasip-${name}:`.length) ?? null;
    const base = {
      position,
      line: null,
      title,
      stem,
      tags: tags.filter((t) => !t.startsWith('kasip-')),
      difficulty: meta('difficulty') === null ? null : Number(meta('difficulty')),
      lang: meta('lang'),
      author: meta('author'),
    };
    if (type === 'shortanswer') {
      questions.push({
        ...base,
        kind: 'short',
        options: [],
        right: [],
        accepted: answers.filter((a) => a.fraction > 0).map((a) => a.text),
      });
      return;
    }
    const single = String(textOf(q.single) || 'true').trim() !== 'false' && String(textOf(q.single)).trim() !== '0';
    questions.push({
      ...base,
      kind: single ? 'single' : 'multiple',
      options: answers.map((a) => a.text),
      right: answers.flatMap((a, i) => (single ? (a.fraction >= 100 ? [i] : []) : a.fraction > 0 ? [i] : [])),
      accepted: [],
    });
  };
  for (const [index, raw] of all.entries()) readOne(raw, index);
  return { questions, issues };
}
