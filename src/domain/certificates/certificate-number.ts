/**
 * The certificate's number, printed on the paper and looked up in the public registry:
 * `KSP-2026-000123` (the year of issue, then a sequence per year across the installation). Pure.
 */
export const CERTIFICATE_NUMBER = /^KSP-\d{4}-\d{6,}$/;

export function certificateNumber(year: number, sequence: number): string {
  return `KSP-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The sequence of a number of that year, or null (a number of another year or shape). */
export function sequenceOf(number: string, year: number): number | null {
  const match = /^KSP-(\d{4})-(\d{6,})$/.exec(number);
  if (!match || Number(match[1]) !== year) return null;
  return Number(match[2]);
}
