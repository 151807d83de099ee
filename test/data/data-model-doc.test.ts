/** docs/data-model.md states the counts of each card; they must stay true to the data. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readEdition } from '../../src/importer/read-edition.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

it('docs/data-model.md counts match the bundled edition', async () => {
  const edition = await readEdition(BUNDLED_EDITION);
  const doc = readFileSync(path.join(ROOT, 'docs/data-model.md'), 'utf8');
  const rows = [
    ...doc.matchAll(/^\| (\d{4}-\d-\d{3}) \| (\d) \| .*? \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| /gm),
  ].map((m) => m.slice(1, 9).join(' '));
  const actual = edition.cards.map((c) => {
    const fns = c.labourFunctions;
    const tasks = fns.flatMap((f) => f.tasks);
    const skills =
      fns.reduce((n, f) => n + (f.skills?.length ?? 0), 0) + tasks.reduce((n, t) => n + t.skills.length, 0);
    const knowledge =
      fns.reduce((n, f) => n + (f.knowledge?.length ?? 0), 0) + tasks.reduce((n, t) => n + t.knowledge.length, 0);
    const rules = c.qualification.groups.reduce((n, g) => n + g.rules.length, 0);
    return [c.code.value, c.level.value, fns.length, tasks.length, skills, knowledge, rules, c.links.length].join(' ');
  });
  expect(rows.sort()).toEqual(actual.sort());
});
