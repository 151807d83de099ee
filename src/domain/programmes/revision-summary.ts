/**
 * What changed between two versions of a programme document, as short English phrases («module
 * КМ 02 added», «3 links added to m1-o1», «volume 720 → 960 hours»). They are stored with each
 * revision and shown in the history and the audit trail, so a reader sees what a save did without
 * comparing two documents by eye. Modules and outcomes are matched by their ids (stable across
 * saves), not by position. At most MAX_PHRASES, then «and N more». Pure.
 */
import type { Outcome, ProgrammeContent, ProgrammeModule } from './programme.js';

export const MAX_PHRASES = 20;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function headerChanges(a: ProgrammeContent, b: ProgrammeContent): string[] {
  const out: string[] = [];
  if (a.title !== b.title) out.push('title changed');
  if (a.type !== b.type) out.push(`type ${a.type} → ${b.type}`);
  if (a.lang !== b.lang) out.push(`language ${a.lang} → ${b.lang}`);
  if (a.volume.unit !== b.volume.unit)
    out.push(`volume ${a.volume.value} ${a.volume.unit} → ${b.volume.value} ${b.volume.unit}`);
  else if (a.volume.value !== b.volume.value) out.push(`volume ${a.volume.value} → ${b.volume.value} ${b.volume.unit}`);
  const key = (c: { code: string; level: number }) => `${c.code}/${c.level}`;
  const before = new Map(a.cards.map((c) => [key(c), c]));
  const after = new Map(b.cards.map((c) => [key(c), c]));
  for (const [k, c] of after) {
    const old = before.get(k);
    if (!old) out.push(`card ${k} added`);
    else if (old.editionId !== c.editionId) out.push(`card ${k} moved to edition ${c.editionId}`);
  }
  for (const k of before.keys()) if (!after.has(k)) out.push(`card ${k} removed`);
  return out;
}

function moduleChanges(a: ProgrammeModule, b: ProgrammeModule): string[] {
  const out: string[] = [];
  const name = `module ${b.code}`;
  if (a.code !== b.code) out.push(`module ${a.code} code → ${b.code}`);
  if (a.name !== b.name) out.push(`${name} renamed`);
  if (a.kind !== b.kind) out.push(`${name} kind ${a.kind} → ${b.kind}`);
  if (a.hours.theory !== b.hours.theory || a.hours.practice !== b.hours.practice)
    out.push(
      `${name} hours ${a.hours.theory}+${a.hours.practice} → ${b.hours.theory}+${b.hours.practice} (theory+practice)`,
    );
  if (a.credits !== b.credits) out.push(`${name} credits ${a.credits ?? '—'} → ${b.credits ?? '—'}`);
  return out;
}

function outcomeChanges(a: Outcome, b: Outcome): string[] {
  const out: string[] = [];
  if (a.text !== b.text) out.push(`outcome ${b.id} text changed`);
  const before = new Set(a.itemIds);
  const after = new Set(b.itemIds);
  const added = b.itemIds.filter((id) => !before.has(id)).length;
  const removed = a.itemIds.filter((id) => !after.has(id)).length;
  if (added > 0) out.push(`${plural(added, 'link', 'links')} added to ${b.id}`);
  if (removed > 0) out.push(`${plural(removed, 'link', 'links')} removed from ${b.id}`);
  if (!same(a.criteria, b.criteria)) out.push(`criteria of ${b.id} changed`);
  if (a.method !== b.method) out.push(`method of ${b.id} ${a.method} → ${b.method}`);
  if (!same(a.suggestions, b.suggestions)) out.push(`suggestions of ${b.id} changed`);
  return out;
}

function structureChanges(a: ProgrammeContent, b: ProgrammeContent): string[] {
  const out: string[] = [];
  const modulesBefore = new Map(a.modules.map((m) => [m.id, m]));
  const modulesAfter = new Map(b.modules.map((m) => [m.id, m]));
  const outcomesBefore = new Map(a.modules.flatMap((m) => m.outcomes.map((o) => [o.id, { o, m }] as const)));
  const outcomesAfter = new Map(b.modules.flatMap((m) => m.outcomes.map((o) => [o.id, { o, m }] as const)));

  for (const m of b.modules) {
    const old = modulesBefore.get(m.id);
    if (!old) out.push(`module ${m.code} added`);
    else out.push(...moduleChanges(old, m));
  }
  for (const m of a.modules) if (!modulesAfter.has(m.id)) out.push(`module ${m.code} removed`);
  const kept = (list: readonly ProgrammeModule[], other: Map<string, ProgrammeModule>) =>
    list.filter((m) => other.has(m.id)).map((m) => m.id);
  if (!same(kept(a.modules, modulesAfter), kept(b.modules, modulesBefore))) out.push('modules reordered');

  for (const [id, { o, m }] of outcomesAfter) {
    const old = outcomesBefore.get(id);
    if (!old) {
      out.push(`outcome ${id} added to ${m.code}`);
      continue;
    }
    if (old.m.id !== m.id) out.push(`outcome ${id} moved to ${m.code}`);
    out.push(...outcomeChanges(old.o, o));
  }
  for (const [id, { m }] of outcomesBefore)
    if (!outcomesAfter.has(id)) out.push(`outcome ${id} removed from ${m.code}`);
  return out;
}

function exceptionChanges(a: ProgrammeContent, b: ProgrammeContent): string[] {
  const out: string[] = [];
  const before = new Map(a.exceptions.map((e) => [e.itemId, e.reason]));
  const after = new Map(b.exceptions.map((e) => [e.itemId, e.reason]));
  for (const [id, reason] of after) {
    const old = before.get(id);
    if (old === undefined) out.push(`exception for ${id} added`);
    else if (old !== reason) out.push(`exception reason for ${id} changed`);
  }
  for (const id of before.keys()) if (!after.has(id)) out.push(`exception for ${id} removed`);
  return out;
}

/** The phrases for a save from `before` to `after`; empty when the documents are the same. */
export function revisionSummary(before: ProgrammeContent, after: ProgrammeContent): string[] {
  if (same(before, after)) return [];
  const all = [...headerChanges(before, after), ...structureChanges(before, after), ...exceptionChanges(before, after)];
  // A change this list has no words for (order of criteria inside an unchanged set, say) still shows.
  if (all.length === 0) return ['content changed'];
  if (all.length <= MAX_PHRASES) return all;
  return [...all.slice(0, MAX_PHRASES), `and ${all.length - MAX_PHRASES} more`];
}

/** Two documents are the same programme when every field is equal (a save of this changes nothing). */
export const sameContent = (a: ProgrammeContent, b: ProgrammeContent): boolean => same(a, b);
