/**
 * What `kasip demo load` asks before it writes: is there already a demo organisation, or any
 * assessment data at all? The demo goes into an empty database only, so that it never mixes
 * with a centre's real item bank, sessions or certificates.
 */
import type { Executor } from './edition.repository.js';

/** The tables whose rows make a database "not empty" for the demo, in the order they are named. */
const ASSESSMENT_TABLES = [
  'assessment_item',
  'practical_task',
  'assessment_spec',
  'assessment_session',
  'credential',
] as const;

export type DemoBlocker = { kind: 'demo_org'; name: string } | { kind: 'assessment_data'; table: string };

export async function demoBlockers(ex: Executor, demoOrgName: string): Promise<DemoBlocker[]> {
  const blockers: DemoBlocker[] = [];
  const org = await ex.selectFrom('organisation').select('name').where('name', '=', demoOrgName).executeTakeFirst();
  if (org) blockers.push({ kind: 'demo_org', name: org.name });
  for (const table of ASSESSMENT_TABLES) {
    const row = await ex.selectFrom(table).select('id').limit(1).executeTakeFirst();
    if (row) blockers.push({ kind: 'assessment_data', table });
  }
  return blockers;
}
