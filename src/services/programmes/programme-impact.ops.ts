/**
 * A programme against the current edition of the standard: which outcomes link items the new
 * edition reworded or removed, and which new items no outcome links (impact); and moving a draft
 * to the current edition, dropping the links that no longer point anywhere (rebase).
 */
import { z } from 'zod';
import { type CardEditions, programmeImpact, rebaseContent } from '../../domain/programmes/impact.js';
import type { Programme } from '../../domain/programmes/programme.js';
import { revisionSummary } from '../../domain/programmes/revision-summary.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Card } from '../../domain/standard/schemas.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { byOrg } from '../accounts/org-scope.js';
import { defineOperation } from '../operations/operation.js';
import { checkVersion, loadProgramme, programmeView, requireDraft, saveDraft } from './programme-core.js';
import type { ProgrammeDeps } from './programme-deps.js';
import { impactSchema, programmeParam, programmeSchema, programmeVersionSchema } from './programme-schemas.js';

/** Each card of the programme at its own edition and at the current one (read one after the other). */
async function cardEditions(deps: ProgrammeDeps, db: Executor, programme: Programme) {
  const current = await deps.cards(db);
  const cards: CardEditions[] = [];
  for (const ref of programme.content.cards) {
    const book = await deps.editionCards(db, ref.editionId);
    cards.push({ ...ref, before: book?.find(ref.code, ref.level), current: current.find(ref.code, ref.level) });
  }
  return { currentEditionId: current.editionId, cards };
}

export function programmeImpactOperations(deps: ProgrammeDeps) {
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
    run: async (input, ctx) => {
      const programme = await loadProgramme(ctx.db, input.orgId, input.programmeId);
      const { currentEditionId, cards } = await cardEditions(deps, ctx.db, programme);
      return programmeImpact(programme.content, cards, currentEditionId);
    },
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
    run: async (input, ctx) => {
      const stored = await loadProgramme(ctx.db, input.orgId, input.programmeId);
      requireDraft(stored, 'move it to the current edition');
      checkVersion(stored, input.version);
      const { currentEditionId, cards } = await cardEditions(deps, ctx.db, stored);
      const gone = cards.flatMap((c, n) => (c.current ? [] : [{ card: c, n }]));
      if (gone.length > 0)
        throw new AppError(
          'unprocessable',
          `The current edition has no card ${gone.map((g) => `${g.card.code}/${g.card.level}`).join(', ')}: take it out of the programme first.`,
          gone.map((g) => ({ path: `content.cards.${g.n}`, message: 'not in the current edition' })),
        );
      const current = cards.map((c) => c.current as Card);
      const { content, dropped } = rebaseContent(stored.content, current, currentEditionId);
      const summary = revisionSummary(stored.content, content);
      const next = await saveDraft(ctx, stored, content, summary, {
        before: { editions: stored.content.cards.map((c) => c.editionId) },
        after: { editionId: currentEditionId, dropped: dropped.length },
      });
      return { programme: programmeView(next), dropped };
    },
  });

  return { impact, rebase };
}
