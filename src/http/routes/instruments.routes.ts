/**
 * The instruments over HTTP, under an organisation: test items, practical tasks (with checklist
 * drafts from the card's skills), specifications (proposed, edited, published, copied) and the
 * coverage matrix; the item bank's Moodle XML and GIFT files are bound beside them.
 */
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

const tags = { items: ['Item bank'], specs: ['Specifications'] };
const ORG = '/v1/orgs/{orgId}';

export function instrumentRoutes(ops: Operations, _publicUrl: string): HttpBinding[] {
  const i = ops.instruments;
  return [
    bind({ op: i.itemsList, method: 'get', path: `${ORG}/test-items`, tags: tags.items }),
    bind({ op: i.itemsCreate, method: 'post', path: `${ORG}/test-items`, tags: tags.items, status: 201 }),
    bind({ op: i.itemsGet, method: 'get', path: `${ORG}/test-items/{itemId}`, tags: tags.items }),
    bind({ op: i.itemsUpdate, method: 'put', path: `${ORG}/test-items/{itemId}`, tags: tags.items }),
    bind({ op: i.itemsStatus, method: 'post', path: `${ORG}/test-items/{itemId}/status`, tags: tags.items }),
    bind({ op: i.tasksList, method: 'get', path: `${ORG}/practical-tasks`, tags: tags.items }),
    bind({ op: i.tasksCreate, method: 'post', path: `${ORG}/practical-tasks`, tags: tags.items, status: 201 }),
    bind({ op: i.tasksDraft, method: 'post', path: `${ORG}/practical-tasks:draft-checklist`, tags: tags.items }),
    bind({ op: i.tasksGet, method: 'get', path: `${ORG}/practical-tasks/{taskId}`, tags: tags.items }),
    bind({ op: i.tasksUpdate, method: 'put', path: `${ORG}/practical-tasks/{taskId}`, tags: tags.items }),
    bind({ op: i.tasksStatus, method: 'post', path: `${ORG}/practical-tasks/{taskId}/status`, tags: tags.items }),
    bind({ op: i.specsList, method: 'get', path: `${ORG}/specifications`, tags: tags.specs }),
    bind({ op: i.specsCreate, method: 'post', path: `${ORG}/specifications`, tags: tags.specs, status: 201 }),
    bind({ op: i.specsPropose, method: 'get', path: `${ORG}/specifications:propose`, tags: tags.specs }),
    bind({ op: i.specsGet, method: 'get', path: `${ORG}/specifications/{specId}`, tags: tags.specs }),
    bind({ op: i.specsUpdate, method: 'put', path: `${ORG}/specifications/{specId}`, tags: tags.specs }),
    bind({
      op: i.specsPublish,
      method: 'post',
      path: `${ORG}/specifications/{specId}/publish`,
      tags: tags.specs,
      description:
        'Refused with 422 (problem+json) while any skill or knowledge item of the card is uncovered by reviewed instruments, or a task asks more questions than reviewed items exist for it: the message and `errors` name each item by id and official Kazakh text.',
    }),
    bind({
      op: i.specsCopy,
      method: 'post',
      path: `${ORG}/specifications/{specId}/copy`,
      tags: tags.specs,
      status: 201,
    }),
    bind({ op: i.coverage, method: 'get', path: `${ORG}/coverage`, tags: tags.specs, language: true }),
  ];
}
