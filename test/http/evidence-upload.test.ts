/**
 * Evidence over HTTP: the raw file or a browser form, bounded before it is read, typed by its
 * bytes (whatever its name or Content-Type says), downloaded as an attachment that a browser
 * never sniffs; and random bytes under any accepted Content-Type never answer 500.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Browser, seedUser, signIn, testClientIp } from '../support/accounts.js';
import { createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import { openTestDb } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';
import { PNG_BYTES, type ScoringFixture, rawRequest, seedScoringSession } from '../support/scoring-fixture.js';
import { zipOf } from '../support/zip.js';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n');

describe('evidence over HTTP', () => {
  let app: ReturnType<typeof createApp>;
  let admin: Browser;
  let fx: ScoringFixture;
  let base: string;

  beforeAll(async () => {
    const database = await openTestDb('pglite');
    const services = createServices(database);
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    app = createApp({ services, clientIp: testClientIp });
    await seedUser(database, 'evidence-admin@example.kz', ['admin']);
    admin = await signIn(app, 'evidence-admin@example.kz');
    const org = await admin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Орталық', kind: 'assessment-centre' });
    fx = await seedScoringSession(database, org.id, { candidates: 1 });
    base = `/v1/orgs/${org.id}/candidates/${fx.candidateIds[0]}/evidence`;
  });

  const upload = (contentType: string, bytes: Uint8Array, query = '') =>
    rawRequest(app, admin, 'POST', `${base}${query}`, { contentType, bytes });

  it('takes a raw file, names it from the query, and hashes it', async () => {
    const res = await upload('application/octet-stream', PDF, '?fileName=protocol');
    expect(res.status).toBe(201);
    const out = (await res.json()) as { id: string; fileName: string; mediaType: string; sha256: string };
    expect(out).toMatchObject({ fileName: 'protocol.pdf', mediaType: 'application/pdf' });
    expect(out.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));

    const file = await admin.request('GET', `${base}/${out.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="protocol.pdf"');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('cache-control')).toContain('no-store');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);
  });

  it('takes a browser form with the file among other fields', async () => {
    const boundary = '----kasipFormBoundary7MA4YWxk';
    const form = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nx\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="IMG_0001.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      Buffer.from(PNG_BYTES),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await upload(`multipart/form-data; boundary=${boundary}`, new Uint8Array(form));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ fileName: 'IMG_0001.png', sizeBytes: PNG_BYTES.length });
  });

  it('refuses a script named like a photo and sent as one, with a clear message', async () => {
    const res = await upload(
      'image/jpeg',
      new TextEncoder().encode('<html><script>alert(1)</script>'),
      '?fileName=a.jpg',
    );
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { detail: string };
    expect(problem.detail).toMatch(/not a photo .* or a document .* by its content/);
  });

  it('takes a DOCX and refuses an XLSX sent as one', async () => {
    const docx = zipOf([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect((await upload(docxType, new Uint8Array(docx))).status).toBe(201);
    const xlsx = zipOf([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    expect((await upload(docxType, new Uint8Array(xlsx))).status).toBe(400);
  });

  it('refuses a body over 10 MB by its declared length before reading it', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const res = await app.request(`/api${base}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(11 * 1024 * 1024),
        cookie: admin.cookie ?? '',
        'x-csrf-token': admin.csrf ?? '',
      },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/larger than/);
    expect(pulled).toBeLessThanOrEqual(2);
    // Without a declared length the reading stops as soon as it passes the bound.
    const big = new Uint8Array(EVIDENCE_OVER);
    big.set(PNG_BYTES);
    const over = await upload('image/png', big);
    expect(over.status).toBe(400);
  });

  it('never answers 500 to random bytes under any accepted type', async () => {
    const types = [
      'application/octet-stream',
      'image/jpeg',
      'image/png',
      'image/webp',
      'image/heic',
      'application/pdf',
      'multipart/form-data; boundary=x',
      'application/json',
    ];
    const prefixes = [[], [0xff, 0xd8, 0xff], [0x50, 0x4b, 0x03, 0x04], [...Buffer.from('--x\r\n')]];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...types),
        fc.constantFrom(...prefixes),
        fc.uint8Array({ maxLength: 400 }),
        async (type, prefix, rest) => {
          const res = await upload(type, new Uint8Array([...prefix, ...rest]));
          expect([201, 400]).toContain(res.status);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** A little over the 10 MB evidence bound (and its form allowance). */
const EVIDENCE_OVER = 10 * 1024 * 1024 + 64 * 1024 + 1;
