/**
 * A certificate's period: from the day of issue for the specification's number of months
 * (36 by default, the three years an attestation category lasts). Pure.
 */
export function addMonths(from: Date, months: number): Date {
  const to = new Date(from.getTime());
  const day = to.getUTCDate();
  to.setUTCDate(1);
  to.setUTCMonth(to.getUTCMonth() + months);
  // 31 January + 1 month is the last day of February, not 3 March.
  const last = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 0)).getUTCDate();
  to.setUTCDate(Math.min(day, last));
  return to;
}

/** Seconds precision, as `validFrom`/`validUntil` are written (xsd:dateTime without milliseconds). */
export const isoSeconds = (at: Date): string => `${at.toISOString().slice(0, 19)}Z`;

export type CertificateStatus = 'valid' | 'revoked' | 'expired' | 'not-yet-valid';

export function statusAt(
  at: Date,
  period: { validFrom: Date; validUntil: Date },
  revokedAt: Date | null,
): CertificateStatus {
  if (revokedAt) return 'revoked';
  if (at.getTime() > period.validUntil.getTime()) return 'expired';
  if (at.getTime() < period.validFrom.getTime()) return 'not-yet-valid';
  return 'valid';
}
