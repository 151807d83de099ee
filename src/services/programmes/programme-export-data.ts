/**
 * What a programme's documents are made from, as the export operations answer it: the stored
 * programme, its organisation's name, its cards (names, and the whole tree for Moodle) read from
 * the editions the programme was built on, and its coverage report. The HTTP layer writes the
 * files from these (file formats live in src/exports, which services may not use).
 */
import { z } from 'zod';
import { type CardEntryKind, cardEntries } from '../../domain/assessment/coverage.js';
import { coverageReport } from '../../domain/programmes/coverage.js';
import {
  PROGRAMME_LANGS,
  PROGRAMME_STATUSES,
  type Programme,
  programmeContentSchema,
} from '../../domain/programmes/programme.js';
import type { Card } from '../../domain/standard/schemas.js';
import { AppError } from '../../domain/shared/errors.js';
import { findProgramme } from '../../storage/repositories/programme.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import type { ProgrammeDeps } from './programme-deps.js';
import { coverageReportSchema } from './programme-schemas.js';

export const missingProgramme = () => new AppError('not_found', 'There is nothing here, or it is not yours to see.');

const cardHeadingSchema = z
  .object({ code: z.string(), level: z.number(), editionId: z.string(), kk: z.string(), ru: z.string().nullable() })
  .strict();

/** The DOCX's and the PDF's data (and the XLSX's, which needs less of it). */
export const programmeDocumentSchema = z
  .object({
    lang: z.enum(PROGRAMME_LANGS),
    org: z.object({ name: z.string() }).strict(),
    programme: z
      .object({
        id: z.string(),
        status: z.enum(PROGRAMME_STATUSES),
        version: z.number(),
        demo: z.boolean(),
        updatedAt: z.string(),
        finalisedAt: z.string().nullable(),
        content: programmeContentSchema,
      })
      .strict(),
    cards: z.array(cardHeadingSchema),
    coverage: coverageReportSchema,
  })
  .meta({ id: 'ProgrammeDocumentData' });

const textNode = z.object({ id: z.string(), kk: z.string() }).strict();

/** A card as a competency tree: card → labour functions → tasks → skills and knowledge. */
export const cardTreeSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    level: z.number(),
    editionId: z.string(),
    kk: z.string(),
    functions: z.array(
      z
        .object({
          id: z.string(),
          kk: z.string(),
          tasks: z.array(
            z
              .object({ id: z.string(), kk: z.string(), skills: z.array(textNode), knowledge: z.array(textNode) })
              .strict(),
          ),
          skills: z.array(textNode),
          knowledge: z.array(textNode),
        })
        .strict(),
    ),
  })
  .strict();

/** The Moodle competency framework's data: the framework (programme or card) and its cards. */
export const competencyFrameworkSchema = z
  .object({
    framework: z.object({ idNumber: z.string(), shortName: z.string(), description: z.string() }).strict(),
    cards: z.array(cardTreeSchema),
  })
  .meta({ id: 'CompetencyFrameworkData' });

/** The CASE associations' data: each link from an outcome to a card item. */
export const outcomeLinksSchema = z
  .object({
    programme: z.object({ id: z.string(), orgId: z.string(), title: z.string(), updatedAt: z.string() }).strict(),
    links: z.array(
      z
        .object({
          moduleId: z.string(),
          outcomeId: z.string(),
          outcomeText: z.string(),
          itemId: z.string(),
          kind: z.enum(['skill', 'knowledge']),
          kk: z.string(),
          editionId: z.string(),
        })
        .strict(),
    ),
  })
  .meta({ id: 'ProgrammeOutcomeLinks' });

export function cardTree(card: Card, editionId: string): z.output<typeof cardTreeSchema> {
  const nodes = (list: readonly { id: string; kk: string }[] | undefined) =>
    (list ?? []).map((t) => ({ id: t.id, kk: t.kk }));
  return {
    id: card.id,
    code: card.code.value,
    level: card.level.value,
    editionId,
    kk: card.name.kk,
    functions: card.labourFunctions.map((f) => ({
      id: f.id,
      kk: f.name.kk,
      tasks: f.tasks.map((t) => ({ id: t.id, kk: t.name.kk, skills: nodes(t.skills), knowledge: nodes(t.knowledge) })),
      skills: nodes(f.skills),
      knowledge: nodes(f.knowledge),
    })),
  };
}

export type LoadedProgramme = { programme: Programme; cards: { card: Card; editionId: string }[] };

/**
 * The programme and its cards, each from the edition the programme names. A card whose edition
 * is no longer stored is read from the current edition, so the export still has its texts.
 */
export async function loadProgramme(
  db: Executor,
  deps: ProgrammeDeps,
  orgId: string,
  programmeId: string,
): Promise<LoadedProgramme> {
  const programme = await findProgramme(db, orgId, programmeId);
  if (!programme) throw missingProgramme();
  const cards: LoadedProgramme['cards'] = [];
  for (const ref of programme.content.cards) {
    const book = (await deps.editionCards(db, ref.editionId)) ?? (await deps.cards(db));
    const card = book.find(ref.code, ref.level);
    if (card) cards.push({ card, editionId: book.editionId });
  }
  return { programme, cards };
}

export function documentData(
  loaded: LoadedProgramme,
  orgName: string,
  lang: 'kk' | 'ru',
): z.output<typeof programmeDocumentSchema> {
  const { programme, cards } = loaded;
  return {
    lang,
    org: { name: orgName },
    programme: {
      id: programme.id,
      status: programme.status,
      version: programme.version,
      demo: programme.demo,
      updatedAt: programme.updatedAt,
      finalisedAt: programme.finalisedAt,
      content: programme.content,
    },
    cards: cards.map(({ card, editionId }) => ({
      code: card.code.value,
      level: card.level.value,
      editionId,
      kk: card.name.kk,
      ru: card.name.ru ?? null,
    })),
    coverage: coverageReport(
      programme.content,
      cards.map((c) => c.card),
    ),
  };
}

export function outcomeLinks(loaded: LoadedProgramme): z.output<typeof outcomeLinksSchema> {
  const entries = new Map<string, { kind: CardEntryKind; kk: string; editionId: string }>();
  for (const { card, editionId } of loaded.cards)
    for (const e of cardEntries(card)) entries.set(e.id, { kind: e.kind, kk: e.kk, editionId });
  const { programme } = loaded;
  return {
    programme: {
      id: programme.id,
      orgId: programme.orgId,
      title: programme.content.title,
      updatedAt: programme.updatedAt,
    },
    // Only links to items of the programme's cards: a link the current edition removed has no
    // item to point at (the impact tab lists those).
    links: programme.content.modules.flatMap((m) =>
      m.outcomes.flatMap((o) =>
        o.itemIds.flatMap((itemId) => {
          const entry = entries.get(itemId);
          return entry ? [{ moduleId: m.id, outcomeId: o.id, outcomeText: o.text, itemId, ...entry }] : [];
        }),
      ),
    ),
  };
}
