/**
 * What a candidate's assessment comes to, per labour function and overall: the shape the
 * decision stores, the certificate carries and the pages show. Pure.
 */
import { z } from 'zod';

export const functionResultSchema = z
  .object({
    labourFunctionId: z.string().min(1).max(200),
    /** Share of the function's drawn questions answered right; null when theory is not a form. */
    theoryPercent: z.number().min(0).max(100).nullable(),
    /** Share of the function's checklist criteria met; null when practice is not a form. */
    practicalPercent: z.number().min(0).max(100).nullable(),
    /** A critical checklist criterion of the function was not met (fails it whatever the percent). */
    criticalMissed: z.boolean(),
    /** By the specification's pass rule for this function. */
    passed: z.boolean(),
  })
  .strict();
export type FunctionResult = z.output<typeof functionResultSchema>;

export const DECISION_OUTCOMES = ['passed', 'failed'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const commissionMemberSchema = z
  .object({ name: z.string().trim().min(2).max(200), role: z.string().trim().min(2).max(200) })
  .strict();
export type CommissionMember = z.output<typeof commissionMemberSchema>;
