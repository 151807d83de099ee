/**
 * Programmes over HTTP, under an organisation: list, proposal from a card, create, read, save,
 * coverage, finalise/reopen/archive, revisions, edition impact and rebase.
 */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

const tags = ['Programmes'];
const ORG = '/v1/orgs/{orgId}';
const ONE = `${ORG}/programmes/{programmeId}`;

export function programmeRoutes(ops: Operations): HttpBinding[] {
  const p = ops.programmes;
  return [
    bind({ op: p.list, method: 'get', path: `${ORG}/programmes`, tags }),
    bind({ op: p.propose, method: 'get', path: `${ORG}/programmes:propose`, tags }),
    bind({ op: p.create, method: 'post', path: `${ORG}/programmes`, tags, status: 201 }),
    bind({ op: p.get, method: 'get', path: ONE, tags }),
    bind({ op: p.save, method: 'put', path: ONE, tags }),
    bind({ op: p.coverage, method: 'get', path: `${ONE}/coverage`, tags }),
    bind({
      op: p.finalise,
      method: 'post',
      path: `${ONE}/finalise`,
      tags,
      description:
        'Refused with 422 (problem+json) while any skill or knowledge item of the cards is uncovered and has no written exception: the message and `errors` name each item by id and official Kazakh text.',
    }),
    bind({ op: p.reopen, method: 'post', path: `${ONE}/reopen`, tags }),
    bind({ op: p.archive, method: 'post', path: `${ONE}/archive`, tags }),
    bind({ op: p.revisions, method: 'get', path: `${ONE}/revisions`, tags }),
    bind({ op: p.revision, method: 'get', path: `${ONE}/revisions/{version}`, tags }),
    bind({ op: p.impact, method: 'get', path: `${ONE}/impact`, tags }),
    bind({ op: p.rebase, method: 'post', path: `${ONE}/rebase`, tags }),
  ];
}
