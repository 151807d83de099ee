/**
 * Taking an uploaded curriculum apart (src/importer/curriculum-file.ts, curriculum-form.ts):
 * a workbook's sheets with merged cells blank below their first row, a Word document's tables
 * with vertical merges, the form's fields; and hostile input (random bytes, damaged and
 * oversized zips, random HTML) answered with a reason, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCurriculum } from '../../src/domain/programmes/curriculum.js';
import { UNREADABLE_REASONS, curriculumFileSchema } from '../../src/domain/programmes/curriculum-table.js';
import { curriculumTemplate } from '../../src/domain/programmes/curriculum-template.js';
import { tableToXlsx } from '../../src/exports/table-xlsx.js';
import { htmlTables, readCurriculumFile } from '../../src/importer/curriculum-file.js';
import { readCurriculumForm } from '../../src/importer/curriculum-form.js';
import { curriculumDocx, curriculumXlsx } from '../fixtures/programmes/curriculum-files.js';

const formBytes = async (form: FormData) => {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return new Uint8Array(await request.arrayBuffer());
};

describe('readCurriculumFile', () => {
  it('reads a workbook: the title line kept as a row, merged module cells blank below their first row', async () => {
    const file = await readCurriculumFile(await curriculumXlsx());
    expect('tables' in file && file.format).toBe('xlsx');
    if (!('tables' in file)) return;
    expect(file.tables).toHaveLength(1);
    const [table] = file.tables;
    expect(table?.name).toBe('Оқу жоспары');
    expect(table?.rows[2]?.slice(0, 2)).toEqual(['КМ 01', 'Үйде әлеуметтік-тұрмыстық қызмет көрсету']);
    expect(table?.rows[3]?.slice(0, 2)).toEqual(['', '']);
    const read = readCurriculum(file.tables, 'kk');
    expect(read.ok && read.modules.map((m) => [m.code, m.hours, m.outcomes.length])).toEqual([
      ['КМ 01', { theory: 24, practice: 48 }, 2],
      ['КМ 02', { theory: 10, practice: 20 }, 1],
    ]);
  });

  it('reads a Word document: every table, merged cells blank below their first row', async () => {
    const file = await readCurriculumFile(await curriculumDocx());
    expect('tables' in file && file.format).toBe('docx');
    if (!('tables' in file)) return;
    expect(file.tables.map((t) => t.rows.length)).toEqual([1, 3]);
    expect(file.tables[1]?.rows[2]).toEqual([
      '',
      '',
      'Соблюдает санитарно-гигиенические требования при уходе за пожилыми людьми',
      '— Соблюдает правила гигиены',
      '',
    ]);
    const read = readCurriculum(file.tables, 'ru');
    expect(read.ok && read.modules[0]?.outcomes.map((o) => o.criteria.map((c) => c.text))).toEqual([
      ['Заполняет квитанцию', 'Сверяет показания'],
      ['Соблюдает правила гигиены'],
    ]);
  });

  it('answers a reason for what is not a workbook or a document', async () => {
    expect(await readCurriculumFile(new Uint8Array())).toEqual({ unreadable: 'not-a-file' });
    expect(await readCurriculumFile(new TextEncoder().encode('Модуль;Нәтиже'))).toEqual({
      unreadable: 'unknown-format',
    });
    const xlsx = await curriculumXlsx();
    expect(await readCurriculumFile(xlsx.slice(0, xlsx.length - 30))).toEqual({ unreadable: 'damaged' });
  });

  it('refuses a zip that declares more than it may unpack to, before unpacking it', async () => {
    const xlsx = await curriculumXlsx();
    const bomb = new Uint8Array(xlsx);
    const view = new DataView(bomb.buffer);
    // The first central directory entry's uncompressed size, set to 1 GB.
    for (let at = bomb.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x06054b50) {
        const directory = view.getUint32(at + 16, true);
        view.setUint32(directory + 24, 1024 * 1024 * 1024, true);
        break;
      }
    }
    expect(await readCurriculumFile(bomb)).toEqual({ unreadable: 'too-large' });
  });

  it('never throws on random bytes or damaged workbooks and documents, and answers the schema', async () => {
    const xlsx = await curriculumXlsx();
    const docx = await curriculumDocx();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc
            .tuple(
              fc.constantFrom(xlsx, docx),
              fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
            )
            .map(([file, flips]) => {
              const copy = new Uint8Array(file);
              for (const [at, value] of flips) copy[at % copy.length] = value;
              return copy;
            }),
        ),
        async (bytes) => {
          const file = await readCurriculumFile(bytes);
          expect(curriculumFileSchema.safeParse(file).error).toBeUndefined();
          if ('unreadable' in file) expect(UNREADABLE_REASONS).toContain(file.unreadable);
          else readCurriculum(file.tables, 'kk');
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('the curriculum template', () => {
  it.each(['kk', 'ru', 'en'] as const)('reads back as the layout describes it (%s)', async (lang) => {
    const file = await readCurriculumFile(new Uint8Array(await tableToXlsx('curriculum', curriculumTemplate(lang))));
    if (!('tables' in file)) throw new Error(file.unreadable);
    const read = readCurriculum(file.tables, lang);
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.warnings).toEqual([]);
    expect(read.modules.map((m) => [m.kind, m.hours, m.outcomes.map((o) => [o.method, o.criteria.length])])).toEqual([
      [
        'professional',
        { theory: 24, practice: 48 },
        [
          ['practical-task', 2],
          ['observation', 1],
        ],
      ],
      ['practice', { theory: 0, practice: 72 }, [['portfolio', 1]]],
    ]);
  });
});

describe('htmlTables', () => {
  it('expands spans and keeps a nested table as its cell text', () => {
    const tables = htmlTables(
      '<table><tr><td colspan="2"><p>A</p></td><td rowspan="2">B</td></tr><tr><td>C &amp; D</td><td><table><tr><td>E</td></tr></table></td></tr><tr><td>F</td><td>G</td><td>H</td></tr></table>',
    );
    expect(tables).toEqual([
      {
        kind: 'table',
        name: '1',
        rows: [
          ['A', '', 'B'],
          ['C & D', 'E', ''],
          ['F', 'G', 'H'],
        ],
      },
    ]);
  });

  it('never throws on random markup', () => {
    const piece = fc.constantFrom(
      '<table>',
      '</table>',
      '<tr>',
      '</tr>',
      '<td rowspan="3">',
      '<td colspan="99999">',
      '</td>',
      '<p>',
      'text',
      '&#0;',
      '&#x110000;',
      '&amp;',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        for (const table of htmlTables(pieces.join(''))) expect(table.rows.every((row) => row.length <= 40)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readCurriculumForm', () => {
  it('reads the fields and the file of a form', async () => {
    const form = new FormData();
    form.append('card', '3412-0-008');
    form.append('level', '4');
    form.append('type', 'tvet-modular');
    form.append('lang', 'kk');
    form.append('file', new Blob([new Uint8Array(await curriculumXlsx())]), 'жоспар.xlsx');
    const read = await readCurriculumForm(await formBytes(form));
    expect({ ...read, file: 'format' in read.file ? read.file.format : read.file }).toEqual({
      card: '3412-0-008',
      level: '4',
      type: 'tvet-modular',
      lang: 'kk',
      file: 'xlsx',
    });
  });

  it('says there is no file when the form has none, or the body is not a form', async () => {
    const form = new FormData();
    form.append('card', '3412-0-008');
    expect((await readCurriculumForm(await formBytes(form))).file).toEqual({ unreadable: 'not-a-file' });
    expect((await readCurriculumForm(new TextEncoder().encode('card=1'))).file).toEqual({ unreadable: 'not-a-file' });
  });
});
