/**
 * Programmes: listed, proposed from a card, created, read and saved whole (each save a revision,
 * refused with 409 when made from an older version). CONTRACT SHELL: the run bodies are filled by
 * the programme slice; the names, inputs, outputs and permissions are the API the web app and the
 * other slices build on.
 */
import { z } from 'zod';
import { PROGRAMME_STATUSES, programmeContentSchema } from '../../domain/programmes/programme.js';
import { AppError } from '../../domain/shared/errors.js';
import { byOrg, orgParam } from '../accounts/org-scope.js';
import { defineOperation } from '../operations/operation.js';
import type { ProgrammeDeps } from './programme-deps.js';
import {
  cardCodeSchema,
  cardLevelSchema,
  coverageReportSchema,
  impactSchema,
  programmeLangSchema,
  programmeParam,
  programmeSchema,
  programmeSummarySchema,
  programmeTypeSchema,
  programmeVersionSchema,
  revisionSchema,
} from './programme-schemas.js';

const shell = (): never => {
  throw new AppError('unprocessable', 'Not built yet.');
};

export function programmeOperations(_deps: ProgrammeDeps) {
  const list = defineOperation({
    name: 'programmes.list',
    summary: "The organisation's programmes, newest change first, a page at a time",
    input: orgParam.extend({
      status: z.enum(PROGRAMME_STATUSES).optional(),
      card: cardCodeSchema.optional(),
      q: z.string().trim().max(200).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(25),
    }),
    output: z.object({
      programmes: z.array(programmeSummarySchema),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
    }),
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => shell(),
  });

  const propose = defineOperation({
    name: 'programmes.propose',
    summary:
      'Propose a programme from a card: a module per labour function, an outcome per task, criteria from the skills',
    input: orgParam.extend({
      card: cardCodeSchema,
      level: cardLevelSchema,
      type: programmeTypeSchema,
      lang: programmeLangSchema,
      title: z.string().trim().min(1).max(300).optional(),
      volume: z.coerce.number().min(0).max(100_000).optional(),
    }),
    output: programmeContentSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => shell(),
  });

  const create = defineOperation({
    name: 'programmes.create',
    summary: 'Create a draft programme from a document (proposed, imported or typed in)',
    input: orgParam.extend({ content: programmeContentSchema, demo: z.boolean().default(false) }),
    output: programmeSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.created',
    run: async () => shell(),
  });

  const get = defineOperation({
    name: 'programmes.get',
    summary: 'A programme with its whole document',
    input: programmeParam,
    output: programmeSchema,
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => shell(),
  });

  const save = defineOperation({
    name: 'programmes.save',
    summary: 'Save a draft programme whole, as a new revision; 409 when it was saved since you read it',
    input: programmeParam.extend({ version: programmeVersionSchema, content: programmeContentSchema }),
    output: programmeSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.saved',
    run: async () => shell(),
  });

  const coverage = defineOperation({
    name: 'programmes.coverage',
    summary: 'The coverage matrix: each skill and knowledge item of the cards against the modules',
    input: programmeParam,
    output: coverageReportSchema,
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => shell(),
  });

  const finalise = defineOperation({
    name: 'programmes.finalise',
    summary: 'Mark a programme final; refused (422) while a required item is uncovered without a written exception',
    input: programmeParam.extend({ version: programmeVersionSchema }),
    output: programmeSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.finalised',
    run: async () => shell(),
  });

  const reopen = defineOperation({
    name: 'programmes.reopen',
    summary: 'Return a final or archived programme to draft, so it can be changed',
    input: programmeParam.extend({ version: programmeVersionSchema }),
    output: programmeSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.reopened',
    run: async () => shell(),
  });

  const archive = defineOperation({
    name: 'programmes.archive',
    summary: 'Archive a programme: it leaves the default list and can be reopened; nothing is deleted',
    input: programmeParam.extend({ version: programmeVersionSchema }),
    output: programmeSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.archived',
    run: async () => shell(),
  });

  const revisions = defineOperation({
    name: 'programmes.revisions',
    summary: "The programme's revisions, newest first: who saved each, when, and what changed",
    input: programmeParam,
    output: z.object({ revisions: z.array(revisionSchema) }),
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => shell(),
  });

  const revision = defineOperation({
    name: 'programmes.revision',
    summary: 'One revision of a programme, as it was saved (restore it by saving its document)',
    input: programmeParam.extend({ version: programmeVersionSchema }),
    output: programmeSchema,
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => shell(),
  });

  const impact = defineOperation({
    name: 'programmes.impact',
    summary:
      'What the current edition changed under the programme: outcomes linking changed or removed items, and new items',
    input: programmeParam,
    output: impactSchema,
    action: 'programme.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => shell(),
  });

  const rebase = defineOperation({
    name: 'programmes.rebase',
    summary: 'Move a draft programme to the current edition: links to removed items are dropped and listed',
    input: programmeParam.extend({ version: programmeVersionSchema }),
    output: z.object({
      programme: programmeSchema,
      dropped: z.array(z.object({ outcomeId: z.string(), itemId: z.string() })),
    }),
    action: 'programme.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'programme.rebased',
    run: async () => shell(),
  });

  return { list, propose, create, get, save, coverage, finalise, reopen, archive, revisions, revision, impact, rebase };
}
