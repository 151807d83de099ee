/**
 * The instruments over HTTP, under an organisation: test items, practical tasks (with checklist
 * drafts from the card's skills), specifications (proposed, edited, published, copied) and the
 * coverage matrix; the item bank's Moodle XML and GIFT files are bound beside them.
 */
import { AppError } from '../../domain/shared/errors.js';
import { MAX_BANK_FILE_CHARS } from '../../services/assessment/interchange.ops.js';
import type { Operations } from '../../services/operations/catalogue.js';
import { type HttpBinding, bind } from '../operation-route.js';

const tags = { items: ['Item bank'], specs: ['Specifications'] };
const ORG = '/v1/orgs/{orgId}';

/** A bank file is text in UTF-8; anything else is refused with a clear 400, never read as garbage. */
const readText = async (bytes: Uint8Array) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(
      'validation_failed',
      'The file is not UTF-8 text: export it from Moodle again, or save it as UTF-8.',
      [{ path: 'file', message: 'not UTF-8 text' }],
    );
  }
};
const BANK_FILE = {
  field: 'file',
  maxBytes: MAX_BANK_FILE_CHARS * 2,
  formats: {
    'application/xml': { read: readText, example: '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>…</quiz>' },
    'text/xml': { read: readText },
    'text/plain': {
      read: readText,
      example: '// knowledge: 2635-3-001.5.f1.t1.k1\n::q1::Ең жоғары заң? {=Конституция ~Кодекс}',
    },
  },
};

export function instrumentRoutes(ops: Operations, _publicUrl: string): HttpBinding[] {
  const i = ops.instruments;
  const files = ops.instrumentFiles;
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
    bind({
      op: files.exportBank,
      method: 'get',
      path: `${ORG}/item-bank-export`,
      tags: tags.items,
      files: ['application/xml', 'text/plain', 'application/zip'],
      description:
        '`format=moodle-xml` (the default), `format=gift`, or `format=qti3` (a QTI 3.0 content package, export only): the test items of `card`/`level`.',
    }),
    bind({
      op: files.preview,
      method: 'post',
      path: `${ORG}/item-bank-imports:preview`,
      tags: tags.items,
      body: BANK_FILE,
      description:
        'Body: the Moodle XML (`application/xml`) or GIFT (`text/plain`) file; `card`, `level` and the rest in the query. Nothing is written: the answer lists what would be imported and every question that cannot be, with its position and reason, and the `fileHash` that commits exactly this.',
    }),
    bind({
      op: files.commit,
      method: 'post',
      path: `${ORG}/item-bank-imports`,
      tags: tags.items,
      status: 201,
      body: BANK_FILE,
      description:
        'The same file and query as the preview, plus its `fileHash`: the importable questions become draft items.',
    }),
  ];
}
