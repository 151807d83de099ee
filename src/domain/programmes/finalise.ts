/**
 * What keeps a programme from being final: every skill and knowledge item of its cards must be
 * covered by an outcome or carry a written exception, and no outcome may link an id that is no
 * longer an item of the cards (an edition removed it: rebase or unlink first). Each problem names
 * the item by id and official Kazakh text, so the designer sees exactly what to cover. Pure.
 */
import type { FieldError } from '../shared/errors.js';
import type { CoverageReport } from './coverage.js';

export type FinaliseProblem = FieldError & { itemId: string };

export function finaliseProblems(report: Pick<CoverageReport, 'blockers' | 'unknownLinks'>): FinaliseProblem[] {
  return [
    ...report.blockers.map((row) => ({
      itemId: row.itemId,
      path: `items.${row.itemId}`,
      message: `${row.kind} ${row.itemId} «${row.kk}» is not covered by any outcome and has no written exception`,
    })),
    ...report.unknownLinks.map((l) => ({
      itemId: l.itemId,
      path: `modules.${l.moduleId}.outcomes.${l.outcomeId}.itemIds`,
      message: `outcome ${l.outcomeId} links ${l.itemId}, which is not an item of the programme's cards`,
    })),
  ];
}

/** The refusal's message: how many problems, then each one (the field errors repeat them one by one). */
export function finaliseRefusal(problems: readonly FinaliseProblem[]): string {
  return `The programme cannot be marked final: ${problems.length} problem(s). ${problems.map((p) => p.message).join('; ')}.`;
}
