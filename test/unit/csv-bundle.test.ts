import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type TinyCard, tinyEdition } from '../../src/domain/editions/test-editions.js';
import { parseCsv } from '../../src/domain/shared/csv.js';
import type { Edition } from '../../src/domain/standard/edition.js';
import { BUNDLE_FILE_NAMES } from '../../src/domain/workbench/csv-layout.js';
import { editionCsvTables } from '../../src/domain/workbench/csv-tables.js';
import { csvBundleZip, csvText } from '../../src/exports/standard-csv/csv-bundle.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { readCsvBundle } from '../../src/importer/standard/csv-bundle.js';
import { itemUuid } from '../../src/storage/identity.js';
import { BUNDLED_EDITION, MINI_EDITION } from '../support/paths.js';

const uuidOf = (edition: Edition) => (id: string) => itemUuid(edition.meta.standard.id, id);

/**
 * The edition as a CSV bundle can carry it: every source a placeholder, no official text, no
 * labels, and the translations without their review state (docs/interchange.md).
 */
function withoutSources({ translationReviews: _reviews, ...edition }: Edition): Edition {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, k === 'source' ? { lines: [1, 1] } : k === 'labels' ? [] : strip(v)]),
    );
  };
  return { ...(strip(edition) as Edition), sourceText: '' };
}

const bundleOf = (edition: Edition) => csvBundleZip(editionCsvTables(edition, uuidOf(edition)));

