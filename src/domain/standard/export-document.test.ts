import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { miniEdition } from '../../../test/support/mini-edition.js';
import { fromExportDocument, toExportDocument } from './export-document.js';

const fakeUuid = (id: string) => `uuid-of-${id}`;

describe('export document', () => {
  it('puts a uuid beside every id and reads back the same edition', async () => {
    const edition = await miniEdition();
    const doc = toExportDocument(edition, fakeUuid);
    expect(doc.format).toBe('kasip.edition');
    expect(doc.languages.find((l) => l.code === 'kk')?.official).toBe(true);
    expect(doc.languages.filter((l) => !l.official).map((l) => l.code)).toEqual(['ru', 'en']);
    const skill = (doc.cards[0] as { labourFunctions: { tasks: { skills: Record<string, unknown>[] }[] }[] })
      .labourFunctions[0]?.tasks[0]?.skills[0];
    expect(Object.keys(skill ?? {}).slice(0, 2)).toEqual(['id', 'uuid']);
    expect(skill?.uuid).toBe('uuid-of-1111-1-001.4.f1.t1.s1');
    const back = fromExportDocument(JSON.parse(JSON.stringify(doc)));
    expect(back).toEqual({ edition });
  });

  it('carries the review state of the translations, and refuses an unknown state naming its key', async () => {
    const edition = {
      ...(await miniEdition()),
      translationReviews: { en: { '1111-1-001.4#name': 'reviewed' as const } },
    };
    const doc = JSON.parse(JSON.stringify(toExportDocument(edition, fakeUuid)));
    expect(doc.translationReviews).toEqual({ en: { '1111-1-001.4#name': 'reviewed' } });
    expect(fromExportDocument(doc)).toEqual({ edition });
    doc.translationReviews.en['1111-1-001.4#name'] = 'approved';
    expect(fromExportDocument(doc)).toMatchObject({
      issues: [expect.objectContaining({ path: 'translationReviews.en.1111-1-001.4#name' })],
    });
    expect('translationReviews' in toExportDocument(await miniEdition(), fakeUuid)).toBe(false);
  });

  it('answers any value of translationReviews with the edition or placed issues, never a throw', async () => {
    const doc = JSON.parse(JSON.stringify(toExportDocument(await miniEdition(), fakeUuid)));
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const result = fromExportDocument({ ...doc, translationReviews: value });
        if ('issues' in result) {
          expect(result.issues.length).toBeGreaterThan(0);
          expect(result.issues.every((i) => i.path.startsWith('translationReviews'))).toBe(true);
        } else {
          const states = Object.values(result.edition.translationReviews ?? {}).flatMap((m) => Object.values(m));
          expect(states.every((state) => state === 'reviewed' || state === 'machine-draft')).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('names the path of every problem in a damaged document', async () => {
    const doc = JSON.parse(JSON.stringify(toExportDocument(await miniEdition(), fakeUuid)));
    doc.cards[1].labourFunctions[0].tasks[0].skills[0].kk = '';
    doc.terms[0].definition = 42;
    const result = fromExportDocument(doc);
    expect('issues' in result && result.issues.map((i) => i.path)).toEqual([
      'terms.0.definition',
      'cards.1.labourFunctions.0.tasks.0.skills.0.kk',
    ]);
  });

  it('refuses another format or version with a clear message', () => {
    expect(fromExportDocument({ format: 'other' })).toMatchObject({
      issues: expect.arrayContaining([{ path: 'format', message: '"format" must be "kasip.edition"' }]),
    });
    expect(fromExportDocument(null)).toMatchObject({ issues: [expect.objectContaining({ path: '' })] });
  });
});
