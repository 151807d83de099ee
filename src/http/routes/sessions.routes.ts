/**
 * Assessment sessions over HTTP, under an organisation (schedule, commission, candidates,
 * assessors, test links), and the online test under /v1/test/{token}, where the secret of the
 * candidate's link is the only authority.
 */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

const SESSIONS = '/v1/orgs/{orgId}/assessment/sessions';
const ONE = `${SESSIONS}/{sessionId}`;
const TEST = '/v1/test/{token}';
const tags = { sessions: ['Assessment sessions'], test: ['Online test'] };

export function sessionRoutes(ops: Operations, _publicUrl: string): HttpBinding[] {
  const { sessions, candidateTest } = ops;
  return [
    bind({ op: sessions.specs, method: 'get', path: '/v1/orgs/{orgId}/assessment/session-specs', tags: tags.sessions }),
    bind({ op: sessions.list, method: 'get', path: SESSIONS, tags: tags.sessions }),
    bind({ op: sessions.create, method: 'post', path: SESSIONS, tags: tags.sessions, status: 201 }),
    bind({ op: sessions.get, method: 'get', path: ONE, tags: tags.sessions }),
    bind({ op: sessions.update, method: 'put', path: ONE, tags: tags.sessions }),
    bind({ op: sessions.commission, method: 'put', path: `${ONE}/commission`, tags: tags.sessions }),
    bind({ op: sessions.enrol, method: 'post', path: `${ONE}/candidates`, tags: tags.sessions, status: 201 }),
    bind({
      op: sessions.removeCandidate,
      method: 'delete',
      path: `${ONE}/candidates/{candidateId}`,
      tags: tags.sessions,
    }),
    bind({
      op: sessions.link,
      method: 'post',
      path: `${ONE}/candidates/{candidateId}/test-link`,
      tags: tags.sessions,
      status: 201,
      description:
        'The link is in the answer once: only its SHA-256 is kept. Making a new one makes the old one stop working.',
    }),
    bind({ op: sessions.assign, method: 'put', path: `${ONE}/assessors/{userId}`, tags: tags.sessions }),
    bind({ op: sessions.unassign, method: 'delete', path: `${ONE}/assessors/{userId}`, tags: tags.sessions }),
    bind({ op: candidateTest.open, method: 'get', path: TEST, tags: tags.test }),
    bind({ op: candidateTest.start, method: 'post', path: `${TEST}/start`, tags: tags.test }),
    bind({ op: candidateTest.get, method: 'get', path: `${TEST}/attempt`, tags: tags.test }),
    bind({
      op: candidateTest.answer,
      method: 'put',
      path: `${TEST}/answers/{itemId}`,
      tags: tags.test,
      description:
        'Body: `{"response": ["a"]}` (option ids) or `{"response": "text"}`. A 200 means the answer is stored.',
    }),
    bind({ op: candidateTest.submit, method: 'post', path: `${TEST}/submit`, tags: tags.test }),
  ];
}
