/** Every worked example in docs/qualification.md is what the engine answers. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { determineCategory } from '../../src/domain/qualification/category.js';
import type { Person } from '../../src/domain/qualification/person.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

function parsePerson(text: string): Person {
  const [education = '', experience = ''] = text.split('; ');
  const [levelField = '', certificate] = education.split('+');
  const [level, field] = levelField.split('/');
  return {
    education: { level, field, ...(certificate ? { certificate } : {}) } as Person['education'],
    experience:
      experience === '—'
        ? []
        : experience.split(', ').map((e) => {
            const [category, years] = e.split(':');
            return { category: category as Person['experience'][number]['category'], years: Number(years) };
          }),
  };
}

it('docs/qualification.md worked examples match the engine, for every card', async () => {
  const edition = await readEdition(BUNDLED_EDITION);
  const doc = readFileSync(path.join(ROOT, 'docs/qualification.md'), 'utf8');
  const rows = [
    ...doc.matchAll(/^\| (\d{4}-\d-\d{3})\/(\d) \| (.+?) \| (yes|no) \| (.+?) \| (.+?) \| (.+?) \| (.+?) \|$/gm),
  ];
  expect(new Set(rows.map((r) => `${r[1]}/${r[2]}`)).size).toBe(edition.cards.length);
  for (const [, code, level, person, eligible, category, group, rule, next] of rows) {
    const card = edition.cards.find((c) => c.code.value === code && c.level.value === Number(level));
    if (!card) throw new Error(`no card ${code}/${level}`);
    const r = determineCategory(card, parsePerson(person ?? ''));
    const row = `${code}/${level} ${person}`;
    expect(r.eligible ? 'yes' : 'no', row).toBe(eligible);
    expect(r.category ?? '—', row).toBe(category);
    expect(r.group ?? '—', row).toBe(group);
    expect(r.explanation.matched?.id ?? '—', row).toBe(rule);
    expect(r.next ? `${r.next.category ?? 'eligible'}` : '—', row).toBe(next === '—' ? '—' : next?.split(':')[0]);
  }
});
