/**
 * The stemmer on the bundled data: the skills and knowledge of Order No. 262's cards, read
 * straight from the YAML files (this test may use Node; the module itself may not).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUNDLED_EDITION } from '../../../test/support/paths.js';
import { tokenize } from './kazakh-normalize.js';
import { stemKazakh } from './kazakh-stemmer.js';

type Numbered = { kk: string };
type CardFile = {
  labourFunctions: {
    skills?: Numbered[];
    knowledge?: Numbered[];
    tasks: { skills: Numbered[]; knowledge: Numbered[] }[];
  }[];
};

function skillAndKnowledgeTexts(card: CardFile): string[] {
  return card.labourFunctions
    .flatMap((f) => [
      ...(f.skills ?? []),
      ...(f.knowledge ?? []),
      ...f.tasks.flatMap((t) => [...t.skills, ...t.knowledge]),
    ])
    .map((item) => item.kk);
}

function letters(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}

describe('stemKazakh on the skills and knowledge of the bundled cards', () => {
  let words: Set<string>;
  let stems: Map<string, string>;

  beforeAll(() => {
    const dir = path.join(BUNDLED_EDITION, 'cards');
    const texts = readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => skillAndKnowledgeTexts(parse(readFileSync(path.join(dir, name), 'utf8')) as CardFile));
    words = new Set(texts.flatMap((text) => tokenize(text)).filter((w) => letters(w) > 0));
    stems = new Map([...words].map((w) => [w, stemKazakh(w)]));
  });

  it('reduces the distinct words by at least a quarter', () => {
    const distinctStems = new Set(stems.values()).size;
    const reduction = 1 - distinctStems / words.size;
    console.info(
      `kazakh stemmer on the bundled cards: ${words.size} distinct words → ${distinctStems} distinct stems ` +
        `(${(reduction * 100).toFixed(1)}% fewer)`,
    );
    expect(words.size).toBeGreaterThan(500);
    expect(reduction).toBeGreaterThanOrEqual(0.25);
  });

  it('never leaves a stem shorter than 2 letters for a word of 2 letters or more', () => {
    const tooShort = [...stems].filter(([word, stem]) => letters(word) >= 2 && letters(stem) < 2);
    expect(tooShort).toEqual([]);
  });

  it('is idempotent on every real word', () => {
    const unstable = [...stems].filter(([, stem]) => stemKazakh(stem) !== stem);
    expect(unstable).toEqual([]);
  });

  it('gathers the forms of the domain words', () => {
    const formsOf = (stem: string) => [...stems].filter(([, s]) => s === stem).map(([w]) => w);
    expect(formsOf(stemKazakh('қызмет')).length).toBeGreaterThanOrEqual(10);
    expect(formsOf(stemKazakh('маман')).length).toBeGreaterThanOrEqual(6);
    expect(formsOf(stemKazakh('жағдай')).length).toBeGreaterThanOrEqual(6);
  });
});
