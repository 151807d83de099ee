/**
 * Certificates as verifiable credentials (Open Badges 3.0). An organisation issues one for a
 * candidate its commission passed, lists, revokes and prints them, and rotates its issuer key;
 * anybody reads a credential, verifies one, looks one up by number, and reads the issuer's DID
 * document and the revocation lists. The credential itself carries the holder's name, so even
 * the public answers about one are never cached by shared caches.
 */
import { z } from 'zod';
import { CERTIFICATE_NUMBER } from '../../domain/certificates/certificate-number.js';
import { didWebOf, usesDidWeb } from '../../domain/certificates/issuer-did.js';
import { signedCredentialSchema } from '../../domain/certificates/open-badge.js';
import { verificationSchema } from '../../domain/certificates/verification.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  findCredential,
  findCredentialByNumber,
  findOrgCredential,
  listOrgCredentials,
  revokeCredential,
} from '../../storage/repositories/credential.repository.js';
import { listIssuerKeys } from '../../storage/repositories/issuer-key.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import type { AssessmentDeps } from '../assessment/assessment-deps.js';
import { langInput } from '../hr/schemas.js';
import { defineOperation } from '../operations/operation.js';
import { issueCertificate } from './issue-certificate.js';
import { didDocument, rotateIssuerKey } from './issuer.js';
import { statusListCredential } from './status-lists.js';
import { certificateSummary, certificateSummarySchema } from './summary.js';
import { verifyDocument } from './verify.js';

const missing = () => new AppError('not_found', 'There is nothing here, or it is not yours to see.');

const didDocumentSchema = z
  .object({
    '@context': z.array(z.string()),
    id: z.string(),
    verificationMethod: z.array(
      z
        .object({ id: z.string(), type: z.literal('Multikey'), controller: z.string(), publicKeyMultibase: z.string() })
        .strict(),
    ),
    assertionMethod: z.array(z.string()),
  })
  .strict();

const statusListCredentialSchema = z
  .object({
    '@context': z.array(z.string()),
    id: z.string(),
    type: z.tuple([z.literal('VerifiableCredential'), z.literal('BitstringStatusListCredential')]),
    issuer: z.string(),
    credentialSubject: z
      .object({
        id: z.string(),
        type: z.literal('BitstringStatusList'),
        encodedList: z.string(),
        statusPurpose: z.string(),
      })
      .strict(),
    proof: signedCredentialSchema.shape.proof,
  })
  .strict();

const listedSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    holderName: z.string(),
    card: z.object({ code: z.string(), level: z.number() }).strict(),
    issuedAt: z.string(),
    validUntil: z.string(),
    revokedAt: z.string().nullable(),
    revocationReason: z.string().nullable(),
    demo: z.boolean(),
  })
  .strict();

export const pdfDataSchema = z
  .object({
    number: z.string(),
    holderName: z.string(),
    card: z
      .object({ code: z.string(), level: z.number(), kk: z.string(), ru: z.string(), editionId: z.string() })
      .strict(),
    functions: z.array(
      z
        .object({
          kk: z.string(),
          ru: z.string(),
          passed: z.boolean(),
          theoryPercent: z.number().nullable(),
          practicalPercent: z.number().nullable(),
        })
        .strict(),
    ),
    issuerName: z.string(),
    issuedAt: z.string(),
    validUntil: z.string(),
    status: certificateSummarySchema.shape.status,
    verifyUrl: z.string(),
    demo: z.boolean(),
  })
  .strict();
export type CertificatePdfData = z.output<typeof pdfDataSchema>;

