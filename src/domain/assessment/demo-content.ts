/**
 * The demo content file (data/demo/assessment/*.yaml): an item bank, practical tasks and a
 * specification for one card, written for Kasip and marked demo. The file states the card, the
 * author and the default language once; each question and task is then checked with the same
 * contract schemas the item bank uses, so demo content can never be something a user could not
 * have entered. `checkDemoAgainstCard` proves it covers the card and names nothing the card lacks.
 * Pure.
 */
import { z } from 'zod';
import type { Card } from '../standard/schemas.js';
import { AppError, type FieldError } from '../shared/errors.js';
import {
  INSTRUMENT_LANGS,
  type PracticalTaskContent,
  type SpecificationContent,
  type TestItemContent,
  practicalTaskContentSchema,
  specificationContentSchema,
  testItemContentSchema,
} from './instruments.js';

const fileSchema = z
  .object({
    /** Required and true: a file without it is not demo content and is never loaded as such. */
    demo: z.literal(true),
    card: z.object({ code: z.string().regex(/^\d{4}-\d-\d{3}$/), level: z.number().int().min(1).max(8) }).strict(),
    author: z.string().trim().min(1).max(200),
    lang: z.enum(INSTRUMENT_LANGS).default('kk'),
    items: z.array(z.record(z.string(), z.unknown())).min(1).max(2000),
    tasks: z.array(z.record(z.string(), z.unknown())).min(1).max(500),
    /** The specification without its practical task ids: the loader knows them only once the tasks exist. */
    specification: z.record(z.string(), z.unknown()),
  })
  .strict();

export type DemoContent = {
  card: { code: string; level: number };
  items: TestItemContent[];
  tasks: PracticalTaskContent[];
  /** practicalTaskIds is empty here; the loader sets it to the ids of the tasks it created. */
  specification: SpecificationContent;
};

const issuePath = (prefix: (string | number)[], path: PropertyKey[]): string =>
  [...prefix, ...path].map(String).join('.');

/**
 * Parses the file's value (already read from YAML). Throws `invalid_data_file` listing every
 * problem with its place in the file (`items.3.key`), as the edition reader does for cards.
 */
export function parseDemoContent(raw: unknown): DemoContent {
  const top = fileSchema.safeParse(raw);
  if (!top.success) {
    throw new AppError(
      'invalid_data_file',
      'The demo content file is not valid.',
      top.error.issues.map((i) => ({ path: issuePath([], i.path), message: i.message })),
    );
  }
  const file = top.data;
  const errors: FieldError[] = [];
  const shared = { cardCode: file.card.code, cardLevel: file.card.level, author: file.author, lang: file.lang };
  const parsed = <T>(schema: z.ZodType<T>, value: unknown, where: (string | number)[]): T | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const i of result.error.issues) errors.push({ path: issuePath(where, i.path), message: i.message });
    return undefined;
  };
  const items = file.items.map((item, n) => parsed(testItemContentSchema, { ...shared, ...item }, ['items', n]));
  const tasks = file.tasks.map((task, n) => parsed(practicalTaskContentSchema, { ...shared, ...task }, ['tasks', n]));
  const specification = parsed(
    specificationContentSchema,
    { cardCode: file.card.code, cardLevel: file.card.level, ...file.specification, practicalTaskIds: [] },
    ['specification'],
  );
  if (errors.length > 0 || !specification) {
    throw new AppError('invalid_data_file', 'The demo content file is not valid.', errors);
  }
  return {
    card: file.card,
    items: items.filter((i): i is TestItemContent => i !== undefined),
    tasks: tasks.filter((t): t is PracticalTaskContent => t !== undefined),
    specification,
  };
}

export type DemoCoverageProblem =
  | { kind: 'wrong_card'; message: string }
  | { kind: 'unknown_id'; id: string; where: string }
  | { kind: 'uncovered_knowledge'; id: string }
  | { kind: 'uncovered_skill'; id: string };

/**
 * Every knowledge item of the card has a question in the card's language (kk), every skill a
 * task, and every id the content names (knowledge, skills, functions, tasks of the blueprint)
 * is the card's. An empty list means the content fits the card.
 */
export function checkDemoAgainstCard(content: DemoContent, card: Card): DemoCoverageProblem[] {
  const problems: DemoCoverageProblem[] = [];
  if (card.code.value !== content.card.code || card.level.value !== content.card.level) {
    problems.push({
      kind: 'wrong_card',
      message: `the content is for ${content.card.code} level ${content.card.level}, the card is ${card.code.value} level ${card.level.value}`,
    });
  }
  const functionIds = new Set(card.labourFunctions.map((f) => f.id));
  const tasks = card.labourFunctions.flatMap((f) => f.tasks);
  const taskIds = new Set(tasks.map((t) => t.id));
  const knowledge = tasks.flatMap((t) => t.knowledge.map((k) => k.id));
  const skills = tasks.flatMap((t) => t.skills.map((s) => s.id));
  const knowledgeIds = new Set(knowledge);
  const skillIds = new Set(skills);

  content.items.forEach((item, n) => {
    for (const id of item.knowledgeIds)
      if (!knowledgeIds.has(id)) problems.push({ kind: 'unknown_id', id, where: `items.${n}.knowledgeIds` });
  });
  content.tasks.forEach((task, n) => {
    for (const id of task.skillIds)
      if (!skillIds.has(id)) problems.push({ kind: 'unknown_id', id, where: `tasks.${n}.skillIds` });
  });
  content.specification.functions.forEach((f, n) => {
    if (!functionIds.has(f.labourFunctionId))
      problems.push({ kind: 'unknown_id', id: f.labourFunctionId, where: `specification.functions.${n}` });
    for (const id of Object.keys(f.questionsPerTask))
      if (!taskIds.has(id))
        problems.push({ kind: 'unknown_id', id, where: `specification.functions.${n}.questionsPerTask` });
  });

  const asked = new Set(content.items.filter((i) => i.lang === 'kk').flatMap((i) => i.knowledgeIds));
  for (const id of knowledge) if (!asked.has(id)) problems.push({ kind: 'uncovered_knowledge', id });
  const observed = new Set(content.tasks.flatMap((t) => t.skillIds));
  for (const id of skills) if (!observed.has(id)) problems.push({ kind: 'uncovered_skill', id });
  return problems;
}
