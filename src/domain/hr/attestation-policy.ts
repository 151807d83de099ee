/**
 * An organisation's attestation policy: the numbers of Order No. 210 of the Minister of Labour
 * and Social Protection (8 June 2023, «Әлеуметтік қызметкерлерді аттестаттаудан өткізу
 * қағидалары») as configuration, never as constants in the code. The defaults are the Order's
 * own numbers as far as the sources we hold state them (kazakhstan-context.md §2.7): at least
 * once every 3 years, not earlier than 1 year in the position, not earlier than 6 months after
 * returning from child-care leave, a category for 3 years.
 *
 * The pass mark is NOT in those sources: 60 % is our placeholder default, to be set by each
 * organisation from the text it applies (docs/hr.md says so too). `dueSoonDays` is ours as well:
 * it only decides when the dashboard starts warning.
 */
import { z } from 'zod';

const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const attestationPolicySchema = z
  .object({
    /** A worker is attested at least once in this many years (Order No. 210: 3). */
    everyYears: int(1, 10).default(3),
    /** Not earlier than this many months after taking the position (Order No. 210: 1 year). */
    minMonthsInPosition: int(0, 60).default(12),
    /** Not earlier than this many months after returning from child-care leave (Order No. 210: 6). */
    minMonthsAfterChildCareLeave: int(0, 60).default(6),
    /** A category is assigned for this many years (Order No. 210: 3). */
    categoryValidYears: int(1, 10).default(3),
    /** The share of the testing score needed to pass, in percent. Not in our sources: a placeholder. */
    passPercent: int(1, 100).default(60),
    /** A window whose due date is this close (in days) is "due soon". Ours, not the Order's. */
    dueSoonDays: int(0, 366).default(90),
  })
  .strict();

export type AttestationPolicy = z.infer<typeof attestationPolicySchema>;
export type AttestationPolicyInput = z.input<typeof attestationPolicySchema>;

/** Every default; what an organisation gets until it sets its own numbers. */
export const DEFAULT_ATTESTATION_POLICY: Readonly<AttestationPolicy> = Object.freeze(attestationPolicySchema.parse({}));

/**
 * Whether a testing score reaches the policy's pass mark. Compared in integers
 * (`score·100 ≥ pass·max`) so 60 % of 30 questions is exactly 18, not 17.999….
 */
export function testingPassed(score: number, max: number, policy: Pick<AttestationPolicy, 'passPercent'>): boolean {
  if (!(max > 0) || score < 0 || score > max)
    throw new RangeError('a testing score is between 0 and a positive maximum');
  return score * 100 >= policy.passPercent * max;
}
