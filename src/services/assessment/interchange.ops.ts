/**
 * The item bank's files: a card's items exported as Moodle XML or GIFT, and such a file imported
 * in two steps. The preview reads the file and says, per question, what would be imported
 * (knowledge ids taken from its tags or `// knowledge:` comment) and what cannot be, with its
 * position and reason; nothing is written. The commit takes the same file back with the hash the
 * preview gave (so what is committed is exactly what was previewed) and adds the importable
 * questions as drafts, to be reviewed like any other item.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { userIdOf } from '../../domain/access/actor.js';
import { entryIds } from '../../domain/assessment/coverage.js';
import { type ReadResult, toItemContent } from '../../domain/assessment/gift-and-moodle.js';
import { readGift, toGift } from '../../domain/assessment/gift.js';
import { ITEM_KINDS, REVIEW_STATUSES, type TestItemContent } from '../../domain/assessment/instruments.js';
import { readMoodleXml, toMoodleXml } from '../../domain/assessment/moodle-xml.js';
import { qtiPackage } from '../../domain/assessment/qti.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { insertInstruments, instrumentsOfCard } from '../../storage/repositories/instrument.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { defineOperation } from '../operations/operation.js';
import { fileOutputSchema } from '../operations/file-output.js';
import type { AssessmentDeps } from './assessment-deps.js';
import { cardCodeSchema, cardFor, cardLevelSchema } from './instrument-schemas.js';

export const BANK_FORMATS = ['moodle-xml', 'gift'] as const;
export type BankFormat = (typeof BANK_FORMATS)[number];
/** A bank file's largest size in characters (the HTTP body limit is 1 MiB as well). */
export const MAX_BANK_FILE_CHARS = 1_000_000;

const MEDIA: Record<BankFormat, { type: string; ext: string }> = {
  'moodle-xml': { type: 'application/xml; charset=utf-8', ext: 'xml' },
  gift: { type: 'text/plain; charset=utf-8', ext: 'gift.txt' },
};
/** Export only: QTI 3.0 content packages are written, not read. */
export const EXPORT_FORMATS = [...BANK_FORMATS, 'qti3'] as const;

const importInput = orgParam.extend({
  card: cardCodeSchema,
  level: cardLevelSchema,
  /** Read from the file when absent: XML starts with `<`. */
  format: z.enum(BANK_FORMATS).optional(),
  file: z.string({ error: 'send the Moodle XML or GIFT file as the body' }).max(MAX_BANK_FILE_CHARS),
  /** For questions the file says nothing about (a file Moodle wrote). */
  author: z.string().trim().min(1).max(200).default('Moodle'),
  itemLang: z.enum(['kk', 'ru']).default('kk'),
  difficulty: z.coerce.number().int().min(1).max(3).default(2),
});
type ImportInput = z.output<typeof importInput>;

const previewSchema = z
  .object({
    format: z.enum(BANK_FORMATS),
    /** Send it back with the same file to commit exactly this preview. */
    fileHash: z.string(),
    questions: z.array(
      z.object({
        position: z.number(),
        line: z.number().nullable(),
        title: z.string().nullable(),
        kind: z.enum(ITEM_KINDS),
        stem: z.string(),
        knowledgeIds: z.array(z.string()),
      }),
    ),
    issues: z.array(
      z.object({ position: z.number(), line: z.number().nullable(), title: z.string().nullable(), reason: z.string() }),
    ),
  })
  .meta({ id: 'BankImportPreview' });

const formatOf = (input: ImportInput): BankFormat =>
  input.format ?? (input.file.trimStart().startsWith('<') ? 'moodle-xml' : 'gift');

const hashOf = (input: ImportInput) =>
  createHash('sha256')
    .update(`${formatOf(input)}\n${input.card}/${input.level}\n${input.file}`)
    .digest('hex');

