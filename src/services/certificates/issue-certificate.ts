/**
 * Issuing a certificate for a candidate the commission passed: the decision, the candidate's
 * name, the session's specification (card, edition, validity), the organisation and the card's
 * texts, built into an Open Badges 3.0 credential, signed with the organisation's current key,
 * given a number and a place in the status list, and stored; the decision then points at it.
 */
import { z } from 'zod';
import { functionResultSchema } from '../../domain/assessment/results.js';
import { certificateNumber, sequenceOf } from '../../domain/certificates/certificate-number.js';
import { buildCredential, verifyPageUrl } from '../../domain/certificates/open-badge.js';
import { addMonths } from '../../domain/certificates/validity.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  findIssueBasis,
  insertCredential,
  lastNumberOfYear,
  linkDecision,
  lockIssuing,
} from '../../storage/repositories/credential.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { requireOrg } from '../accounts/org-scope.js';
import type { AssessmentDeps } from '../assessment/assessment-deps.js';
import { currentIssuerKey } from './issuer.js';
import { documentLoader, signCredential } from './linked-data.js';
import { allocateStatus } from './status-lists.js';

const contextsOnly = documentLoader(async () => null);
const DEFAULT_VALIDITY_MONTHS = 36;

const specContentSchema = z.object({ validityMonths: z.number().int().min(1).max(120).optional() }).loose();

async function readBasis(db: Executor, orgId: string, candidateId: string) {
  const { decision, candidate, spec } = await findIssueBasis(db, orgId, candidateId);
  if (!candidate) throw new AppError('not_found', 'There is nothing here, or it is not yours to see.');
  if (!decision)
    throw new AppError(
      'unprocessable',
      'The commission has not decided on this candidate yet: decide first, then issue.',
    );
  if (decision.outcome !== 'passed')
    throw new AppError('unprocessable', 'The commission did not pass this candidate, so no certificate can be issued.');
  if (decision.credential_id)
    throw new AppError('conflict', `A certificate was already issued for this decision (${decision.credential_id}).`);
  if (!spec) throw new AppError('not_found', 'The candidate’s session has no specification.');
  const results = z.array(functionResultSchema).safeParse(decision.function_results);
  if (!results.success || results.data.length === 0)
    throw new AppError('unprocessable', 'The decision holds no results per labour function to certify.');
  const content = specContentSchema.safeParse(spec.content);
  return {
    decision,
    candidate,
    spec,
    results: results.data,
    validityMonths: (content.success && content.data.validityMonths) || DEFAULT_VALIDITY_MONTHS,
  };
}

/** The next number of the issue year (KSP-2026-000124 after …123). */
async function nextNumber(db: Executor, at: Date): Promise<string> {
  const year = at.getUTCFullYear();
  const last = await lastNumberOfYear(db, year);
  return certificateNumber(year, (last ? (sequenceOf(last, year) ?? 0) : 0) + 1);
}

export async function issueCertificate(
  db: Executor,
  deps: AssessmentDeps,
  input: { orgId: string; candidateId: string },
  now: Date,
) {
  const { publicUrl } = deps.accounts;
  await lockIssuing(db);
  const org = await requireOrg(db, input.orgId);
  const basis = await readBasis(db, input.orgId, input.candidateId);
  const book = await deps.cards(db).catch(() => undefined);
  const card = book?.find(basis.spec.card_code, basis.spec.card_level);
  const functionName = (id: string) => {
    const found = card?.labourFunctions.find((f) => f.id === id);
    return found ? { kk: found.name.kk, ru: found.name.ru } : { kk: id };
  };
  const key = await currentIssuerKey(db, input.orgId, publicUrl, now);
  const status = await allocateStatus(db, input.orgId, key, publicUrl, now);
  const id = crypto.randomUUID();
  const number = await nextNumber(db, now);
  const validUntil = addMonths(now, basis.validityMonths);
  const unsigned = buildCredential({
    id,
    publicUrl,
    number,
    issuer: { did: key.controller, name: org.name },
    issuedAt: now,
    validUntil,
    holderName: basis.candidate.full_name,
    card: {
      code: basis.spec.card_code,
      level: basis.spec.card_level,
      name: card ? { kk: card.name.kk, ru: card.name.ru } : { kk: `${basis.spec.card_code}/${basis.spec.card_level}` },
      editionId: basis.spec.edition_id,
    },
    functions: basis.results.map((result) => ({
      id: result.labourFunctionId,
      name: functionName(result.labourFunctionId),
      result,
    })),
    status: { listUrl: status.listUrl, index: status.index },
  });
  const document = await signCredential(unsigned, key, now, contextsOnly);
  await insertCredential(db, {
    id,
    orgId: input.orgId,
    number,
    candidateId: input.candidateId,
    holderName: basis.candidate.full_name,
    cardCode: basis.spec.card_code,
    cardLevel: basis.spec.card_level,
    editionId: basis.spec.edition_id,
    issuedAt: now,
    validUntil,
    statusListId: status.listId,
    statusIndex: status.index,
    document,
    demo: basis.spec.demo || basis.candidate.demo,
  });
  await linkDecision(db, input.orgId, input.candidateId, id);
  return { id, number, validUntil: validUntil.toISOString(), url: verifyPageUrl(publicUrl, id), document };
}
