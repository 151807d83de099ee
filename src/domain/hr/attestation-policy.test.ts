/**
 * The attestation policy: the Order No. 210 defaults, the bounds an organisation may set, and the
 * pass mark compared without floating-point error.
 */
import { describe, expect, it } from 'vitest';
import { attestationPolicySchema, DEFAULT_ATTESTATION_POLICY, testingPassed } from './attestation-policy.js';

describe('attestationPolicySchema', () => {
  it('defaults to the numbers of Order No. 210 and our placeholders', () => {
    expect(DEFAULT_ATTESTATION_POLICY).toEqual({
      everyYears: 3,
      minMonthsInPosition: 12,
      minMonthsAfterChildCareLeave: 6,
      categoryValidYears: 3,
      passPercent: 60,
      dueSoonDays: 90,
    });
    expect(Object.isFrozen(DEFAULT_ATTESTATION_POLICY)).toBe(true);
  });

  it('keeps what an organisation sets and fills the rest', () => {
    expect(attestationPolicySchema.parse({ everyYears: 5, passPercent: 70 })).toMatchObject({
      everyYears: 5,
      passPercent: 70,
      minMonthsInPosition: 12,
    });
  });

  it.each([
    { everyYears: 0 },
    { everyYears: 11 },
    { minMonthsInPosition: -1 },
    { minMonthsInPosition: 61 },
    { minMonthsAfterChildCareLeave: 61 },
    { categoryValidYears: 0 },
    { passPercent: 0 },
    { passPercent: 101 },
    { dueSoonDays: -1 },
    { everyYears: 2.5 },
    { unknownRule: 1 },
  ])('refuses %o', (input) => {
    expect(attestationPolicySchema.safeParse(input).success).toBe(false);
  });
});

describe('testingPassed', () => {
  it('passes exactly at the mark, without rounding error', () => {
    expect(testingPassed(18, 30, { passPercent: 60 })).toBe(true);
    expect(testingPassed(17, 30, { passPercent: 60 })).toBe(false);
    // 29 / 100 * 100 is 28.999999999999996 in floating point; integers compare exactly.
    expect(testingPassed(29, 100, { passPercent: 29 })).toBe(true);
  });

  it('follows the policy', () => {
    expect(testingPassed(65, 100, { passPercent: 60 })).toBe(true);
    expect(testingPassed(65, 100, { passPercent: 70 })).toBe(false);
  });

  it('refuses impossible scores', () => {
    expect(() => testingPassed(31, 30, DEFAULT_ATTESTATION_POLICY)).toThrow(RangeError);
    expect(() => testingPassed(1, 0, DEFAULT_ATTESTATION_POLICY)).toThrow(RangeError);
    expect(() => testingPassed(-1, 30, DEFAULT_ATTESTATION_POLICY)).toThrow(RangeError);
  });
});
