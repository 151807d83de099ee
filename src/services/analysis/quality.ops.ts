/** The quality checks of an edition as an operation (docs/quality.md). */
import type { UseCases } from '../index.js';
import { defineOperation } from '../operations/operation.js';
import { qualityInput, qualityReportSchema } from './schemas/quality.js';

export function qualityOperations(useCases: UseCases) {
  const report = defineOperation({
    name: 'editions.quality',
    summary: 'Quality checks of an edition',
    input: qualityInput,
    output: qualityReportSchema,
    action: 'registry.read',
    writes: false,
    // The same findings for everybody, until the edition is loaded again.
    cache: 'public',
    audit: null,
    run: ({ id, severity, rule }) => {
      const rules = rule
        ? rule
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean)
        : undefined;
      return useCases.quality.lint(id === 'current' ? undefined : id, {
        ...(rules ? { rules } : {}),
        ...(severity ? { minSeverity: severity } : {}),
      });
    },
  });

  return { report };
}
