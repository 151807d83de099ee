/**
 * What the programme exports are made from: the DOCX and the PDF (the document handed in), the
 * XLSX of the coverage matrix, the Moodle competency framework CSV (of the programme's cards,
 * and of any card publicly) and the IMS CASE associations from outcomes to card items. Each
 * operation answers the data; the HTTP layer writes the file (src/exports), since services may
 * not use file-format packages. Reads only: no audit event, and never cached by shared caches
 * (a programme is its organisation's own work), except the public card framework.
 */
import { z } from 'zod';
import { PROGRAMME_LANGS } from '../../domain/programmes/programme.js';
import { AppError } from '../../domain/shared/errors.js';
import { byOrg, requireOrg } from '../accounts/org-scope.js';
import { defineOperation } from '../operations/operation.js';
import type { ProgrammeDeps } from './programme-deps.js';
import {
  cardTree,
  competencyFrameworkSchema,
  documentData,
  loadProgramme,
  outcomeLinks,
  outcomeLinksSchema,
  programmeDocumentSchema,
} from './programme-export-data.js';
import { cardCodeSchema, cardLevelSchema, programmeParam } from './programme-schemas.js';

const documentLang = z
  .enum(PROGRAMME_LANGS)
  .optional()
  .meta({ description: "The labels' language (item texts are the official Kazakh); the programme's own by default" });

const orgRead = { action: 'programme.read', resource: byOrg, writes: false, cache: 'private', audit: null } as const;

export function programmeExportOperations(deps: ProgrammeDeps) {
  /** The document's data in the asked language, else the programme's. */
  const document = async (
    input: { orgId: string; programmeId: string; lang?: 'kk' | 'ru' | undefined },
    db: Parameters<typeof loadProgramme>[0],
  ) => {
    const org = await requireOrg(db, input.orgId);
    const loaded = await loadProgramme(db, deps, input.orgId, input.programmeId);
    return documentData(loaded, org.name, input.lang ?? loaded.programme.content.lang);
  };

  const docx = defineOperation({
    ...orgRead,
    name: 'programmes.export.docx',
    summary: 'The programme as a Word document (DOCX) in the usual Kazakh layout, in Kazakh or Russian',
    input: programmeParam.extend({ lang: documentLang }),
    output: programmeDocumentSchema,
    run: (input, ctx) => document(input, ctx.db),
  });

  const pdf = defineOperation({
    ...orgRead,
    name: 'programmes.export.pdf',
    summary: 'The programme as a PDF, the same content as the DOCX',
    input: programmeParam.extend({ lang: documentLang }),
    output: programmeDocumentSchema,
    run: (input, ctx) => document(input, ctx.db),
  });

  const coverageXlsx = defineOperation({
    ...orgRead,
    name: 'programmes.export.coverage-xlsx',
    summary: 'The coverage matrix as an XLSX heat map, with the hours per labour function and the exceptions',
    input: programmeParam.extend({ lang: documentLang }),
    output: programmeDocumentSchema,
    run: (input, ctx) => document(input, ctx.db),
  });

  const moodle = defineOperation({
    ...orgRead,
    name: 'programmes.export.moodle',
    summary: "The programme's cards as a Moodle competency framework (CSV for admin/tool/lpimportcsv)",
    input: programmeParam,
    output: competencyFrameworkSchema,
    run: async (input, ctx) => {
      const loaded = await loadProgramme(ctx.db, deps, input.orgId, input.programmeId);
      const { programme } = loaded;
      return {
        framework: {
          idNumber: `kasip-programme-${programme.id}`,
          shortName: programme.content.title,
          description: programme.content.cards.map((c) => `${c.code}/${c.level} (${c.editionId})`).join('; '),
        },
        cards: loaded.cards.map(({ card, editionId }) => cardTree(card, editionId)),
      };
    },
  });

  const caseAssociations = defineOperation({
    ...orgRead,
    name: 'programmes.export.case',
    summary: "IMS CASE 1.1 associations from the programme's outcomes to the card items they develop",
    input: programmeParam,
    output: outcomeLinksSchema,
    run: async (input, ctx) => outcomeLinks(await loadProgramme(ctx.db, deps, input.orgId, input.programmeId)),
  });

  const cardMoodle = defineOperation({
    name: 'registry.card-moodle',
    summary: 'A card of the current edition as a Moodle competency framework (CSV for admin/tool/lpimportcsv)',
    input: z.object({ code: cardCodeSchema, level: cardLevelSchema }),
    output: competencyFrameworkSchema,
    action: 'registry.read',
    writes: false,
    cache: 'public',
    audit: null,
    run: async (input, ctx) => {
      const book = await deps.cards(ctx.db);
      const card = book.find(input.code, input.level);
      if (!card) throw new AppError('not_found', `There is no card ${input.code} at level ${input.level}.`);
      return {
        framework: {
          idNumber: `kasip-${card.id}-${book.editionId}`,
          shortName: `${card.code.value} ${card.name.kk} (${card.level.value})`,
          description: `${card.name.kk}, ${card.level.value}; ${book.editionId}`,
        },
        cards: [cardTree(card, book.editionId)],
      };
    },
  });

  return { docx, pdf, coverageXlsx, moodle, caseAssociations, cardMoodle };
}
