/**
 * Search as an operation: Kazakh words matched by stem, typos tolerated, Latin look-alike
 * letters folded; Russian and English find translated names. The same for the API and the CLI.
 */
import type { UseCases } from '../index.js';
import { defineOperation } from '../operations/operation.js';
import { searchInput, searchResultSchema } from './schemas/search.js';

export function searchOperations({ search }: Pick<UseCases, 'search'>) {
  return {
    query: defineOperation({
      name: 'search.query',
      summary: 'Search cards, functions, tasks, skills, knowledge, terms and professions',
      input: searchInput,
      output: searchResultSchema,
      action: 'registry.read',
      writes: false,
      cache: 'public',
      audit: null,
      run: ({ q, limit, offset, type, edition, lang, group }) =>
        search.search({ q, limit, offset, types: type, edition, lang, group }),
    }),
  };
}

export type SearchOperations = ReturnType<typeof searchOperations>;
