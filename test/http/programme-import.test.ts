/**
 * The curriculum import and the outcome suggestions over HTTP: an XLSX and a DOCX uploaded as a
 * browser form become a programme document with pending suggestions and a report; a file that
 * is not a curriculum answers 400 with a message in the asked language naming where; nothing
 * answers 500; a signed-out caller gets 401.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { programmeContentSchema } from '../../src/domain/programmes/programme.js';
import { MAX_CURRICULUM_BYTES } from '../../src/importer/curriculum-file.js';
import { type Browser, seedUser, signIn } from '../support/accounts.js';
import { useBundledApp } from '../support/bundled-app.js';
import { KK_ROWS, curriculumDocx, curriculumXlsx } from '../fixtures/programmes/curriculum-files.js';

type ImportAnswer = {
  content: {
    cards: { code: string; level: number; editionId: string }[];
    modules: { outcomes: { suggestions: { itemId: string; state: string }[] }[] }[];
  };
  report: { format: string; modules: number; outcomes: number; suggestions: number; warnings: { where: string }[] };
};

describe('curriculum import over HTTP', () => {
  const ctx = useBundledApp('pglite');
  let admin: Browser;
  let orgId: string;

  beforeAll(async () => {
    await seedUser(ctx.database, 'import-admin@example.kz', ['admin']);
    admin = await signIn(ctx.app, 'import-admin@example.kz');
    orgId = (await admin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Колледж', kind: 'education-provider' })).id;
  });

  const upload = async (
    file: Uint8Array | null,
    fields: Record<string, string> = { card: '3412-0-008', level: '4', type: 'tvet-modular', lang: 'kk' },
    opts: { lang?: string; signedOut?: boolean } = {},
  ) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append('file', new Blob([new Uint8Array(file)]), 'curriculum.bin');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    return ctx.app.request(`/api/v1/orgs/${orgId}/programmes:import${opts.lang ? `?lang=${opts.lang}` : ''}`, {
      method: 'POST',
      headers: {
        'content-type': request.headers.get('content-type') ?? '',
        ...(opts.signedOut ? {} : { cookie: admin.cookie ?? '', 'x-csrf-token': admin.csrf ?? '' }),
      },
      body: new Uint8Array(await request.arrayBuffer()),
    });
  };

  it('reads an XLSX curriculum into a programme document with pending suggestions', async () => {
    const res = await upload(await curriculumXlsx());
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const body = (await res.json()) as ImportAnswer;
    expect(programmeContentSchema.safeParse(body.content).error).toBeUndefined();
    expect(body.report).toMatchObject({ format: 'xlsx', modules: 2, outcomes: 3 });
    expect(body.content.cards).toEqual([{ code: '3412-0-008', level: 4, editionId: expect.any(String) }]);
    const first = body.content.modules[0]?.outcomes[0]?.suggestions;
    // «Коммуналдық қызметтерге ақы төлеу түбіртектерін толтырады» is the card's skill s5.
    expect(first?.[0]).toMatchObject({ itemId: '3412-0-008.4.f1.t1.s5', state: 'pending' });
    expect(body.report.suggestions).toBeGreaterThanOrEqual(3);
  });

  it('suggests nothing for the outcomes of a general education module', async () => {
    const rows = [
      ...KK_ROWS,
      [
        'ЖБМ 01',
        'Қазақстан тарихы',
        'Қазақстан тарихының негізгі кезеңдерін түсіндіреді',
        '1) Кезеңдерді атайды',
        36,
        0,
      ],
    ];
    const res = await upload(await curriculumXlsx(rows));
    expect(res.status).toBe(200);
    const body = (await res.json()) as ImportAnswer;
    expect(body.report.modules).toBe(3);
    expect(body.content.modules[2]?.outcomes[0]?.suggestions).toEqual([]);
    // The professional modules keep theirs.
    expect(body.content.modules[0]?.outcomes[0]?.suggestions.length).toBeGreaterThan(0);
  });

  it('reads a DOCX curriculum, the title page table skipped with a warning naming it', async () => {
    const res = await upload(
      await curriculumDocx(),
      { card: '3412-0-008', level: '4', type: 'upgrading-course', lang: 'ru' },
      { lang: 'ru' },
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as ImportAnswer;
    expect(body.report).toMatchObject({ format: 'docx', modules: 1, outcomes: 2 });
    expect(body.report.warnings.map((w) => w.where)).toEqual(['таблица 1']);
  });

  it.each([
    ['kk', 'Файл XLSX кітабы да, DOCX құжаты да емес'],
    ['ru', 'Файл не является ни книгой XLSX, ни документом DOCX'],
    ['en', 'The file is neither an XLSX workbook nor a DOCX document'],
  ])('refuses a file that is neither workbook nor document with a 400 in %s', async (lang, message) => {
    const res = await upload(new TextEncoder().encode('Модуль;Нәтиже\n'), undefined, { lang });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { detail: string; errors: { path: string }[] };
    expect(problem.detail).toContain(message);
    expect(problem.errors[0]?.path).toBe('body.file');
  });

  it('refuses a workbook without a curriculum header, naming the sheet', async () => {
    const res = await upload(
      await curriculumXlsx(
        [
          ['Аты-жөні', 'Телефон'],
          ['Асанова', '555'],
        ],
        'Тізім',
      ),
      undefined,
      { lang: 'ru' },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toContain(
      'Не найдена строка заголовков учебного плана (лист «Тізім»)',
    );
  });

  it('refuses a form without a file, and a card the edition lacks', async () => {
    const none = await upload(null, undefined, { lang: 'en' });
    expect(none.status).toBe(400);
    expect(((await none.json()) as { detail: string }).detail).toContain('The form has no file');
    const missing = await upload(
      await curriculumXlsx(),
      { card: '9999-9-999', level: '4', type: 'tvet-modular', lang: 'kk' },
      { lang: 'en' },
    );
    expect(missing.status).toBe(404);
  });

  it('never answers 500 to random bodies: bytes as a form, random files, random JSON tables', async () => {
    const xlsx = await curriculumXlsx();
    const post = (contentType: string, body: Uint8Array) =>
      ctx.app.request(`/api/v1/orgs/${orgId}/programmes:import?lang=kk`, {
        method: 'POST',
        headers: { 'content-type': contentType, cookie: admin.cookie ?? '', 'x-csrf-token': admin.csrf ?? '' },
        body: new Uint8Array(body),
      });
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('Оқыту нәтижелері', 'Модуль коды', 'Сағат', '9e9'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 500 }).map((bytes) => ({ kind: 'form' as const, bytes })),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 5 }).map((flips) => {
            const bytes = new Uint8Array(xlsx);
            for (const [at, value] of flips) bytes[at % bytes.length] = value;
            return { kind: 'file' as const, bytes };
          }),
          fc
            .array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 })
            .map((rows) => ({ kind: 'json' as const, rows })),
        ),
        async (input) => {
          let res: Response;
          if (input.kind === 'form') res = await post('multipart/form-data', input.bytes);
          else if (input.kind === 'file') res = await upload(input.bytes);
          else {
            const body = {
              card: '3412-0-008',
              level: 4,
              type: 'higher-education',
              lang: 'ru',
              file: { format: 'xlsx', tables: [{ kind: 'sheet', name: 'S', rows: input.rows }] },
            };
            res = await post('application/json', new TextEncoder().encode(JSON.stringify(body)));
          }
          expect(res.status).toBeLessThan(500);
          if (res.status !== 200) expect(res.headers.get('content-type')).toContain('application/problem+json');
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('refuses a file over its bound with a 400 naming the limit, before reading it', async () => {
    const over = new Uint8Array(MAX_CURRICULUM_BYTES + 1024 * 1024);
    const res = await upload(over);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toMatch(/larger than/);
  });

  it('answers 401 to a signed-out upload', async () => {
    expect((await upload(await curriculumXlsx(), undefined, { signedOut: true })).status).toBe(401);
  });

  it('serves the curriculum template as a workbook in the asked language', async () => {
    const res = await admin.request('GET', `/v1/orgs/${orgId}/programmes:import-template?lang=ru`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const filled = new Uint8Array(await res.arrayBuffer());
    // Filled in as it is, it imports.
    const imported = await upload(filled, { card: '3412-0-008', level: '4', type: 'tvet-modular', lang: 'ru' });
    expect(imported.status).toBe(200);
    expect(((await imported.json()) as ImportAnswer).report).toMatchObject({ modules: 2, outcomes: 3 });
  });

  it('suggests items for one outcome text', async () => {
    const text = encodeURIComponent('Дәрігерге дейінгі шұғыл көмек көрсету тәсілдерін қолданады');
    const body = await admin.json<{ suggestions: { itemId: string; kind: string; kk: string; score: number }[] }>(
      'GET',
      `/v1/orgs/${orgId}/programmes:suggest?card=3412-0-008&level=4&text=${text}`,
    );
    expect(body.suggestions[0]).toMatchObject({ itemId: '3412-0-008.4.f1.t1.k11', kind: 'knowledge' });
    const tooLong = await admin.request(
      'GET',
      `/v1/orgs/${orgId}/programmes:suggest?card=3412-0-008&level=4&text=${'а'.repeat(2001)}`,
    );
    expect(tooLong.status).toBe(400);
  });
});
