/** The diff between two loaded editions as an operation (see diff.service.ts). */
import type { UseCases } from '../index.js';
import { defineOperation } from '../operations/operation.js';
import { diffInput, diffSchema } from './schemas/diff.js';

export function diffOperations(useCases: UseCases) {
  const editions = defineOperation({
    name: 'editions.diff',
    summary: 'What changed from one edition to another',
    input: diffInput,
    output: diffSchema,
    action: 'registry.read',
    writes: false,
    // The same for everybody, until either edition is loaded again.
    cache: 'public',
    audit: null,
    run: ({ a, b }) => useCases.diff.diff(a, b),
  });

  return { editions };
}
