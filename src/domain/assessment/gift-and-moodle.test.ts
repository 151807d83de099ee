/**
 * Moodle XML and GIFT: the bank written and read back is the same content (options renamed a,
 * b, c… as neither format keeps ids), files written by hand or by Moodle are read, and any
 * text at all, garbage included, gives questions and issues, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReadResult, canonicalItem, toItemContent } from './gift-and-moodle.js';
import { readGift, toGift } from './gift.js';
import { type TestItemContent, testItemContentSchema } from './instruments.js';
import { readMoodleXml, toMoodleXml } from './moodle-xml.js';

const CARD = { code: '2635-3-001', level: 5 };
const KNOWLEDGE = ['2635-3-001.5.f1.t1.k1', '2635-3-001.5.f1.t1.k2', '2635-3-001.5.f2.t1.k10'];
const DEFAULTS = { author: 'Импорт', lang: 'kk', difficulty: 2 } as const;

const item = (over: Partial<TestItemContent> = {}): TestItemContent => ({
  cardCode: CARD.code,
  cardLevel: CARD.level,
  knowledgeIds: [KNOWLEDGE[0] as string],
  kind: 'single',
  stem: 'Қазақстан Республикасының ең жоғары заңы қайсы?',
  options: [
    { id: 'a', text: 'Конституция' },
    { id: 'b', text: 'Еңбек кодексі' },
  ],
  key: ['a'],
  difficulty: 1,
  lang: 'kk',
  author: 'Бекова А.',
  ...over,
});

/** Reads a file back into item contents, failing on any issue. */
function back(result: ReadResult): TestItemContent[] {
  expect(result.issues).toEqual([]);
  return result.questions.map((q) => {
    const out = toItemContent(q, CARD, new Set(KNOWLEDGE), DEFAULTS);
    if ('reason' in out) throw new Error(`question ${q.position}: ${out.reason}`);
    return out.content;
  });
}

const FORMATS = [
  { name: 'Moodle XML', write: toMoodleXml, read: readMoodleXml },
  { name: 'GIFT', write: toGift, read: readGift },
] as const;

// Text as authors write it, with every character the formats treat specially; '>' is left out
// so that no answer reads as a GIFT matching pair ("a -> b").
const textChar = fc.oneof(
  fc.constantFrom(...'abcxyz ӘәҒғҚқҢңӨөҰұҮүҺһІі АБВ 0123 ~=#{}:\\%[]&<"\'\n\t.,;!?«»—'),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }).filter((c) => c >= ' ' && c !== '>'),
);
const text = (max: number) =>
  fc
    .array(textChar, { minLength: 1, maxLength: max })
    .map((cs) => cs.join('').trim())
    .filter((s) => s.length > 0);

const itemArb: fc.Arbitrary<TestItemContent> = fc
  .record({
    kind: fc.constantFrom('single', 'multiple', 'short'),
    stem: text(80),
    options: fc.uniqueArray(text(30), { minLength: 2, maxLength: 6 }),
    shortKeys: fc.array(text(20), { minLength: 1, maxLength: 3 }),
    rightMask: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    knowledgeIds: fc.uniqueArray(fc.constantFrom(...KNOWLEDGE), { minLength: 1, maxLength: 3 }),
    difficulty: fc.constantFrom(1, 2, 3),
    lang: fc.constantFrom('kk', 'ru'),
    author: text(40)
      .map((s) => s.replace(/\n/g, ' ').trim())
      .filter((s) => s.length > 0),
  })
  .map((r) => {
    const options = r.kind === 'short' ? [] : r.options.map((t, i) => ({ id: 'abcdef'[i] as string, text: t }));
    let key = r.kind === 'short' ? r.shortKeys : options.filter((_, i) => r.rightMask[i]).map((o) => o.id);
    if (r.kind !== 'short' && key.length === 0) key = [options[0]?.id as string];
    if (r.kind === 'single') key = key.slice(0, 1);
    return {
      cardCode: CARD.code,
      cardLevel: CARD.level,
      knowledgeIds: r.knowledgeIds,
      kind: r.kind,
      stem: r.stem,
      options,
      key,
      difficulty: r.difficulty,
      lang: r.lang,
      author: r.author,
    } as TestItemContent;
  })
  .filter((c) => testItemContentSchema.safeParse(c).success);

