/**
 * The workbench over HTTP: draft editions, their items and edits, live checks and diff, review
 * comments, the workflow steps, the impact of publishing, and publishing.
 */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

const tags = ['Workbench'];
const ONE = '/v1/drafts/{draftId}';

export function draftRoutes(ops: Operations): HttpBinding[] {
  const d = ops.drafts;
  const r = ops.draftReview;
  return [
    bind({ op: d.list, method: 'get', path: '/v1/drafts', tags }),
    bind({ op: d.create, method: 'post', path: '/v1/drafts', tags, status: 201, body: { field: 'body' } }),
    bind({ op: d.get, method: 'get', path: ONE, tags }),
    bind({ op: d.items, method: 'get', path: `${ONE}/items`, tags }),
    bind({
      op: d.edit,
      method: 'post',
      path: `${ONE}/edits`,
      tags,
      description:
        'Each edit of an existing item names the item revision it was made from; when another methodologist changed the item since, the whole batch is refused with 409 naming the item.',
    }),
    bind({ op: d.checks, method: 'get', path: `${ONE}/checks`, tags }),
    bind({ op: d.diff, method: 'get', path: `${ONE}/diff`, tags }),
    bind({ op: r.comments, method: 'get', path: `${ONE}/comments`, tags }),
    bind({ op: r.comment, method: 'post', path: `${ONE}/comments`, tags, status: 201, body: { field: 'body' } }),
    bind({ op: r.resolveComment, method: 'post', path: `${ONE}/comments/{commentId}/resolve`, tags }),
    bind({ op: r.submit, method: 'post', path: `${ONE}/submit`, tags }),
    bind({ op: r.return, method: 'post', path: `${ONE}/return`, tags }),
    bind({ op: r.approve, method: 'post', path: `${ONE}/approve`, tags }),
    bind({ op: r.withdraw, method: 'post', path: `${ONE}/withdraw`, tags }),
    bind({ op: r.impact, method: 'get', path: `${ONE}/impact`, tags }),
    bind({ op: r.publish, method: 'post', path: `${ONE}/publish`, tags }),
  ];
}