export function credentialOperations(deps: AssessmentDeps) {
  const { publicUrl } = deps.accounts;

  const issue = defineOperation({
    name: 'certificates.issue',
    summary: 'Issue the certificate (an Open Badges 3.0 credential) of a candidate the commission passed',
    input: orgParam.extend({ candidateId: uuidSchema }),
    output: z.object({ id: z.string(), number: z.string(), validUntil: z.string(), url: z.string() }).strict(),
    action: 'certificate.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'certificate.issued',
    run: async (input, ctx) => {
      const issued = await issueCertificate(ctx.db, deps, input, ctx.now);
      ctx.audit({
        targetKind: 'certificate',
        targetId: issued.id,
        orgId: input.orgId,
        after: { number: issued.number, candidateId: input.candidateId, validUntil: issued.validUntil },
      });
      return { id: issued.id, number: issued.number, validUntil: issued.validUntil, url: issued.url };
    },
  });

  const list = defineOperation({
    name: 'certificates.list',
    summary: 'The organisation’s certificates, newest first',
    input: orgParam.extend({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    }),
    output: z
      .object({ total: z.number(), limit: z.number(), offset: z.number(), certificates: z.array(listedSchema) })
      .strict(),
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const page = await listOrgCredentials(ctx.db, input.orgId, input);
      return {
        total: page.total,
        limit: input.limit,
        offset: input.offset,
        certificates: page.rows.map((r) => ({
          id: r.id,
          number: r.number,
          holderName: r.holderName,
          card: { code: r.cardCode, level: r.cardLevel },
          issuedAt: r.issuedAt.toISOString(),
          validUntil: r.validUntil.toISOString(),
          revokedAt: r.revokedAt?.toISOString() ?? null,
          revocationReason: r.revocationReason,
          demo: r.demo,
        })),
      };
    },
  });

  const revoke = defineOperation({
    name: 'certificates.revoke',
    summary: 'Revoke a certificate: its place in the status list is set, and every verification then fails',
    input: orgParam.extend({ credentialId: uuidSchema, reason: z.string().trim().min(3).max(500) }),
    output: z.object({ id: z.string(), revokedAt: z.string() }).strict(),
    action: 'certificate.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'certificate.revoked',
    run: async (input, ctx) => {
      const row = await findOrgCredential(ctx.db, input.orgId, input.credentialId);
      if (!row) throw missing();
      if (row.revokedAt)
        throw new AppError(
          'conflict',
          `This certificate was already revoked on ${row.revokedAt.toISOString().slice(0, 10)}.`,
        );
      if (!(await revokeCredential(ctx.db, input.orgId, row.id, ctx.now, input.reason)))
        throw new AppError('conflict', 'This certificate was revoked meanwhile.');
      ctx.audit({
        targetKind: 'certificate',
        targetId: row.id,
        orgId: input.orgId,
        before: { revokedAt: null },
        after: { number: row.number, reason: input.reason },
      });
      return { id: row.id, revokedAt: ctx.now.toISOString() };
    },
  });

  const rotate = defineOperation({
    name: 'certificates.issuer.rotate',
    summary: 'Retire the issuer key and make a new one; certificates signed by the old key still verify',
    input: orgParam,
    output: z.object({ did: z.string(), verificationMethod: z.string(), retired: z.number() }).strict(),
    action: 'certificate.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'certificate.issuer-rotated',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const { retired, key } = await rotateIssuerKey(ctx.db, input.orgId, publicUrl, ctx.now);
      ctx.audit({
        targetKind: 'issuer-key',
        targetId: key.id,
        orgId: input.orgId,
        after: { verificationMethod: key.verificationMethod, retired },
      });
      return { did: key.controller, verificationMethod: key.verificationMethod, retired };
    },
  });

  const pdf = defineOperation({
    name: 'certificates.pdf',
    summary: 'The certificate as a printable A4 PDF in Kazakh and Russian, with a QR code to its verification page',
    input: orgParam.extend({ credentialId: uuidSchema }),
    output: pdfDataSchema,
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const row = await findOrgCredential(ctx.db, input.orgId, input.credentialId);
      if (!row) throw missing();
      const [kk, ru] = await Promise.all([
        certificateSummary(ctx.db, deps, row, ctx.now, 'kk'),
        certificateSummary(ctx.db, deps, row, ctx.now, 'ru'),
      ]);
      return {
        number: kk.number,
        holderName: kk.holderName,
        card: {
          code: kk.card.code,
          level: kk.card.level,
          kk: kk.card.name,
          ru: ru.card.name,
          editionId: kk.card.editionId,
        },
        functions: kk.functions.map((f, i) => ({
          kk: f.name,
          ru: ru.functions[i]?.name ?? f.name,
          passed: f.passed,
          theoryPercent: f.theoryPercent,
          practicalPercent: f.practicalPercent,
        })),
        issuerName: kk.issuer.name,
        issuedAt: kk.issuedAt,
        validUntil: kk.validUntil,
        status: kk.status,
        verifyUrl: kk.pageUrl,
        demo: kk.demo,
      };
    },
  });

  const get = defineOperation({
    name: 'credentials.get',
    summary: 'The signed credential as JSON-LD (Open Badges 3.0, VC Data Model 2.0)',
    input: z.object({ id: uuidSchema }),
    output: signedCredentialSchema,
    action: 'credential.public',
    writes: false,
    // Anybody with the id may read it, but it carries a person's name: never kept by a cache.
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const row = await findCredential(ctx.db, input.id);
      if (!row) throw missing();
      const parsed = signedCredentialSchema.safeParse(row.document);
      if (!parsed.success) throw new AppError('internal_error', 'The stored credential is not in the issued shape.');
      return parsed.data;
    },
  });

  const verify = defineOperation({
    name: 'credentials.verify',
    summary: 'Verify a credential: its signature, its period and its revocation, each with the reason it failed',
    input: z.object({ credential: z.unknown(), ...langInput }),
    output: verificationSchema,
    action: 'credential.public',
    writes: false,
    cache: 'none',
    audit: null,
    run: async (input, ctx) => verifyDocument(ctx.db, publicUrl, input.credential, ctx.now, input.lang),
  });

  const summary = defineOperation({
    name: 'credentials.summary',
    summary: 'What the verification page shows of a certificate: holder, card, results, issuer, dates, status',
    input: z.object({ id: uuidSchema, ...langInput }),
    output: certificateSummarySchema,
    action: 'credential.public',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const row = await findCredential(ctx.db, input.id);
      if (!row) throw missing();
      return certificateSummary(ctx.db, deps, row, ctx.now, input.lang);
    },
  });

  const lookup = defineOperation({
    name: 'certificates.lookup',
    summary: 'The public registry: a certificate by its exact number (no listing, no search by name)',
    input: z.object({
      number: z.string().trim().toUpperCase().regex(CERTIFICATE_NUMBER, 'a number looks like KSP-2026-000123'),
      ...langInput,
    }),
    output: certificateSummarySchema,
    action: 'credential.public',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const row = await findCredentialByNumber(ctx.db, input.number);
      if (!row) throw new AppError('not_found', `There is no certificate numbered ${input.number}.`);
      return certificateSummary(ctx.db, deps, row, ctx.now, input.lang);
    },
  });

  const did = defineOperation({
    name: 'certificates.issuer.did',
    summary:
      'The organisation’s issuer DID document: did:web with every key it signed with (or, without https, the did:key of its newest key)',
    input: orgParam,
    output: didDocumentSchema,
    action: 'credential.public',
    writes: false,
    cache: 'public',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const keys = await listIssuerKeys(ctx.db, input.orgId);
      const newest = keys[keys.length - 1];
      if (!newest) throw new AppError('not_found', 'This organisation has issued no certificates yet.');
      // Without an https address each key is its own did:key: the document of the newest one.
      const did = usesDidWeb(publicUrl) ? didWebOf(publicUrl, input.orgId) : newest.controller;
      return didDocumentSchema.parse(didDocument(did, keys));
    },
  });

  const statusList = defineOperation({
    name: 'certificates.status-list',
    summary: 'An organisation’s revocation list (BitstringStatusListCredential), signed',
    input: orgParam.extend({ listId: uuidSchema }),
    output: statusListCredentialSchema,
    action: 'credential.public',
    writes: false,
    cache: 'public',
    audit: null,
    run: async (input, ctx) => {
      const doc = await statusListCredential(ctx.db, publicUrl, input.orgId, input.listId, ctx.now);
      if (!doc) throw missing();
      return statusListCredentialSchema.parse(doc);
    },
  });

  return { issue, list, revoke, rotate, pdf, get, verify, summary, lookup, did, statusList };
}
