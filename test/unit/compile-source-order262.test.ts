/** The compiled text on the real standard: every text of Order 262 stays faithful to it. */
import { describe, expect, it } from 'vitest';
import { fidelityReport } from '../../src/domain/standard/fidelity.js';
import { checkInvariants } from '../../src/domain/standard/invariants.js';
import { compileSourceText } from '../../src/domain/workbench/compile-source.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { BUNDLED_EDITION } from '../support/paths.js';

describe('compileSourceText on Order 262', () => {
  it('gives a text every item is faithful to, with no uncovered line', async () => {
    const edition = await readEdition(BUNDLED_EDITION);
    const compiled = compileSourceText(edition);
    const report = fidelityReport(compiled);
    expect(report.textsChecked).toBe(fidelityReport(edition).textsChecked);
    expect(report.problems).toEqual([]);
    expect(report.uncovered).toEqual([]);
    expect(checkInvariants(compiled).filter((i) => i.severity === 'error')).toEqual([]);
  });
});
