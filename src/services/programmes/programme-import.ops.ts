/**
 * Importing an existing curriculum into a programme document with suggested links, and
 * suggestions for one outcome's text. The file is taken apart by the importer (src/importer/
 * curriculum-file.ts, over HTTP) and arrives here as tables of cell text; the layout is read and
 * the links suggested by pure domain code. Nothing is stored: the designer reviews the document,
 * accepts or rejects suggestions, and saves it with `programmes.create`.
 */
import { z } from 'zod';
import { readCurriculum } from '../../domain/programmes/curriculum.js';
import { problemMessage, unreadableMessage } from '../../domain/programmes/curriculum-messages.js';
import { curriculumTemplate } from '../../domain/programmes/curriculum-template.js';
import { CURRICULUM_LIMITS, curriculumFileSchema } from '../../domain/programmes/curriculum-table.js';
import { type ProgrammeContent, programmeContentSchema } from '../../domain/programmes/programme.js';
import { defaultUnit, proposeProgramme } from '../../domain/programmes/proposal.js';
import { type SuggestIndex, cardItems, suggestLinks, suggestionIndex } from '../../domain/programmes/suggest.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/localize.js';
import type { Card } from '../../domain/standard/schemas.js';
import { byOrg, orgParam } from '../accounts/org-scope.js';
import { defineOperation } from '../operations/operation.js';
import { langSchema } from '../registry/schemas/params.js';
import type { ProgrammeDeps } from './programme-deps.js';
import {
  cardCodeSchema,
  cardLevelSchema,
  importResultSchema,
  programmeLangSchema,
  programmeTypeSchema,
  suggestionListSchema,
} from './programme-schemas.js';

const NO_CARD: Record<Lang, string> = {
  kk: '{card} карточкасы {level}-деңгейде стандарттың қолданыстағы редакциясында жоқ.',
  ru: 'Карточки {card} уровня {level} нет в действующей редакции стандарта.',
  en: 'The current edition of the standard has no card {card} at level {level}.',
};

/** The form of the import: the file (taken apart) and the programme it becomes. */
export const curriculumFormSchema = z
  .object({
    file: curriculumFileSchema,
    card: cardCodeSchema,
    level: cardLevelSchema,
    type: programmeTypeSchema,
    lang: programmeLangSchema,
    title: z.string().trim().min(1).max(300).optional(),
  })
  .meta({
    description:
      'Over HTTP a multipart/form-data form with the fields `file` (the XLSX or DOCX curriculum), `card`, `level`, `type`, `lang` (the programme’s language) and `title` (optional).',
  });

export function programmeImportOperations(deps: ProgrammeDeps) {
  // A card's index is built once per edition: an edition never changes under its id.
  const indexes = new Map<string, SuggestIndex>();
  const indexOf = (editionId: string, card: Card): SuggestIndex => {
    const key = `${editionId}/${card.code.value}/${card.level.value}`;
    let index = indexes.get(key);
    if (!index) {
      if (indexes.size >= 100) indexes.clear();
      index = suggestionIndex(cardItems(card));
      indexes.set(key, index);
    }
    return index;
  };

  const findCard = async (db: Parameters<ProgrammeDeps['cards']>[0], code: string, level: number, lang: Lang) => {
    const book = await deps.cards(db);
    const card = book.find(code, level);
    if (!card) throw new AppError('not_found', NO_CARD[lang].replace('{card}', code).replace('{level}', String(level)));
    return { card, editionId: book.editionId };
  };

  const importCurriculum = defineOperation({
    name: 'programmes.import',
    summary:
      'Read an existing curriculum (XLSX or DOCX tables) into a programme document with suggested links to the card’s items; nothing is saved',
    input: orgParam.extend({ lang: langSchema.default('kk'), form: curriculumFormSchema }),
    output: importResultSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const { form, lang } = input;
      const { card, editionId } = await findCard(ctx.db, form.card, form.level, lang);
      if ('unreadable' in form.file) {
        const max = form.file.unreadable === 'too-many-tables' ? CURRICULUM_LIMITS.tables : CURRICULUM_LIMITS.rows;
        const message = unreadableMessage(form.file.unreadable, lang, max);
        throw new AppError('validation_failed', message, [{ path: 'form.file', message }]);
      }
      const read = readCurriculum(form.file.tables, lang);
      if (!read.ok) {
        const message = problemMessage(read.problem, lang);
        throw new AppError('validation_failed', message, [{ path: 'form.file', message }]);
      }
      const index = indexOf(editionId, card);
      let suggestions = 0;
      const modules = read.modules.map((module) => ({
        ...module,
        outcomes: module.outcomes.map((outcome) => {
          // A general education module (history, languages) develops no item of a professional card: what
          // its outcomes share with the items is a common word, never the subject (docs/programmes.md,
          // "Independent set"). The designer can still link them, or ask for suggestions in the editor.
          const found =
            module.kind === 'general'
              ? []
              : suggestLinks(index, { text: outcome.text, criteria: outcome.criteria.map((c) => c.text) });
          suggestions += found.length;
          return {
            ...outcome,
            suggestions: found.map((s) => ({ itemId: s.itemId, score: s.score, state: 'pending' as const })),
          };
        }),
      }));
      const proposed = proposeProgramme(card, { type: form.type, lang: form.lang, editionId, title: form.title });
      const unit = defaultUnit(form.type);
      const planned =
        unit === 'credits'
          ? modules.reduce((sum, m) => sum + (m.credits ?? 0), 0)
          : modules.reduce((sum, m) => sum + m.hours.theory + m.hours.practice, 0);
      const parsed = programmeContentSchema.safeParse({
        title: proposed.title,
        type: form.type,
        lang: form.lang,
        volume: { unit, value: Math.min(100_000, planned) },
        cards: proposed.cards,
        modules,
        exceptions: [],
      });
      // The reader keeps every bound the schema has; were one missed, the answer is a 400, not a 500.
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? 'invalid';
        throw new AppError('validation_failed', `The curriculum could not be read into a programme: ${message}`);
      }
      const content: ProgrammeContent = parsed.data;
      return {
        content,
        report: {
          format: form.file.format,
          modules: modules.length,
          outcomes: modules.reduce((sum, m) => sum + m.outcomes.length, 0),
          suggestions,
          warnings: read.warnings,
        },
      };
    },
  });

  const suggest = defineOperation({
    name: 'programmes.suggest',
    summary: 'Suggest the card items (skills and knowledge) one learning outcome develops, best first',
    input: orgParam.extend({
      card: cardCodeSchema,
      level: cardLevelSchema,
      text: z.string().trim().min(1).max(2000).meta({
        description: 'The outcome’s text (Kazakh or Russian), its criteria after it if you like',
        example: 'Қарттарға үйде күтім жасаудың санитарлық-гигиеналық талаптарын сақтайды',
      }),
      lang: langSchema.default('kk'),
    }),
    output: suggestionListSchema,
    action: 'programme.manage',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const { card, editionId } = await findCard(ctx.db, input.card, input.level, input.lang);
      const suggestions = suggestLinks(indexOf(editionId, card), { text: input.text });
      return { suggestions };
    },
  });

  const template = defineOperation({
    name: 'programmes.import-template',
    summary: 'The curriculum layout the import reads: its header row and example rows, to fill in and import',
    input: orgParam.extend({ lang: langSchema.default('kk') }),
    output: z.object({ rows: z.array(z.array(z.string())) }),
    action: 'programme.manage',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input) => ({ rows: curriculumTemplate(input.lang) }),
  });

  return { import: importCurriculum, suggest, template };
}
