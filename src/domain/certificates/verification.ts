/**
 * What a verification answers: each check (the signature, the period, the revocation list) with
 * its outcome, why a failed one failed in the reader's language, and one summary line. Pure.
 */
import { z } from 'zod';
import type { Lang } from '../shared/localize.js';

export const CHECK_OUTCOMES = ['passed', 'failed', 'not-checked'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

export const REASON_CODES = [
  'not-a-credential',
  'signature-invalid',
  'unknown-issuer',
  'expired',
  'not-yet-valid',
  'revoked',
  'status-unavailable',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

const CHECK_OF: Record<ReasonCode, 'signature' | 'expiry' | 'revocation'> = {
  'not-a-credential': 'signature',
  'signature-invalid': 'signature',
  'unknown-issuer': 'signature',
  expired: 'expiry',
  'not-yet-valid': 'expiry',
  revoked: 'revocation',
  'status-unavailable': 'revocation',
};

const MESSAGES: Record<ReasonCode, Record<Lang, string>> = {
  'not-a-credential': {
    kk: 'Бұл верификацияланатын тіркелгі деректері емес (сертификат құжатының пішіні дұрыс емес).',
    ru: 'Это не проверяемое удостоверение (документ сертификата имеет неверную форму).',
    en: 'This is not a verifiable credential (the certificate document is malformed).',
  },
  'signature-invalid': {
    kk: 'Қолтаңба жарамсыз: құжат қол қойылғаннан кейін өзгертілген немесе басқа кілтпен қол қойылған.',
    ru: 'Подпись недействительна: документ изменён после подписания или подписан другим ключом.',
    en: 'The signature is not valid: the document was changed after signing, or signed with another key.',
  },
  'unknown-issuer': {
    kk: 'Берушінің кілті табылмады: бұл Kasip берген сертификат емес.',
    ru: 'Ключ издателя не найден: этот сертификат выдан не Kasip.',
    en: 'The issuer’s key could not be resolved: this certificate was not issued by Kasip.',
  },
  expired: {
    kk: 'Сертификаттың қолданылу мерзімі өтіп кеткен.',
    ru: 'Срок действия сертификата истёк.',
    en: 'The certificate has expired.',
  },
  'not-yet-valid': {
    kk: 'Сертификаттың қолданылу мерзімі әлі басталған жоқ.',
    ru: 'Срок действия сертификата ещё не начался.',
    en: 'The certificate is not valid yet.',
  },
  revoked: {
    kk: 'Сертификатты беруші оны кері қайтарып алды.',
    ru: 'Сертификат отозван издателем.',
    en: 'The issuer has revoked the certificate.',
  },
  'status-unavailable': {
    kk: 'Кері қайтарып алу тізімін тексеру мүмкін болмады.',
    ru: 'Не удалось проверить список отзыва.',
    en: 'The revocation list could not be checked.',
  },
};

const SUMMARY: Record<'valid' | 'invalid', Record<Lang, string>> = {
  valid: {
    kk: 'Сертификат түпнұсқа және жарамды.',
    ru: 'Сертификат подлинный и действителен.',
    en: 'The certificate is genuine and valid.',
  },
  invalid: {
    kk: 'Сертификат жарамсыз.',
    ru: 'Сертификат недействителен.',
    en: 'The certificate is not valid.',
  },
};

export const verificationSchema = z
  .object({
    valid: z.boolean(),
    checks: z
      .object({
        signature: z.enum(CHECK_OUTCOMES),
        expiry: z.enum(CHECK_OUTCOMES),
        revocation: z.enum(CHECK_OUTCOMES),
      })
      .strict(),
    reasons: z.array(
      z
        .object({
          check: z.enum(['signature', 'expiry', 'revocation']),
          code: z.enum(REASON_CODES),
          message: z.string(),
        })
        .strict(),
    ),
    summary: z.string(),
    /** The credential's id in Kasip when it is one of Kasip's, so a page can show its summary. */
    credentialId: z.string().nullable(),
  })
  .strict();
export type Verification = z.output<typeof verificationSchema>;

/**
 * The answer from the failures found. A check that failed is `failed`; a check that was not run
 * (no point checking the dates of a forged document) is `not-checked`; the rest `passed`.
 */
export function verificationOf(
  failures: ReasonCode[],
  notChecked: ('signature' | 'expiry' | 'revocation')[],
  lang: Lang,
  credentialId: string | null,
): Verification {
  const failed = new Set(failures.map((code) => CHECK_OF[code]));
  const outcome = (check: 'signature' | 'expiry' | 'revocation'): CheckOutcome =>
    failed.has(check) ? 'failed' : notChecked.includes(check) ? 'not-checked' : 'passed';
  const checks = { signature: outcome('signature'), expiry: outcome('expiry'), revocation: outcome('revocation') };
  const valid = Object.values(checks).every((c) => c === 'passed');
  const reasons = [...new Set(failures)].map((code) => ({
    check: CHECK_OF[code],
    code,
    message: MESSAGES[code][lang],
  }));
  return { valid, checks, reasons, summary: SUMMARY[valid ? 'valid' : 'invalid'][lang], credentialId };
}
