/**
 * The bundled edition of Order No. 262: complete, faithful to the official text, and checked
 * the same way any other standard's data would be.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/standard/edition.js';
import { fidelityReport } from '../../src/domain/standard/fidelity.js';
import { checkInvariants } from '../../src/domain/standard/invariants.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { BUNDLED_EDITION, SHARED_SOURCE } from '../support/paths.js';

let edition: Edition;
beforeAll(async () => {
  edition = await readEdition(BUNDLED_EDITION);
});

describe('the bundled edition of Order No. 262', () => {
  it('keeps the official text byte for byte', () => {
    const bundled = readFileSync(path.join(BUNDLED_EDITION, 'source.kk.txt'), 'utf8');
    if (existsSync(SHARED_SOURCE)) expect(bundled).toBe(readFileSync(SHARED_SOURCE, 'utf8'));
    expect(bundled.split('\n').length).toBeGreaterThan(3900);
  });

  it('has all 10 cards, 17 terms and 7 listed professions, one of them without a card', () => {
    expect(edition.cards).toHaveLength(10);
    expect(edition.terms).toHaveLength(17);
    expect(edition.professions).toHaveLength(7);
    expect(edition.professions.filter((p) => p.cards.length === 0).map((p) => p.id)).toEqual(['prof-5']);
    expect(edition.cards.map((c) => `${c.code.value}/${c.level.value}`).sort()).toEqual([
      '1344-0-004/7',
      '2634-4-001/6',
      '2634-4-001/7',
      '2634-9-004/6',
      '2635-3-001/4',
      '2635-3-001/5',
      '2635-3-001/6',
      '3412-0-008/4',
      '3412-0-008/5',
      '3412-0-009/6',
    ]);
  });

  it('gives every card functions, tasks, skills and knowledge', () => {
    for (const card of edition.cards) {
      const tasks = card.labourFunctions.flatMap((f) => f.tasks);
      const skills = card.labourFunctions.flatMap((f) => [...(f.skills ?? []), ...f.tasks.flatMap((t) => t.skills)]);
      const knowledge = card.labourFunctions.flatMap((f) => [
        ...(f.knowledge ?? []),
        ...f.tasks.flatMap((t) => t.knowledge),
      ]);
      expect.soft(card.labourFunctions.length, card.id).toBeGreaterThan(0);
      expect.soft(tasks.length, card.id).toBeGreaterThan(0);
      expect.soft(skills.length, card.id).toBeGreaterThan(0);
      expect.soft(knowledge.length, card.id).toBeGreaterThan(0);
    }
  });

  it('passes the invariants without errors', () => {
    expect(checkInvariants(edition).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('is faithful: every text occurs in its source lines, every card line is covered', () => {
    const report = fidelityReport(edition);
    expect(report.textsChecked).toBeGreaterThan(600);
    expect(report.problems).toEqual([]);
    expect(report.uncovered).toEqual([]);
  });

  it('fails the fidelity check when one word of a skill is changed', () => {
    const changed = structuredClone(edition);
    const skill = changed.cards[0]?.labourFunctions[0]?.tasks[0]?.skills[0];
    if (!skill) throw new Error('the first card has no skill');
    const words = skill.kk.split(' ');
    words[1] = `${words[1]}ның`;
    skill.kk = words.join(' ');
    const report = fidelityReport(changed);
    expect(report.problems.map((p) => p.path)).toEqual([expect.stringMatching(/skills\[0\]\.kk$/)]);
  });

  it('fails the coverage check when an item is dropped', () => {
    const changed = structuredClone(edition);
    changed.cards[0]?.labourFunctions[0]?.tasks[0]?.skills.pop();
    expect(fidelityReport(changed).uncovered).toHaveLength(1);
  });

  it('marks ru/en as translations only: every kk text is present, ids are unique', () => {
    const ids = JSON.stringify(edition).match(/"id":"[^"]+"/g) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    const untranslated: string[] = [];
    const need = (id: string, t: { ru?: string; en?: string }) => {
      if (!t.ru || !t.en) untranslated.push(id);
    };
    for (const p of edition.professions) need(p.id, p.name);
    for (const t of edition.terms) need(t.id, t.term);
    for (const card of edition.cards) {
      need(card.id, card.name);
      for (const n of card.otherNames) need(n.id, n);
      for (const fn of card.labourFunctions) {
        need(fn.id, fn.name);
        for (const task of fn.tasks) need(task.id, task.name);
      }
    }
    expect(untranslated).toEqual([]);
  });
});