describe('CSV bundle (ESCO/Tabiya style)', () => {
  it('writes one file per kind, with stable ids, uuids, parent ids and unofficial translations marked', async () => {
    const edition = await readEdition(BUNDLED_EDITION);
    const tables = editionCsvTables(edition, uuidOf(edition));
    expect(tables.map((t) => t.name)).toEqual(BUNDLE_FILE_NAMES);
    const skills = tables.find((t) => t.name === 'skills');
    expect(skills?.rows[0]).toEqual([
      'id',
      'uuid',
      'parent_id',
      'card_id',
      'position',
      'number',
      'kk',
      'ru_unofficial',
      'en_unofficial',
      'note',
      'source_lines',
    ]);
    const first = edition.cards[0]?.labourFunctions[0]?.tasks[0]?.skills[0];
    const row = skills?.rows.find((r) => r[0] === first?.id);
    expect(row?.[2]).toBe(edition.cards[0]?.labourFunctions[0]?.tasks[0]?.id);
    expect(row?.[3]).toBe(edition.cards[0]?.id);
    expect(row?.[1]).toBe(itemUuid(edition.meta.standard.id, first?.id ?? ''));
    expect(row?.[6]).toBe(first?.kk);
    // UTF-8 with a BOM and CRLF, as the staff export: Excel reads Kazakh letters right.
    const text = csvText(skills ?? { name: '', rows: [] });
    expect(text.startsWith('\uFEFFid,uuid,')).toBe(true);
    expect(text).toContain('\r\n');
  });

  it('reads Order 262 back whole: the same edition except its sources', async () => {
    const edition = await readEdition(BUNDLED_EDITION);
    const read = await readCsvBundle(bundleOf(edition));
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.edition).toEqual(withoutSources(edition));
  });

  it('reads the mini edition back, and a lone cards.csv as the cards alone', async () => {
    const edition = await readEdition(MINI_EDITION);
    const read = await readCsvBundle(bundleOf(edition));
    expect(read.edition).toEqual(withoutSources(edition));
    const cards = editionCsvTables(edition, uuidOf(edition)).find((t) => t.name === 'cards');
    const lone = await readCsvBundle(new TextEncoder().encode(csvText(cards ?? { name: '', rows: [] })));
    expect(lone.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(lone.edition?.cards.map((c) => c.id)).toEqual(edition.cards.map((c) => c.id));
    expect(lone.edition?.cards[0]?.labourFunctions).toEqual([]);
    expect(lone.issues.some((i) => i.place.file === 'edition.csv')).toBe(true);
  });

  const words = fc.stringMatching(/^[A-Za-zӘәҒғҚқҢңӨөҰұҮүІіЁёа-яА-Я0-9 ,;"'\-=+\n()«»:.]{1,30}$/);
  const text = words.filter((w) => w.trim() !== '' && !/^'/.test(w));
  const card: fc.Arbitrary<TinyCard> = fc.record({
    code: fc.constantFrom('2635-3-001', '3412-1-002', '1111-1-001'),
    level: fc.integer({ min: 1, max: 8 }),
    name: text,
    educationLevel: text,
    otherNames: fc.array(fc.record({ kk: text }), { maxLength: 2 }),
    rules: fc.option(
      fc.array(
        fc.record({
          kk: text,
          category: fc.constantFrom('higher', 'first', 'second', 'none') as fc.Arbitrary<'higher'>,
          experience: fc.option(fc.record({ minYears: fc.integer({ min: 0, max: 10 }), where: text }), {
            nil: undefined,
          }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
      { nil: undefined },
    ),
    functions: fc.array(
      fc.record({
        name: text,
        tasks: fc.array(
          fc.record({
            name: text,
            skills: fc.array(text, { maxLength: 3 }),
            knowledge: fc.array(text, { maxLength: 3 }),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 2 },
    ),
  });

  it('round-trips random small editions (edition → bundle → edition, equal except sources)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(card, { minLength: 1, maxLength: 3 }), async (cards) => {
        const unique = cards.map((c, i) => ({ ...c, id: `c${i}` }));
        const edition = tinyEdition('tiny-2024', unique);
        const read = await readCsvBundle(bundleOf(edition));
        expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(read.edition).toEqual(withoutSources(edition));
      }),
      { numRuns: 60 },
    );
  });

  it('turns any bytes into issues, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const read = await readCsvBundle(bytes);
        expect(read.edition === undefined || read.issues.length >= 0).toBe(true);
      }),
      { numRuns: 200 },
    );
    const zipped = await readCsvBundle(zipSync({ 'cards.csv': new Uint8Array([0xff, 0xfe, 0x00]) }));
    expect(zipped.edition).toBeUndefined();
    expect(zipped.issues[0]).toMatchObject({ severity: 'error', place: { file: 'cards.csv' } });
    const cut = await readCsvBundle(bundleOf(tinyEdition('t', [{ code: '1', level: 1, functions: [] }])).slice(0, 200));
    expect(cut.edition).toBeUndefined();
    expect(cut.issues[0]?.message.en).toMatch(/zip/);
  });

  it('turns any damage to a valid bundle’s cells into placed issues or an edition, never a throw', async () => {
    const edition = await readEdition(MINI_EDITION);
    const tables = editionCsvTables(edition, uuidOf(edition));
    const edit = fc.record({
      table: fc.nat({ max: tables.length - 1 }),
      row: fc.nat({ max: 40 }),
      column: fc.nat({ max: 30 }),
      value: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'x', '-1', '{', 'a/b', '9999', 'Bad Id')),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const damaged = structuredClone(tables);
        for (const e of edits) {
          const rows = damaged[e.table]?.rows ?? [];
          const row = rows[1 + (e.row % Math.max(1, rows.length - 1))];
          if (row) row[e.column % row.length] = e.value;
        }
        const read = await readCsvBundle(csvBundleZip(damaged));
        const errors = read.issues.filter((i) => i.severity === 'error');
        expect(read.edition === undefined).toBe(errors.length > 0);
        for (const issue of errors) expect(issue.message.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('places every problem by file, row and column, in kk, ru and en', async () => {
    const edition = await readEdition(MINI_EDITION);
    const tables = editionCsvTables(edition, uuidOf(edition));
    const skills = tables.find((t) => t.name === 'skills');
    const cards = tables.find((t) => t.name === 'cards');
    if (!skills?.rows[1] || !skills.rows[2] || !cards?.rows[1]) throw new Error('fixture changed');
    skills.rows[1][2] = 'no-such-task'; // parent_id
    skills.rows[2][0] = 'Bad Id'; // id
    cards.rows[1][6] = 'x'; // level
    const read = await readCsvBundle(csvBundleZip(tables));
    expect(read.edition).toBeUndefined();
    const places = read.issues.map((i) => i.place);
    expect(places).toContainEqual({ file: 'skills.csv', row: 2, column: 'parent_id' });
    expect(places).toContainEqual({ file: 'skills.csv', row: 3, column: 'id' });
    expect(places).toContainEqual({ file: 'cards.csv', row: 2, column: 'level' });
    for (const issue of read.issues) {
      expect(issue.message.kk && issue.message.ru && issue.message.en).toBeTruthy();
    }
  });

  it('parses what it writes with the shared CSV reader (RFC 4180 quoting of commas, quotes, newlines)', () => {
    const edition = tinyEdition('t', [{ code: '1111-1-001', level: 4, name: 'a, "b"\nc', functions: [] }]);
    const cards = editionCsvTables(edition, uuidOf(edition)).find((t) => t.name === 'cards');
    const rows = parseCsv(csvText(cards ?? { name: '', rows: [] }));
    expect(rows[1]?.[7]).toBe('a, "b"\nc');
  });
});
