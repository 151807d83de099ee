/**
 * Importing a curriculum on the new-programme page in a real browser, in Kazakh, at 360 px: a
 * programme designer uploads the college's XLSX (made here with exceljs: two modules, three
 * learning outcomes, one hours cell that is not a number), sees the preview — modules and
 * outcomes read, links suggested, the warning naming its sheet, row and column — creates the
 * programme and lands on its page; the suggestions are in the document, pending review. A Russian
 * curriculum in a Word table becomes a Russian programme's preview. A file
 * without a curriculum header is refused under the file field in Kazakh, and a file over 10 MB
 * is refused before it is sent.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { apiSession, expectNoSidewaysScroll, openPage } from './support/account-helpers.js';
import {
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import { ADMIN, type Person, invite, signIn } from './support/hr-helpers.js';

warnWithoutChromium('the curriculum import tests');

const DESIGNER: Person = {
  email: 'methodist@college.kz',
  password: 'methodist password 2024',
  name: 'Сәуле Қайратқызы',
};

let browser: Browser;
let served: Served;
let orgId: string;
let dir: string;
/** Two skills of 2635-3-001/5 in their official words: an outcome that says them is surely linked. */
let skills: { id: string; kk: string }[];

async function workbook(file: string, rows: (string | number)[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Оқу жоспары');
  for (const row of rows) sheet.addRow(row);
  await book.xlsx.writeFile(file);
}

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  dir = await mkdtemp(path.join(tmpdir(), 'kasip-curriculum-'));
  await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
  const admin = await apiSession(served.baseUrl, ADMIN.email, ADMIN.password);
  ({ id: orgId } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Қарағанды жоғары медициналық колледжі',
    kind: 'education-provider',
  }));
  await invite(served, admin, orgId, DESIGNER, ['org-admin']);
  const { card } = (await (await fetch(`${served.baseUrl}/api/v1/cards/2635-3-001/5`)).json()) as {
    card: { labourFunctions: { tasks: { skills: { id: string; kk: string }[] }[] }[] };
  };
  skills = card.labourFunctions.flatMap((f) => f.tasks.flatMap((t) => t.skills)).slice(0, 2);
  expect(skills).toHaveLength(2);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function chooseImport(page: Page) {
  await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/new`);
  await page.getByLabel('Кәсіптік стандарт карточкасы').selectOption('2635-3-001/5');
  await page.getByTestId('start-import').check();
}

describe.skipIf(!hasChromium)('importing a curriculum', () => {
  it('reads the XLSX, shows the preview with its warning, and creates the programme', async () => {
    const file = path.join(dir, 'оқу-жоспары.xlsx');
    await workbook(file, [
      ['«Әлеуметтік жұмыс» мамандығының оқу жоспары'],
      [],
      ['Модуль коды', 'Модуль атауы', 'Оқыту нәтижелері', 'Бағалау критерийлері', 'Теория', 'Практика'],
      ['КМ 01', 'Әлеуметтік қызмет көрсету', skills[0]?.kk ?? '', '1) Талаптарды біледі\n2) Құжатты толтырады', 24, 48],
      // A blank module cell continues the module above (merged cells).
      ['', '', skills[1]?.kk ?? '', '• Жоспар құрады'],
      [
        'КМ 02',
        'Кәсіби этика',
        'Әлеуметтік қызметкердің әдеп нормаларын сақтайды',
        'Этика кодексін түсіндіреді',
        30,
        'көп',
      ],
    ]);

    const { context, page, errors } = await openPage(browser, { width: 360, height: 740 }, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    await chooseImport(page);
    await page.getByTestId('new-file').setInputFiles(file);
    await expectNoSidewaysScroll(page, 'the import form at 360 px');
    await page.getByTestId('new-submit').click();

    const preview = page.getByTestId('prog-preview');
    await preview.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('preview-title');
    expect(await page.getByTestId('preview-count-modules').textContent()).toBe('2');
    expect(await page.getByTestId('preview-count-outcomes').textContent()).toBe('3');
    const suggested = Number(await page.getByTestId('preview-count-suggestions').textContent());
    expect(suggested).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('import-report').textContent()).toContain('«оқу-жоспары.xlsx» файлы (XLSX) оқылды.');
    // The warning names the sheet, the row and the column, in Kazakh.
    const warnings = page.getByTestId('import-warnings').locator('tbody tr');
    expect(await warnings.count()).toBe(1);
    const warning = (await warnings.first().textContent()) ?? '';
    expect(warning).toContain('Оқу жоспары');
    expect(warning).toContain('6-жол');
    expect(warning).toContain('«көп» сан емес, 0 деп алынды.');
    expect(await page.getByTestId('preview-modules').locator('tbody tr').first().textContent()).toContain(
      'Әлеуметтік қызмет көрсету',
    );
    await expectNoSidewaysScroll(page, 'the import preview at 360 px');

    await page.getByTestId('create-programme').click();
    await page.waitForURL(/\/orgs\/[^/]+\/programmes\/[0-9a-f-]{36}$/, { timeout: 30_000 });

    // The document keeps the suggestions for the editor, pending; nothing is linked until accepted.
    const api = await apiSession(served.baseUrl, DESIGNER.email, DESIGNER.password);
    const stored = await api<{
      content: {
        modules: {
          code: string;
          hours: { theory: number; practice: number };
          outcomes: {
            itemIds: string[];
            criteria: { text: string }[];
            suggestions: { itemId: string; state: string }[];
          }[];
        }[];
      };
    }>('GET', `/v1/orgs/${orgId}/programmes/${page.url().split('/').at(-1)}`);
    const [first] = stored.content.modules;
    expect(stored.content.modules.map((m) => m.code)).toEqual(['КМ 01', 'КМ 02']);
    expect(first?.outcomes).toHaveLength(2);
    expect(first?.outcomes[0]?.criteria.map((c) => c.text)).toEqual(['Талаптарды біледі', 'Құжатты толтырады']);
    const pending = stored.content.modules.flatMap((m) => m.outcomes.flatMap((o) => o.suggestions));
    expect(pending.length).toBe(suggested);
    expect(pending.every((s) => s.state === 'pending')).toBe(true);
    expect(pending.map((s) => s.itemId)).toContain(skills[0]?.id);
    expect(stored.content.modules.flatMap((m) => m.outcomes.flatMap((o) => o.itemIds))).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a Russian curriculum from a Word table into a Russian programme', async () => {
    const row = (cells: string[]) =>
      new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Рабочая учебная программа'),
            new Table({
              rows: [
                row(['Код модуля', 'Наименование модуля', 'Результаты обучения', 'Критерии оценки', 'Часы']),
                row([
                  'ПМ 01',
                  'Социальное обслуживание на дому',
                  'Оформляет документы получателя услуг',
                  'Заполняет акт',
                  '36',
                ]),
                row(['', '', 'Соблюдает санитарные требования при уходе', 'Убирает помещение', '']),
              ],
            }),
          ],
        },
      ],
    });
    const file = path.join(dir, 'программа.docx');
    await writeFile(file, await Packer.toBuffer(doc));

    const { context, page, errors } = await openPage(browser, undefined, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    await chooseImport(page);
    await page.getByTestId('new-lang').selectOption('ru');
    await page.getByTestId('new-file').setInputFiles(file);
    await page.getByTestId('new-submit').click();
    await page.getByTestId('prog-preview').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-report').textContent()).toContain('«программа.docx» файлы (DOCX) оқылды.');
    expect(await page.getByTestId('preview-count-modules').textContent()).toBe('1');
    expect(await page.getByTestId('preview-count-outcomes').textContent()).toBe('2');
    expect(await page.getByTestId('preview-title').getAttribute('lang')).toBe('ru');
    expect(await page.getByTestId('preview-modules').textContent()).toContain('Социальное обслуживание на дому');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in Kazakh under the file field why a file is refused', async () => {
    const noHeader = path.join(dir, 'тізім.xlsx');
    await workbook(noHeader, [
      ['Аты-жөні', 'Телефон'],
      ['Асан Үсенов', '+7 700 000 0000'],
    ]);
    const big = path.join(dir, 'үлкен.xlsx');
    await writeFile(big, Buffer.alloc(10 * 1024 * 1024 + 1));

    const { context, page } = await openPage(browser, undefined, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    await chooseImport(page);

    // No file chosen: said under the field, nothing sent.
    await page.getByTestId('new-submit').click();
    expect(await page.getByTestId('new-error-file').textContent()).toBe('Файлды таңдаңыз.');

    // Over 10 MB: refused before the upload.
    await page.getByTestId('new-file').setInputFiles(big);
    await page.getByTestId('new-submit').click();
    expect(await page.getByTestId('new-error-file').textContent()).toBe('Файл тым үлкен: 10 МБ-тан аспауы керек.');

    // No curriculum header: the server's Kazakh sentence, under the field, which gets the focus.
    await page.getByTestId('new-file').setInputFiles(noHeader);
    await page.getByTestId('new-submit').click();
    const refusal = page.getByTestId('new-error-file');
    await expect.poll(() => refusal.textContent(), { timeout: 30_000 }).toContain('тақырып жолы табылмады');
    expect(await page.getByTestId('prog-preview').count()).toBe(0);
    expect(await page.getByTestId('new-file').evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });
});