/** Reads the file against the card: the items that would be imported and every issue. */
async function readBank(db: Executor, deps: AssessmentDeps, input: ImportInput) {
  const card = cardFor(await deps.cards(db), input.card, input.level, 'card');
  const format = formatOf(input);
  const read: ReadResult = format === 'moodle-xml' ? readMoodleXml(input.file) : readGift(input.file);
  const knowledge = entryIds(card, 'knowledge');
  const defaults = { author: input.author, lang: input.itemLang, difficulty: input.difficulty as 1 | 2 | 3 };
  const ready: { position: number; line: number | null; title: string | null; content: TestItemContent }[] = [];
  const issues = [...read.issues];
  for (const q of read.questions) {
    const out = toItemContent(q, { code: input.card, level: input.level }, knowledge, defaults);
    if ('reason' in out) issues.push({ position: q.position, line: q.line, title: q.title, reason: out.reason });
    else ready.push({ position: q.position, line: q.line, title: q.title, content: out.content });
  }
  issues.sort((a, b) => a.position - b.position);
  return {
    format,
    fileHash: hashOf(input),
    ready,
    preview: {
      format,
      fileHash: hashOf(input),
      questions: ready.map((r) => ({
        position: r.position,
        line: r.line,
        title: r.title,
        kind: r.content.kind,
        stem: r.content.stem,
        knowledgeIds: r.content.knowledgeIds,
      })),
      issues,
    },
  };
}

export function interchangeOperations(deps: AssessmentDeps) {
  const exportBank = defineOperation({
    name: 'bank.export',
    summary:
      "A card's test items as a Moodle XML or GIFT file, or a QTI 3.0 package (retired items left out unless asked for)",
    input: orgParam.extend({
      card: cardCodeSchema,
      level: cardLevelSchema,
      format: z.enum(EXPORT_FORMATS).default('moodle-xml'),
      status: z.enum(REVIEW_STATUSES).optional().meta({ description: 'Only items of this status' }),
    }),
    output: fileOutputSchema,
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const card = { code: input.card, level: input.level };
      const rows = (await instrumentsOfCard(ctx.db, 'item', input.orgId, input.card, input.level)).filter((r) =>
        input.status ? r.status === input.status : r.status !== 'retired',
      );
      const items = rows.map((r) => ({ id: r.id, content: r.content }));
      if (input.format === 'qti3')
        return {
          file: {
            contentType: 'application/zip',
            filename: `${input.card}-${input.level}.qti3.zip`,
            body: qtiPackage(card, items),
          },
        };
      const body = input.format === 'gift' ? toGift(card, items) : toMoodleXml(card, items);
      const media = MEDIA[input.format];
      return { file: { contentType: media.type, filename: `${input.card}-${input.level}.${media.ext}`, body } };
    },
  });

  const preview = defineOperation({
    name: 'bank.import.preview',
    summary:
      'Read a Moodle XML or GIFT file against a card: what would be imported, and every question that cannot be, with why',
    input: importInput,
    output: previewSchema,
    action: 'assessment.manage',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      return (await readBank(ctx.db, deps, input)).preview;
    },
  });

  const commit = defineOperation({
    name: 'bank.import.commit',
    summary: 'Import the questions a preview accepted, as draft items (the same file and the preview’s hash)',
    input: importInput.extend({
      fileHash: z.string().regex(/^[0-9a-f]{64}$/, 'the fileHash of the preview'),
    }),
    output: previewSchema.extend({ created: z.array(z.string()) }),
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'private',
    audit: 'bank.imported',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const read = await readBank(ctx.db, deps, input);
      if (read.fileHash !== input.fileHash)
        throw new AppError('conflict', 'This is not the file that was previewed: preview it again, then commit.', [
          { path: 'fileHash', message: 'does not match the file' },
        ]);
      const rows = read.ready.map((r) => ({
        orgId: input.orgId,
        id: crypto.randomUUID(),
        content: r.content,
        createdBy: userIdOf(ctx.actor),
        at: ctx.now,
      }));
      await insertInstruments(ctx.db, 'item', rows);
      ctx.audit({
        targetKind: 'item-bank',
        targetId: `${input.card}/${input.level}`,
        orgId: input.orgId,
        after: { format: read.format, imported: rows.length, issues: read.preview.issues.length },
      });
      return { ...read.preview, created: rows.map((r) => r.id) };
    },
  });

  return { exportBank, preview, commit };
}
