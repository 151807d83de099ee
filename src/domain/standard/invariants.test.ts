import { beforeAll, describe, expect, it } from 'vitest';
import { miniEdition } from '../../../test/support/mini-edition.js';
import type { Edition } from './edition.js';
import { checkInvariants } from './invariants.js';

let base: Edition;
beforeAll(async () => {
  base = await miniEdition();
});
const edit = (change: (e: Edition) => void): Edition => {
  const e = structuredClone(base);
  change(e);
  return e;
};

describe('checkInvariants', () => {
  it('finds nothing wrong in a sound edition', () => {
    expect(checkInvariants(base)).toEqual([]);
  });

  it('refuses an id used twice', () => {
    const issues = checkInvariants(
      edit((e) => {
        const task = e.cards[1]?.labourFunctions[0]?.tasks[0];
        if (task) task.skills[0] = { ...task.skills[0], id: '1111-1-001.5.f1.t1.k1' } as never;
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('used twice') }),
    ]);
  });

  it('refuses two cards with the same code and level, and a level outside 1–8', () => {
    const twice = edit((e) => {
      const second = e.cards[1];
      if (second) second.level.value = 4;
    });
    expect(checkInvariants(twice).some((i) => i.severity === 'error' && /second card/.test(i.message))).toBe(true);
    const nine = edit((e) => {
      const c = e.cards[1];
      if (c) c.level.value = 9;
    });
    expect(checkInvariants(nine).some((i) => /outside the framework/.test(i.message))).toBe(true);
  });

  it('warns about a malformed code, an empty task and a link to a missing card, but still loads them', () => {
    const issues = checkInvariants(
      edit((e) => {
        const [a, b] = e.cards;
        if (!a || !b) return;
        a.code.value = '1111-1-01';
        const ref = e.professions[0]?.cards[0];
        if (ref) ref.code = '1111-1-01';
        const task = b.labourFunctions[0]?.tasks[0];
        if (task) {
          task.skills = [];
          task.knowledge = [];
        }
        const link = a.links[0];
        if (link) link.card = { code: '9999-9-999', level: 6 };
      }),
    );
    expect(issues.map((i) => [i.severity, i.message])).toEqual(
      expect.arrayContaining([
        ['warning', expect.stringContaining('not of the form')],
        ['warning', 'a task without skills or knowledge'],
        ['warning', expect.stringContaining('9999-9-999/6, which has no card')],
      ]),
    );
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('refuses a profession that names a card the edition lacks', () => {
    const issues = checkInvariants(
      edit((e) => {
        e.professions[1]?.cards.push({ code: '1111-1-001', level: 6 });
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', path: 'professions[1]' })]);
  });
});
