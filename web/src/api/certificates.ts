/**
 * Certificates for the web pages: the generated types under short names and the calls the
 * verification page and the organisation's certificate list make.
 */
import type { Lang } from '../i18n';
import type { paths } from './schema';
import { api, call } from './session';

type Json<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type CertificateSummary = Json<'/v1/credentials/{id}/summary', 'get'>;
export type Verification = Json<'/v1/credentials:verify', 'post'>;
export type CertificateList = Json<'/v1/orgs/{orgId}/certificates', 'get'>;
export type ListedCertificate = CertificateList['certificates'][number];

export const summaryOf = (id: string, lang: Lang) =>
  call(api.GET('/v1/credentials/{id}/summary', { params: { path: { id }, query: { lang } } }));

export const lookupNumber = (number: string, lang: Lang) =>
  call(api.GET('/v1/certificates/{number}', { params: { path: { number }, query: { lang } } }));

export const verifyCredential = (credential: unknown, lang: Lang) =>
  call(
    api.POST('/v1/credentials:verify', {
      params: { query: { lang } },
      body: credential as never,
    }),
  );

export const listCertificates = (orgId: string, offset = 0) =>
  call(api.GET('/v1/orgs/{orgId}/certificates', { params: { path: { orgId }, query: { offset, limit: 50 } } }));

export const revokeCertificate = (orgId: string, credentialId: string, reason: string) =>
  call(
    api.POST('/v1/orgs/{orgId}/certificates/{credentialId}/revocation', {
      params: { path: { orgId, credentialId } },
      body: { reason },
    }),
  );

export const rotateIssuerKey = (orgId: string) =>
  call(api.POST('/v1/orgs/{orgId}/issuer/rotation', { params: { path: { orgId } } }));

export const issueCertificate = (orgId: string, candidateId: string) =>
  call(api.POST('/v1/orgs/{orgId}/candidates/{candidateId}/certificate', { params: { path: { orgId, candidateId } } }));

export const certificatePdfUrl = (orgId: string, credentialId: string) =>
  `/api/v1/orgs/${orgId}/certificates/${credentialId}/pdf`;
