/**
 * Career paths and gap analysis over the cards of one edition: the domain's career graph,
 * deltas and gap report applied to the cards as stored, with a `display` text in the asked
 * language beside every localised text.
 */
import { deadEnd } from '../domain/career/dead-end.js';
import { type Rating, gapReport, localizeGapWarning } from '../domain/career/gap.js';
import { type PathOptions, findPaths } from '../domain/career/paths.js';
import type { Person } from '../domain/qualification/person.js';
import { AppError } from '../domain/shared/errors.js';
import { message } from '../domain/shared/messages/index.js';
import { type Lang, withDisplay } from '../domain/shared/localize.js';
import type { CardKey } from '../domain/standard/edition.js';
import type { Card } from '../domain/standard/schemas.js';
import type { RegistryService } from './registry.service.js';

export type PathsRequest = {
  from: CardKey;
  to: CardKey;
  edition?: string | undefined;
  maxPaths?: number | undefined;
  lang: Lang;
};

export type GapRequest = {
  card: CardKey;
  ratings: Record<string, Rating>;
  person?: Person | undefined;
  edition?: string | undefined;
  /** The edition the assessment says it was made on (informational). */
  madeOn?: string | undefined;
  lang: Lang;
};

export function createCareerService(registry: RegistryService) {
  /** Every card of the edition, as domain data (an edition has a handful of cards). */
  async function editionCards(edition: string | undefined): Promise<{ edition: string; cards: Card[] }> {
    const cards: Card[] = [];
    let editionId = edition;
    let cursor: string | undefined;
    do {
      const page = await registry.listCards({ edition: editionId, limit: 100, lang: 'kk', cursor });
      editionId = page.edition;
      for (const summary of page.cards) {
        cards.push((await registry.card({ code: summary.code, level: summary.level }, page.edition)).card);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { edition: editionId as string, cards };
  }

  async function gap(request: GapRequest) {
    const { edition, card } = await registry.card(request.card, request.edition);
    const report = gapReport(card, { card: request.card, ratings: request.ratings }, request.person);
    if (request.madeOn && request.madeOn !== edition) {
      report.warnings.unshift({
        code: 'edition_mismatch',
        message: message('en', 'gap.warning.editionMismatch', { madeOn: request.madeOn, edition }),
      });
    }
    // The warnings in the asked language (the domain writes them in English).
    report.warnings = report.warnings.map((w) => localizeGapWarning(w, request.lang));
    // The category engine's answer has its summary in all three languages and no texts to display.
    return {
      edition,
      ...withDisplay({ ...report, requirements: null }, request.lang),
      requirements: report.requirements,
    };
  }

  return {
    /**
     * The paths from one card to another, shortest first, each step with what changes and what
     * the next card requires. An unknown card is `not_found`, naming `from` or `to`.
     */
    async paths(request: PathsRequest) {
      const { edition, cards } = await editionCards(request.edition);
      const options: PathOptions = request.maxPaths ? { maxPaths: request.maxPaths } : {};
      try {
        const paths = findPaths(cards, request.from, request.to, options);
        // No path: say why and what to do instead (the same cards, so it cannot fail here).
        const blocked = paths.length === 0 ? deadEnd(cards, request.from, request.to) : null;
        return {
          edition,
          from: request.from,
          to: request.to,
          paths: withDisplay(paths, request.lang),
          deadEnd: blocked ? withDisplay(blocked, request.lang) : null,
        };
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') {
          // The errors name `from` or `to`, as the input does.
          throw new AppError('not_found', `${error.message.replace(/\.$/, '')} in edition ${edition}.`, error.errors);
        }
        throw error;
      }
    },

    /** The gap report of a self-assessment on a card (see `gapReport`). */
    gap,
  };
}

export type CareerService = ReturnType<typeof createCareerService>;
