import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseCsv, stringifyCsv, toRecords } from './csv.js';

describe('csv', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM and Kazakh text', () => {
    const text = '\uFEFFid;card;note\r\n1;"2635-3-001";"Әлеуметтік ""маман""; аға"\r\n2;3412-0-008;\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'card', 'note'],
      ['1', '2635-3-001', 'Әлеуметтік "маман"; аға'],
      ['2', '3412-0-008', ''],
    ]);
    expect(toRecords(parseCsv(text))[0]).toEqual({ id: '1', card: '2635-3-001', note: 'Әлеуметтік "маман"; аға' });
  });

  it('round-trips any table of strings (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const table = [['a', 'b', 'c'], ...rows];
          const back = parseCsv(stringifyCsv(table));
          // What comes back is the text as written, with formula-like texts neutralised.
          const nonBlank = table.filter((r) => r.some((f) => f.trim() !== '')).map((r) => r.map(neutraliseFormula));
          expect(back).toEqual(nonBlank);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('neutralises texts a spreadsheet would run as formulas (CSV injection), and leaves numbers alone', () => {
    const rows = [
      ['=HYPERLINK("http://x.example","click")', '+7 701 234 56 78', '-2+3', '@SUM(A1)', '\tx', '\r=1', 'ok'],
      [-5, -0.5, '-5', '+0.5', 3, 'a=b', ''],
    ];
    expect(parseCsv(stringifyCsv(rows))).toEqual([
      [`'=HYPERLINK("http://x.example","click")`, "'+7 701 234 56 78", "'-2+3", "'@SUM(A1)", "'\tx", "'\r=1", 'ok'],
      ['-5', '-0.5', '-5', '+0.5', '3', 'a=b', ''],
    ]);
  });
});