describe.each(FORMATS)('$name', ({ write, read }) => {
  it('reads back what it writes: single, multiple and short answers', () => {
    const items = [
      item(),
      item({ kind: 'multiple', key: ['a', 'b'], options: [...item().options, { id: 'c', text: 'Жол картасы' }] }),
      item({
        kind: 'short',
        options: [],
        key: ['Конституция', 'ҚР Конституциясы'],
        knowledgeIds: KNOWLEDGE.slice(0, 2),
      }),
      item({
        options: [
          { id: 'x1', text: 'a { b } = c ~ d # e : f \\ g' },
          { id: 'y', text: '%50% [html] <b>&amp;' },
        ],
        key: ['y'],
      }),
    ];
    const file = write(
      CARD,
      items.map((content, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, content })),
    );
    const read1 = read(file);
    expect(read1.questions.map((q) => q.title)).toEqual(items.map((_, i) => `00000000-0000-4000-8000-00000000000${i}`));
    expect(back(read1)).toEqual(items.map(canonicalItem));
  });

  it('round-trips random items', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { minLength: 1, maxLength: 5 }), (items) => {
        const file = write(
          CARD,
          items.map((content, i) => ({ id: `id-${i}`, content })),
        );
        expect(back(read(file))).toEqual(items.map(canonicalItem));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on garbage: every answer is questions and issues', () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<quiz>',
        '</quiz>',
        '<question type="multichoice">',
        '</question>',
        '<answer fraction="x">',
        '{',
        '}',
        '=',
        '~',
        '::',
        '//',
        '\n\n',
        '<!DOCTYPE x [<!ENTITY a "b">]>',
        '<text>',
        '</text>',
        '$CATEGORY:',
        '%50%',
        '\\',
      ),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const result = read(parts.join(''));
        expect(Array.isArray(result.questions)).toBe(true);
        expect(Array.isArray(result.issues)).toBe(true);
        for (const q of result.questions) {
          const out = toItemContent(q, CARD, new Set(KNOWLEDGE), DEFAULTS);
          expect('content' in out || typeof out.reason === 'string').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading files Kasip did not write', () => {
  it('reads Moodle’s own export (HTML text, tags) and reports unsupported types by position', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Default</text></category></question>
  <question type="multichoice">
    <name><text>Q1</text></name>
    <questiontext format="html"><text><![CDATA[<p>Әлеуметтік <b>кодекс</b> қай жылы қабылданды?</p>]]></text></questiontext>
    <answer fraction="100" format="html"><text>2023</text></answer>
    <answer fraction="0" format="html"><text>2001</text></answer>
    <single>true</single>
    <tags><tag><text>2635-3-001.5.f1.t1.k2</text></tag></tags>
  </question>
  <question type="essay"><name><text>Essay</text></name><questiontext format="html"><text>Жазыңыз</text></questiontext></question>
  <question type="shortanswer">
    <name><text>Q3</text></name>
    <questiontext format="plain_text"><text>Кодекс атауы?</text></questiontext>
    <answer fraction="100"><text>Әлеуметтік кодекс</text></answer>
    <tags><tag><text>unknown-tag</text></tag></tags>
  </question>
</quiz>`;
    const result = readMoodleXml(xml);
    expect(result.issues).toEqual([
      {
        position: 3,
        line: null,
        title: 'Essay',
        reason: 'a essay question: only multichoice and shortanswer are imported',
      },
    ]);
    const [first, third] = result.questions;
    expect(first?.stem).toBe('Әлеуметтік кодекс қай жылы қабылданды?');
    const one = toItemContent(first as never, CARD, new Set(KNOWLEDGE), DEFAULTS);
    expect(one).toMatchObject({
      content: { kind: 'single', key: ['a'], knowledgeIds: ['2635-3-001.5.f1.t1.k2'], author: 'Импорт' },
    });
    const three = toItemContent(third as never, CARD, new Set(KNOWLEDGE), DEFAULTS);
    expect(three).toEqual({ reason: 'none of its tags (unknown-tag) is a knowledge item of 2635-3-001/5' });
  });

  it('refuses a DOCTYPE and reports broken XML with its line', () => {
    expect(readMoodleXml('<!DOCTYPE quiz [<!ENTITY x "y">]><quiz/>').issues[0]?.reason).toMatch(/DOCTYPE/);
    expect(readMoodleXml('<quiz>\n<question>\n</quiz>').issues[0]?.reason).toMatch(/line \d/);
    expect(readMoodleXml('<other/>').issues[0]?.reason).toMatch(/no <quiz>/);
  });

  it('reads hand-written GIFT and names what it cannot keep, with line numbers', () => {
    const gift = [
      '// knowledge: 2635-3-001.5.f1.t1.k1',
      'Ең жоғары заң? {=Конституция ~Кодекс #Жоқ}',
      '',
      'Жер Күнді айнала ма? {T}',
      '',
      '// knowledge: 2635-3-001.5.f1.t1.k2',
      '::Q3:: Таңдаңыз {~%50%бір ~%50%екі ~%-100%үш}',
      '',
      'Сипаттама ғана',
      '',
      '::Q5:: Жабылмаған {=a',
    ].join('\n');
    const result = readGift(gift);
    expect(result.issues.map((i) => [i.position, i.line])).toEqual([
      [2, 4],
      [4, 9],
      [5, 11],
    ]);
    expect(result.issues[0]?.reason).toMatch(/true\/false/);
    expect(result.questions.map((q) => [q.kind, q.right])).toEqual([
      ['single', [0]],
      ['multiple', [0, 1]],
    ]);
    expect(result.questions[0]?.options).toEqual(['Конституция', 'Кодекс']);
  });
});
