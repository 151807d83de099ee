/**
 * The item bank's files over HTTP: a Moodle XML or GIFT file sent as the raw body is previewed
 * and committed; bytes that are not UTF-8 are a 400 naming the file; and any text at all (random
 * garbage included) gets a 200 preview with issues, never a 5xx.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { MAX_BANK_FILE_CHARS } from '../../src/services/assessment/interchange.ops.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Browser, seedUser, signIn, testClientIp } from '../support/accounts.js';
import { openTestDb } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

describe('item bank files over HTTP', () => {
  let database: OpenDb;
  let app: App;
  let admin: Browser;
  let orgId: string;
  const query = 'card=2635-3-001&level=5';

  /** A raw body with its media type, as the signed-in admin. */
  const send = (path: string, body: Uint8Array | string, type: string) =>
    app.request(`/api/v1/orgs/${orgId}${path}`, {
      method: 'POST',
      headers: {
        'content-type': type,
        cookie: admin.cookie ?? '',
        'x-csrf-token': admin.csrf ?? '',
        'x-test-ip': '192.0.2.9',
      },
      body: body as BodyInit,
    });

  beforeAll(async () => {
    database = await openTestDb('pglite');
    const services = createServices(database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    app = createApp({ services, clientIp: testClientIp });
    await seedUser(database, 'files-admin@example.kz', ['admin']);
    admin = await signIn(app, 'files-admin@example.kz');
    orgId = (await admin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Орталық', kind: 'assessment-centre' })).id;
  });
  afterAll(async () => {
    await database?.close();
  });

  it('previews and commits a GIFT file sent as text/plain, and exports it back as Moodle XML', async () => {
    const gift =
      '// knowledge: 2635-3-001.5.f1.t1.k1\n::q1::Ең жоғары заң? {=Конституция ~Кодекс}\n\n::q2::Білімсіз {=иә}\n';
    const preview = await send(`/item-bank-imports:preview?${query}`, gift, 'text/plain; charset=utf-8');
    expect(preview.status).toBe(200);
    const body = (await preview.json()) as {
      fileHash: string;
      questions: unknown[];
      issues: { position: number; line: number; reason: string }[];
    };
    expect(body.questions).toHaveLength(1);
    expect(body.issues).toEqual([
      { position: 2, line: 4, title: 'q2', reason: 'no knowledge id of 2635-3-001/5 is given' },
    ]);
    const commit = await send(`/item-bank-imports?${query}&fileHash=${body.fileHash}`, gift, 'text/plain');
    expect(commit.status).toBe(201);
    const xml = await admin.request('GET', `/v1/orgs/${orgId}/item-bank-export?${query}&format=moodle-xml`);
    expect(xml.headers.get('content-type')).toMatch(/^application\/xml/);
    const text = await xml.text();
    expect(text).toContain('<tag><text>2635-3-001.5.f1.t1.k1</text></tag>');
    expect(text).toContain('<category><text>$course$/top/Kasip/2635-3-001 level 5</text></category>');
    const qti = await admin.request('GET', `/v1/orgs/${orgId}/item-bank-export?${query}&format=qti3`);
    expect(qti.status).toBe(200);
    expect(qti.headers.get('content-type')).toBe('application/zip');
    const zip = new Uint8Array(await qti.arrayBuffer());
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(new TextDecoder().decode(zip)).toContain('imsqti_item_xmlv3p0');
  });

  it('refuses bytes that are not UTF-8 with a 400 naming the file', async () => {
    const res = await send(
      `/item-bank-imports:preview?${query}`,
      new Uint8Array([0x3c, 0x71, 0xff, 0xfe, 0x80]),
      'application/xml',
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(((await res.json()) as { errors: { path: string }[] }).errors[0]?.path).toMatch(/^body/);
  });

  it('refuses a file over its bound with a 400 naming the limit', async () => {
    // A GIFT comment line of the bound's bytes plus one: over MAX_BANK_FILE_CHARS * 2 bytes.
    const over = `// ${'x'.repeat(MAX_BANK_FILE_CHARS * 2)}\n`;
    const res = await send(`/item-bank-imports:preview?${query}`, over, 'text/plain');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/larger than/);
  });

  it('answers any text with a preview, never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 400 }),
        fc.constantFrom('application/xml', 'text/plain'),
        async (text, type) => {
          const res = await send(`/item-bank-imports:preview?${query}`, text, type);
          expect(res.status, await res.clone().text()).toBeLessThan(500);
          if (text.trim() !== '' && !text.includes('\u0000')) expect([200, 400]).toContain(res.status);
        },
      ),
      { numRuns: 60 },
    );
  });
});
