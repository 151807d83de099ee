/**
 * Qualification categories for a person on a card: the domain engine applied to the card as
 * stored, with the answer in plain language in all three languages.
 */
import { LANGS } from '../domain/shared/localize.js';
import { runBatch } from '../domain/qualification/batch.js';
import { determineCategory } from '../domain/qualification/category.js';
import { summarize } from '../domain/qualification/explain.js';
import type { Person } from '../domain/qualification/person.js';
import type { CardKey } from '../domain/standard/edition.js';
import type { RegistryService } from './registry.service.js';

export type CategoryRequest = Person & { card: CardKey; edition?: string | undefined };

export function createQualificationService(registry: RegistryService) {
  return {
    async category(request: CategoryRequest) {
      const { edition, card } = await registry.card(request.card, request.edition);
      const result = determineCategory(card, { education: request.education, experience: request.experience });
      const summary = Object.fromEntries(LANGS.map((lang) => [lang, summarize(result, lang)])) as Record<
        (typeof LANGS)[number],
        string
      >;
      return { edition, card: request.card, ...result, summary };
    },

    /** A whole staff list: every row answered or its errors reported; the batch never aborts. */
    async batch(records: readonly Record<string, string>[], edition?: string) {
      const { edition: editionId, cards } = await registry.allCards(edition);
      const byKey = new Map(cards.map((c) => [`${c.code.value}/${c.level.value}`, c]));
      const rows = runBatch(records, (code, level) => byKey.get(`${code}/${level}`));
      const failed = rows.filter((r) => !r.ok).length;
      return { edition: editionId, total: rows.length, answered: rows.length - failed, failed, rows };
    },
  };
}

export type QualificationService = ReturnType<typeof createQualificationService>;
