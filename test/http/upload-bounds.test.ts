/** Hostile table uploads are refused while they are read, and the server keeps answering. */
import { describe, expect, it } from 'vitest';
import { XLSX_MEDIA_TYPE } from '../../src/exports/career-xlsx.js';
import { MAX_BATCH_ROWS } from '../../src/services/analysis/schemas/qualification.js';
import { useBundledApp } from '../support/bundled-app.js';
import { zipOf } from '../support/zip.js';

describe('upload bounds over HTTP', () => {
  const ctx = useBundledApp('pglite');
  const batch = (type: string, body: string | Uint8Array) =>
    ctx.app.request('/api/v1/qualification/category:batch', {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  const healthIsPrompt = async () => {
    const started = performance.now();
    expect((await ctx.app.request('/api/health')).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
  };

  it('refuses a CSV over the batch row cap, naming the cap', async () => {
    // Short rows, as the probe sent: a little over the cap in well under the body bound.
    const csv = `id\n${'1\n'.repeat(MAX_BATCH_ROWS + 1)}`;
    const started = performance.now();
    const res = await batch('text/csv', csv);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toContain(`more than ${MAX_BATCH_ROWS} rows`);
    expect(performance.now() - started).toBeLessThan(5000);
    await healthIsPrompt();
  });

  it('refuses an XLSX zip bomb before inflating it', async () => {
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: '<x/>', declaredSize: 400 * 1024 * 1024 }]);
    const res = await batch(XLSX_MEDIA_TYPE, bomb);
    expect(res.status).toBe(400);
    // The detail in the request's language (Kazakh by default), no English inside it.
    expect(((await res.json()) as { detail: string }).detail).toBe(
      'Жұмыс кітабы ашылғанда 100 МБ-тан асады; оны кішірек файлдарға бөліңіз.',
    );
    const empty = await ctx.app.request('/api/v1/qualification/category:batch?lang=ru', {
      method: 'POST',
      headers: { 'Content-Type': XLSX_MEDIA_TYPE },
      body: new Uint8Array(zipOf([])),
    });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { detail: string }).detail).toBe(
      'Файл не является читаемой книгой XLSX: архив пуст.',
    );
    await healthIsPrompt();
  });
});
