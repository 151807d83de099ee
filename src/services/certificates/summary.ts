/**
 * What the public page shows of a certificate: the holder, the card, the results per labour
 * function with their names, the issuer, the dates and the status — read from the signed
 * document itself (what the holder carries), with names in the reader's language from the
 * registry where the card is still in the current edition — and the document's verification.
 */
import { z } from 'zod';
import {
  holderNameOf,
  signedCredentialSchema,
  verifyPageUrl,
  credentialUrl,
} from '../../domain/certificates/open-badge.js';
import { statusAt } from '../../domain/certificates/validity.js';
import { verificationSchema } from '../../domain/certificates/verification.js';
import { displayOf, type Lang } from '../../domain/shared/localize.js';
import type { CredentialRow } from '../../storage/repositories/credential.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import type { AssessmentDeps } from '../assessment/assessment-deps.js';
import { verifyDocument } from './verify.js';

export const certificateSummarySchema = z
  .object({
    id: z.string(),
    number: z.string(),
    holderName: z.string(),
    card: z.object({ code: z.string(), level: z.number(), name: z.string(), editionId: z.string() }).strict(),
    functions: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          passed: z.boolean(),
          theoryPercent: z.number().nullable(),
          practicalPercent: z.number().nullable(),
        })
        .strict(),
    ),
    issuer: z.object({ name: z.string(), did: z.string() }).strict(),
    issuedAt: z.string(),
    validUntil: z.string(),
    status: z.enum(['valid', 'revoked', 'expired', 'not-yet-valid']),
    revokedAt: z.string().nullable(),
    verification: verificationSchema,
    demo: z.boolean(),
    pageUrl: z.string(),
    credentialUrl: z.string(),
  })
  .strict();
export type CertificateSummary = z.output<typeof certificateSummarySchema>;

export async function certificateSummary(
  db: Executor,
  deps: AssessmentDeps,
  row: CredentialRow,
  now: Date,
  lang: Lang,
): Promise<CertificateSummary> {
  const { publicUrl } = deps.accounts;
  const verification = await verifyDocument(db, publicUrl, row.document, now, lang);
  const parsed = signedCredentialSchema.safeParse(row.document);
  const book = await deps.cards(db).catch(() => undefined);
  const card = book?.find(row.cardCode, row.cardLevel);
  const doc = parsed.success ? parsed.data : null;
  const value = (url: string) => doc?.credentialSubject.result.find((r) => r.resultDescription === url)?.value;
  const functions = (doc?.credentialSubject.achievement.alignment.slice(1) ?? []).map((a) => {
    const inCard = card?.labourFunctions.find((f) => f.id === a.targetCode);
    const percent = (kind: string) => {
      const v = value(`${a.targetUrl}#${kind}`);
      return v === undefined ? null : Number(v);
    };
    return {
      id: a.targetCode,
      name: inCard ? displayOf(inCard.name, lang).text : a.targetName,
      passed: value(`${a.targetUrl}#status`) === 'passed',
      theoryPercent: percent('theory'),
      practicalPercent: percent('practical'),
    };
  });
  return {
    id: row.id,
    number: row.number,
    holderName: doc ? holderNameOf(doc) : row.holderName,
    card: {
      code: row.cardCode,
      level: row.cardLevel,
      name: card ? displayOf(card.name, lang).text : (doc?.credentialSubject.achievement.name ?? ''),
      editionId: row.editionId,
    },
    functions,
    issuer: { name: doc?.issuer.name ?? '', did: doc?.issuer.id ?? '' },
    issuedAt: row.issuedAt.toISOString(),
    validUntil: row.validUntil.toISOString(),
    status: statusAt(now, { validFrom: row.issuedAt, validUntil: row.validUntil }, row.revokedAt),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    verification,
    demo: row.demo,
    pageUrl: verifyPageUrl(publicUrl, row.id),
    credentialUrl: credentialUrl(publicUrl, row.id),
  };
}
