/**
 * The Moodle competency framework CSV, read back as Moodle's admin/tool/lpimportcsv reads it
 * (framework_importer.php): the header is the tool's columns exactly, one row is the framework
 * (Is framework set, a scale whose configuration names a default and a proficient value, a known
 * taxonomy term per depth), and the competencies form one tree: unique ID numbers of at most 100
 * characters, every parent named before its children, no cycles. Every skill and knowledge item
 * of the card is there under its Kasip id with its official Kazakh text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardEntries } from '../../src/domain/assessment/coverage.js';
import { parseCsv } from '../../src/domain/shared/csv.js';
import {
  type CompetencyFrameworkInput,
  MOODLE_COMPETENCY_HEADER,
  moodleCompetencyCsv,
  shortName,
} from '../../src/exports/programmes/moodle-competencies.js';
import { cardTree } from '../../src/services/programmes/programme-export-data.js';
import { bundledCard } from '../support/programme-export-fixture.js';

/** The taxonomy terms of core_competency\competency_framework. */
const TAXONOMIES = new Set([
  'behaviour',
  'competency',
  'concept',
  'domain',
  'indicator',
  'level',
  'outcome',
  'practice',
  'proficiency',
  'skill',
  'value',
]);

type Competency = { parent: string; id: string; name: string; description: string };

/** What the importer builds: the framework row, the competencies by ID number, and the tree. */
function importAsMoodle(csv: string) {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...MOODLE_COMPETENCY_HEADER]);
  const frameworks = rows.filter((r) => r[12] !== '' && r[12] !== '0');
  expect(frameworks).toHaveLength(1);
  const framework = frameworks[0] as string[];
  const seen = new Map<string, Competency>();
  for (const r of rows) {
    expect(r, 'every row has every column').toHaveLength(MOODLE_COMPETENCY_HEADER.length);
    if (r === framework) continue;
    const [parent = '', id = '', name = '', description = ''] = r;
    expect(id.length, id).toBeGreaterThan(0);
    expect(id.length, id).toBeLessThanOrEqual(100);
    expect(name.length, id).toBeLessThanOrEqual(100);
    expect(seen.has(id), `${id} is unique`).toBe(false);
    if (parent !== '') expect(seen.has(parent), `${id}: parent ${parent} comes first`).toBe(true);
    seen.set(id, { parent, id, name, description });
  }
  return { framework, competencies: seen };
}

async function cardFramework(): Promise<CompetencyFrameworkInput> {
  const { card, editionId } = await bundledCard();
  return {
    framework: { idNumber: 'kasip-programme-1', shortName: 'Әлеуметтік қызметкер', description: '3412-0-008/4' },
    cards: [cardTree(card, editionId)],
  };
}

describe('Moodle competency framework CSV', () => {
  it('imports as Moodle does: exact header, one framework row with a valid scale and taxonomy, a tree of unique ids', async () => {
    const { framework, competencies } = importAsMoodle(moodleCompetencyCsv(await cardFramework()));
    expect(framework[0]).toBe('');
    expect(framework[1]).toBe('kasip-programme-1');
    expect(framework[5]?.split(',')).toHaveLength(2);
    const config = JSON.parse(framework[6] ?? '') as { scaleid?: string; scaledefault?: number; proficient?: number }[];
    expect(config[0]?.scaleid).toBeDefined();
    expect(config.slice(1).some((c) => c.scaledefault === 1)).toBe(true);
    expect(config.slice(1).some((c) => c.proficient === 1)).toBe(true);
    for (const term of (framework[13] ?? '').split(',')) expect(TAXONOMIES.has(term), term).toBe(true);
    expect(competencies.size).toBeGreaterThan(30);
  });

  it('has every skill and knowledge item under its Kasip id, below its task, with the official Kazakh text', async () => {
    const { card } = await bundledCard();
    const { competencies } = importAsMoodle(moodleCompetencyCsv(await cardFramework()));
    expect(competencies.get(card.id)?.parent).toBe('');
    for (const e of cardEntries(card)) {
      const c = competencies.get(e.id);
      expect(c, e.id).toBeDefined();
      expect(c?.parent).toBe(e.taskId ?? e.labourFunctionId);
      expect(c?.description).toBe(
        e.kk.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;'),
      );
    }
    for (const f of card.labourFunctions) {
      expect(competencies.get(f.id)?.parent).toBe(card.id);
      for (const t of f.tasks) expect(competencies.get(t.id)?.parent).toBe(f.id);
    }
  });

  it('cuts a short name at a word, within Moodle’s 100 characters, and keeps any text intact in the tree', () => {
    expect(shortName('қысқа')).toBe('қысқа');
    const long = 'Әлеуметтік қызмет көрсету '.repeat(10);
    const cut = shortName(long);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('…')).toBe(true);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (title, text) => {
        const input: CompetencyFrameworkInput = {
          framework: { idNumber: 'f', shortName: title || 'x', description: title },
          cards: [
            {
              id: 'c',
              code: '0000-0-000',
              level: 1,
              editionId: 'e',
              kk: text || 'x',
              functions: [
                { id: 'c.f1', kk: text || 'x', tasks: [], skills: [{ id: 'c.f1.s1', kk: text || 'x' }], knowledge: [] },
              ],
            },
          ],
        };
        const { competencies } = importAsMoodle(moodleCompetencyCsv(input));
        expect([...competencies.keys()]).toEqual(['c', 'c.f1', 'c.f1.s1']);
      }),
      { numRuns: 200 },
    );
  });
});
