/**
 * The Latin-script view of an edition as an operation: derived on each read from the Cyrillic
 * official text by a versioned table (docs/transliteration.md), the same for everybody.
 */
import { latinView } from '../../domain/script/latin-view.js';
import { TRANSLITERATION_TABLES } from '../../domain/script/transliteration-tables.js';
import type { UseCases } from '../index.js';
import { defineOperation } from '../operations/operation.js';
import { latinViewInput, latinViewSchema } from './schemas/latin.js';

export function latinOperations({ editions }: Pick<UseCases, 'editions'>) {
  return {
    edition: defineOperation({
      name: 'editions.latin',
      summary: 'The edition in Latin script (a transliteration)',
      input: latinViewInput,
      output: latinViewSchema,
      action: 'registry.read',
      writes: false,
      cache: 'public',
      audit: null,
      run: async ({ id, alphabet }) =>
        latinView(await editions.read(id === 'current' ? undefined : id), TRANSLITERATION_TABLES[alphabet]),
    }),
  };
}

export type LatinOperations = ReturnType<typeof latinOperations>;
