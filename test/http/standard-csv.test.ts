/**
 * The CSV bundle over HTTP: the zip of every file, one file, their JSON form, and the zip read
 * back into the same edition (except its sources).
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILE_NAMES } from '../../src/domain/workbench/csv-layout.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { readCsvBundle } from '../../src/importer/standard/csv-bundle.js';
import { useBundledApp } from '../support/bundled-app.js';
import { testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

describe.each(testEngines)('CSV bundle over HTTP on %s', (engine) => {
  const ctx = useBundledApp(engine);

  it('serves the zip of every file, which reads back as the edition', async () => {
    const res = await ctx.app.request('/api/v1/editions/current/csv.zip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain('order-262-2023.csv.zip');
    expect(res.headers.get('cache-control')).toMatch(/public/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual(BUNDLE_FILE_NAMES.map((n) => `${n}.csv`).sort());
    const read = await readCsvBundle(bytes);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const edition = await readEdition(BUNDLED_EDITION);
    expect(read.edition?.cards.map((c) => c.id)).toEqual(edition.cards.map((c) => c.id));
    expect(read.edition?.cards[0]?.labourFunctions[0]?.tasks[0]?.skills[0]?.kk).toBe(
      edition.cards[0]?.labourFunctions[0]?.tasks[0]?.skills[0]?.kk,
    );
    // The same edition makes the same bytes (fixed entry times), so caches and ETags hold.
    const again = new Uint8Array(await (await ctx.app.request('/api/v1/editions/current/csv.zip')).arrayBuffer());
    expect(again).toEqual(bytes);
  });

  it('serves one file as CSV (UTF-8 with BOM) and the tables as JSON', async () => {
    const res = await ctx.app.request('/api/v1/editions/order-262-2023/csv/skills.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await res.text();
    // Response.text() strips the BOM; the bytes keep it.
    expect(text.startsWith('id,uuid,parent_id,card_id,position,number,kk,ru_unofficial,en_unofficial')).toBe(true);
    const bytes = new Uint8Array(
      await (await ctx.app.request('/api/v1/editions/current/csv/skills.csv')).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = await (await ctx.app.request('/api/v1/editions/current/csv/cards.csv?format=json')).json();
    expect(json.table.name).toBe('cards');
    expect(json.table.rows).toHaveLength(11);
    const bundle = await (await ctx.app.request('/api/v1/editions/current/csv.zip?format=json')).json();
    expect(bundle.files.map((f: { name: string }) => f.name)).toEqual(BUNDLE_FILE_NAMES);
  });

  it('answers 404 for an unknown edition and 400 for an unknown file', async () => {
    expect((await ctx.app.request('/api/v1/editions/no-such/csv.zip')).status).toBe(404);
    const bad = await ctx.app.request('/api/v1/editions/current/csv/passwords.csv');
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].path).toBe('param.file');
  });
});
