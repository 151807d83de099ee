/**
 * Certificates over HTTP: the organisation's issue, list, revoke, PDF and key rotation, and the
 * fixed public API points every verifier uses — the credential as JSON-LD, `credentials:verify`
 * (a colon inside the segment, matched literally by honoPath), the page's summary, the registry
 * lookup by number, the issuer's DID document and the revocation lists.
 */
import { certificatePdfFileName, renderCertificatePdf } from '../../exports/pdf/certificate-pdf.js';
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

const tags = ['Certificates'];
const ORG = '/v1/orgs/{orgId}';

export function certificateRoutes(ops: Operations, publicUrl: string): HttpBinding[] {
  const c = ops.certificates;
  return [
    bind({ op: c.issue, method: 'post', path: `${ORG}/candidates/{candidateId}/certificate`, tags, status: 201 }),
    bind({ op: c.list, method: 'get', path: `${ORG}/certificates`, tags }),
    bind({ op: c.revoke, method: 'post', path: `${ORG}/certificates/{credentialId}/revocation`, tags }),
    bind({ op: c.rotate, method: 'post', path: `${ORG}/issuer/rotation`, tags }),
    bind({
      op: c.pdf,
      method: 'get',
      path: `${ORG}/certificates/{credentialId}/pdf`,
      tags,
      files: ['application/pdf'],
      disposition: 'inline',
      description: 'The certificate on A4, in Kazakh and Russian, with a QR code to its public verification page.',
      render: async (data) => ({
        file: {
          contentType: 'application/pdf',
          filename: certificatePdfFileName(data),
          body: new Uint8Array(await renderCertificatePdf({ ...data, generatedAt: new Date() })),
        },
      }),
    }),
    bind({
      op: c.get,
      method: 'get',
      path: '/v1/credentials/{id}',
      tags,
      description: 'The signed Open Badges 3.0 credential (JSON-LD). It carries the holder’s name: never cached.',
    }),
    bind({
      op: c.verify,
      method: 'post',
      path: '/v1/credentials:verify',
      tags,
      language: true,
      body: { field: 'credential' },
      description: `Body: a credential (JSON or JSON-LD). Checked offline: the proof (did:key, or the did:web documents of ${publicUrl}), the period, the revocation list. Reasons in \`lang\`.`,
    }),
    bind({ op: c.summary, method: 'get', path: '/v1/credentials/{id}/summary', tags, language: true }),
    bind({ op: c.lookup, method: 'get', path: '/v1/certificates/{number}', tags, language: true }),
    bind({ op: c.did, method: 'get', path: `${ORG}/issuer/did.json`, tags }),
    bind({ op: c.statusList, method: 'get', path: `${ORG}/status-lists/{listId}`, tags }),
  ];
}
