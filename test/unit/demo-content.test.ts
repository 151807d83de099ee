/**
 * The shipped demo content (data/demo/assessment/2635-3-001-5.yaml) against its card: it parses
 * with the item bank's own schemas, every knowledge item of the card has a Kazakh question, every
 * skill a practical task, and nothing names an id the card lacks. Plus the parser's refusals.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkDemoAgainstCard, parseDemoContent } from '../../src/domain/assessment/demo-content.js';
import { AppError } from '../../src/domain/shared/errors.js';
import { cardSchema } from '../../src/domain/standard/schemas.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

const DEMO_FILE = path.join(ROOT, 'data/demo/assessment/2635-3-001-5.yaml');
const raw = () => parse(readFileSync(DEMO_FILE, 'utf8'), { uniqueKeys: true }) as Record<string, unknown>;
const card = cardSchema.parse(parse(readFileSync(path.join(BUNDLED_EDITION, 'cards/2635-3-001-5.yaml'), 'utf8')));

describe('the demo content of card 2635-3-001 level 5', () => {
  const content = parseDemoContent(raw());

  it('is marked demo and parses with the contract schemas', () => {
    expect(raw().demo).toBe(true);
    expect(content.card).toEqual({ code: '2635-3-001', level: 5 });
    expect(content.items.every((i) => i.author === 'Kasip demo')).toBe(true);
    expect(readFileSync(DEMO_FILE, 'utf8')).toMatch(/DEMO CONTENT written for Kasip, NOT official/);
  });

  it('covers every knowledge item and skill of the card, and names only ids of the card', () => {
    expect(checkDemoAgainstCard(content, card)).toEqual([]);
    const knowledge = card.labourFunctions.flatMap((f) => f.tasks.flatMap((t) => t.knowledge));
    const skills = card.labourFunctions.flatMap((f) => f.tasks.flatMap((t) => t.skills));
    expect(knowledge).toHaveLength(21);
    expect(skills).toHaveLength(10);
    for (const k of knowledge)
      expect(content.items.filter((i) => i.lang === 'kk' && i.knowledgeIds.includes(k.id)).length).toBeGreaterThan(0);
    for (const s of skills) expect(content.tasks.filter((t) => t.skillIds.includes(s.id)).length).toBeGreaterThan(0);
  });

  it('mixes the three kinds, has checklists of 3–6 criteria with 1–2 critical, and a draw the bank can fill', () => {
    const kinds = new Set(content.items.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['multiple', 'short', 'single']);
    for (const task of content.tasks) {
      expect(task.criteria.length).toBeGreaterThanOrEqual(3);
      expect(task.criteria.length).toBeLessThanOrEqual(6);
      const critical = task.criteria.filter((c) => c.critical).length;
      expect(critical).toBeGreaterThanOrEqual(1);
      expect(critical).toBeLessThanOrEqual(2);
    }
    const spec = content.specification;
    expect(spec).toMatchObject({ forms: ['theory', 'practical'], timeLimitMinutes: 40, validityMonths: 36 });
    expect(spec.functions).toEqual([
      {
        labourFunctionId: '2635-3-001.5.f1',
        weight: 100,
        questionsPerTask: { '2635-3-001.5.f1.t1': 21 },
        theoryPassPercent: 60,
        practicalPassPercent: 70,
      },
    ]);
    expect(content.items.filter((i) => i.lang === 'kk').length).toBeGreaterThanOrEqual(21);
  });

  it('names what a question short of the card leaves uncovered, and an id the card lacks', () => {
    const k21 = '2635-3-001.5.f1.t1.k21';
    const fewer = { ...content, items: content.items.filter((i) => !i.knowledgeIds.includes(k21)) };
    expect(checkDemoAgainstCard(fewer, card)).toEqual([{ kind: 'uncovered_knowledge', id: k21 }]);
    const stranger = {
      ...content,
      tasks: [{ ...(content.tasks[0] as (typeof content.tasks)[number]), skillIds: ['2635-3-001.5.f1.t1.s99'] }],
    };
    expect(checkDemoAgainstCard(stranger, card)).toContainEqual({
      kind: 'unknown_id',
      id: '2635-3-001.5.f1.t1.s99',
      where: 'tasks.0.skillIds',
    });
    expect(checkDemoAgainstCard(stranger, card)).toContainEqual({
      kind: 'uncovered_skill',
      id: '2635-3-001.5.f1.t1.s2',
    });
  });
});

describe('parseDemoContent', () => {
  it('refuses a file not marked demo, and names the place of a bad question', () => {
    const notDemo = { ...raw(), demo: false };
    expect(() => parseDemoContent(notDemo)).toThrow(AppError);
    const file = raw();
    const items = [...(file.items as Record<string, unknown>[])];
    items[2] = { ...items[2], key: ['z'] };
    try {
      parseDemoContent({ ...file, items });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).errors).toContainEqual({ path: 'items.2.key', message: 'the key z is not an option' });
    }
  });

  it('answers anything with the content or an AppError, never another error', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          parseDemoContent(value);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat(40), fc.dictionary(fc.string(), fc.anything()), (n, junk) => {
        const file = raw();
        const items = [...(file.items as Record<string, unknown>[])];
        items[n % items.length] = { ...items[n % items.length], ...junk };
        try {
          parseDemoContent({ ...file, items });
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 100 },
    );
  });
});
