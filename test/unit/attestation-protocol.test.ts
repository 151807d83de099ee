/**
 * The attestation commission's protocol PDF: rendered in Kazakh, Russian and English, its text
 * read back with poppler's `pdftotext` (name, category word, valid-until date, reason, labels),
 * the appeal section only when there is an appeal, a footer on every page, embedded fonts, and
 * the same bytes for the same input.
 *
 * Text assertions need poppler's `pdftotext`/`pdffonts`; without them they are skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AttestationProtocolInput,
  attestationProtocolFileName,
  renderAttestationProtocol,
} from '../../src/exports/pdf/attestation-protocol.js';

const has = (tool: string) => spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;
const hasPoppler = has('pdftotext') && has('pdffonts');
const NO_POPPLER = 'pdftotext/pdffonts (poppler-utils) are not installed: the PDF text assertions are skipped';

/** Whitespace (line breaks of the layout) collapsed. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

const REASON =
  'Тестілеу мен әңгімелесудің нәтижелері бірінші санаттың талаптарына сәйкес келеді; кәсіби этиканы және арнаулы әлеуметтік қызметтер стандарттарын жақсы біледі.';

function input(overrides: Partial<AttestationProtocolInput> = {}): AttestationProtocolInput {
  return {
    lang: 'kk',
    org: { name: '«Шаңырақ» арнаулы әлеуметтік қызметтер көрсету орталығы' },
    number: '12/2026',
    date: '2026-06-08',
    person: {
      fullName: 'Серікқызы Әлия Қанатқызы',
      personnelNo: 'T-0042',
      position: 'Әлеуметтік жұмыс жөніндегі маман',
      card: { code: '2635-3-001', level: 5, name: 'Әлеуметтік жұмыс жөніндегі маман' },
    },
    commission: { chair: 'Нұрланов Ғалым', members: ['Үсенова Өркен', 'Іскаков Ұлан'], secretary: 'Жақыпова Һаджар' },
    stages: {
      testing: { score: 42, max: 60, passed: true, date: '2026-06-01' },
      interview: { date: '2026-06-05', notes: 'Жағдай талдауы сенімді', passed: true },
    },
    decision: { outcome: 'assigned', category: 'first', validUntil: '2029-06-08', reason: REASON },
    basis: 'Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 8 маусымдағы № 210 бұйрығы',
    generatedAt: new Date('2026-06-08T10:00:00Z'),
    ...overrides,
  };
}

const APPEAL = { filedOn: '2026-06-15', text: 'Жоғары санат беруді сұраймын', outcome: 'Шешім өзгеріссіз қалдырылды' };

describe('attestation protocol PDF', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kasip-protocol-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  let count = 0;
  /** Renders, saves, and gives the bytes, the file, and the text of all pages (or one page). */
  async function render(value: AttestationProtocolInput) {
    const bytes = await renderAttestationProtocol(value);
    const file = path.join(dir, `p${++count}.pdf`);
    writeFileSync(file, bytes);
    const text = (page?: number) =>
      flat(run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-']));
    return { bytes, file, text };
  }

  it('is an A4 PDF', async () => {
    const { bytes } = await render(input());
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
  });

  it('in Kazakh: the title, person, stages, category word, valid-until date and reason can be read back', async (ctx) => {
    if (!hasPoppler) ctx.skip(NO_POPPLER);
    const text = (await render(input())).text();
    expect(text).toContain('Аттестаттау комиссиясы отырысының хаттамасы № 12/2026');
    expect(text).toContain('Отырыс күні: 08.06.2026');
    expect(text).toContain('Серікқызы Әлия Қанатқызы');
    expect(text).toContain('Табель нөмірі: T-0042');
    expect(text).toContain('2635-3-001 · Әлеуметтік жұмыс жөніндегі маман, 5-деңгей');
    expect(text).toContain('60 балдың 42 балы (70 %)');
    expect(text).toContain('Өткізілген күні: 01.06.2026');
    expect(text).toContain('Біліктілік санаты берілсін');
    expect(text).toContain('Біліктілік санаты: бірінші санат');
    expect(text).toContain('08.06.2029 дейін');
    expect(text).toContain(flat(REASON));
    expect(text).toContain('Төраға: Нұрланов Ғалым');
    expect(text).toContain('Комиссия хатшысы');
    expect(text).toContain('(қолы)');
    expect(text).not.toContain('2029-06-08');
  });

  it('in Russian: Russian labels and category word around the same entered text', async (ctx) => {
    if (!hasPoppler) ctx.skip(NO_POPPLER);
    const text = (await render(input({ lang: 'ru', decision: { ...input().decision, category: 'higher' } }))).text();
    expect(text).toContain('Протокол заседания аттестационной комиссии № 12/2026');
    expect(text).toContain('Дата заседания: 08.06.2026');
    expect(text).toContain('Квалификационная категория: высшая категория');
    expect(text).toContain('Срок действия категории: до 08.06.2029');
    expect(text).toContain('42 из 60 баллов (70 %)');
    expect(text).toContain('Серікқызы Әлия Қанатқызы');
    expect(text).toContain(flat(REASON));
    expect(text).toContain('Председатель комиссии');
    expect(text).not.toContain('Біліктілік санаты');
  });

  it('in English for reviewers', async (ctx) => {
    if (!hasPoppler) ctx.skip(NO_POPPLER);
    const text = (await render(input({ lang: 'en' }))).text();
    expect(text).toContain('Minutes of the attestation commission meeting No. 12/2026');
    expect(text).toContain('Qualification category: first category');
    expect(text).toContain('Category valid: until 08.06.2029');
  });

  it('prints the appeal section only when there is an appeal', async (ctx) => {
    if (!hasPoppler) ctx.skip(NO_POPPLER);
    const without = (await render(input())).text();
    expect(without).not.toContain('Апелляция');
    expect(without).not.toContain(APPEAL.text);
    const withAppeal = (await render(input({ appeal: APPEAL }))).text();
    expect(withAppeal).toContain('Апелляция');
    expect(withAppeal).toContain('Берілген күні: 15.06.2026');
    expect(withAppeal).toContain(`Мазмұны: ${APPEAL.text}`);
    expect(withAppeal).toContain(`Қарау нәтижесі: ${APPEAL.outcome}`);
    const pending = (await render(input({ lang: 'ru', appeal: { ...APPEAL, outcome: undefined } }))).text();
    expect(pending).toContain('Результат рассмотрения: на рассмотрении');
  });

  it('says a stage was not held, and prints a dash for no category', async (ctx) => {
    if (!hasPoppler) ctx.skip(NO_POPPLER);
    const text = (
      await render(
        input({
          stages: {},
          decision: { outcome: 'not-passed', category: null, validUntil: null, reason: 'Тестілеуге келмеді' },
        }),
      )
    ).text();
    expect(text).toContain('1. Тестілеу өткізілген жоқ 2. Әңгімелесу өткізілген жоқ');
    expect(text).toContain('Аттестаттаудан өтпеді');
    expect(text).toContain('Біліктілік санаты: —');
    expect(text).toContain('Санаттың жарамдылық мерзімі: —');
  });

  it('has the footer with "page N of M" on every page of a long protocol', async (ctx) => {
    if (!hasPoppler) ctx.skip(NO_POPPLER);
    const members = Array.from({ length: 14 }, (_, i) => `Мүше ${i + 1} Қасымұлы`);
    const { text, file } = await render(input({ commission: { chair: 'Нұрланов Ғалым', members } }));
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      expect(text(page)).toContain(`Хаттама № 12/2026 · жасалған күні 08.06.2026 · ${pages} беттің ${page}-беті`);
    }
    // Every member has a signature line.
    expect(text().match(/Комиссия мүшесі/g)).toHaveLength(members.length);
    expect(text()).toContain('Мүше 14 Қасымұлы');
  });

  it('embeds its fonts as subsets with a Unicode map', async (ctx) => {
    if (!hasPoppler) ctx.skip(NO_POPPLER);
    const { file } = await render(input());
    const rows = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('gives the same bytes for the same input, other bytes for another generation time', async () => {
    const a = await renderAttestationProtocol(input());
    const b = await renderAttestationProtocol(input());
    expect(a.equals(b)).toBe(true);
    const c = await renderAttestationProtocol(input({ generatedAt: new Date('2026-06-09T10:00:00Z') }));
    expect(a.equals(c)).toBe(false);
  });

  it('refuses a malformed date instead of printing it', async () => {
    await expect(renderAttestationProtocol(input({ date: '2026-02-30' }))).rejects.toThrow(RangeError);
  });

  it('names the file with safe characters only', () => {
    expect(attestationProtocolFileName(input())).toBe('protocol-12_2026-T-0042.pdf');
  });
});
