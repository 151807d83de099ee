/**
 * The instruments for the web pages: the generated types under short names, the demo card the
 * pages start from, and the editable shapes of a test item and a practical task.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type TestItem = Schemas['TestItem'];
export type TestItemContent = TestItem['content'];
export type PracticalTask = Schemas['PracticalTask'];
export type PracticalTaskContent = PracticalTask['content'];
export type Criterion = PracticalTaskContent['criteria'][number];
export type Specification = Schemas['Specification'];
export type SpecificationContent = Specification['content'];
export type BlueprintFunction = SpecificationContent['functions'][number];
export type Coverage = Schemas['Coverage'];
export type CoverageRow = Coverage['rows'][number];
export type CoverageProblem = Coverage['problems'][number];
export type ReviewStatus = TestItem['status'];
export type ItemKind = TestItemContent['kind'];

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['draft', 'reviewed', 'retired'];
export const ITEM_KINDS: readonly ItemKind[] = ['single', 'multiple', 'short'];
export const ASSESSMENT_FORMS = ['theory', 'practical', 'interview'] as const;

/** The card the demo content is written for; the pages start from it. */
export const DEMO_CARD = { code: '2635-3-001', level: 5 } as const;
export const CARD_CODE_PATTERN = '\\d{4}-\\d-\\d{3}';

export function emptyItem(code: string, level: number, author: string): TestItemContent {
  return {
    cardCode: code,
    cardLevel: level,
    knowledgeIds: [],
    kind: 'single',
    stem: '',
    options: [
      { id: 'a', text: '' },
      { id: 'b', text: '' },
    ],
    key: ['a'],
    difficulty: 2,
    lang: 'kk',
    author,
  };
}

export function emptyTask(code: string, level: number, author: string): PracticalTaskContent {
  return {
    cardCode: code,
    cardLevel: level,
    skillIds: [],
    title: '',
    instructions: '',
    criteria: [{ id: 'c1', text: '', critical: false }],
    lang: 'kk',
    author,
  };
}

/** The next free option id: a, b, c, … then a1, b1, … */
export function nextOptionId(taken: readonly string[]): string {
  for (let round = 0; ; round++)
    for (const letter of 'abcdefghij') {
      const id = round === 0 ? letter : `${letter}${round}`;
      if (!taken.includes(id)) return id;
    }
}
