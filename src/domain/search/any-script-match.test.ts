import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyScriptMatcher } from './any-script-match.js';

const names = ['Әлеуметтік қызметкер', 'Социальный работник', 'Social worker', '3412-0-008'];
const psychologist = ['Әлеуметтік психолог', 'Социальный психолог', 'Social psychologist', '2634-9-004'];

describe('anyScriptMatcher', () => {
  it.each([
    'әлеуметтік қызметкер',
    'ӘЛЕУМЕТТІК',
    'элеуметтик кызметкер',
    'алеуметтик кызметкер',
    'қызметкер әлеуметтік',
    'äleumettık qyzmetker',
    'áleýmettik qyzmetker',
    'aleumettik kyzmetker',
    'социальный',
    'social worker',
    '3412',
    '',
  ])('finds the social worker by «%s»', (query) => {
    expect(anyScriptMatcher(query)(names)).toBe(true);
  });

  it.each(['психолог', 'psiholog', 'kyzmetker psikholog', 'worker 2634'])('does not find it by «%s»', (query) => {
    expect(anyScriptMatcher(query)(names)).toBe(false);
  });

  it('finds the psychologist in Latin script', () => {
    expect(anyScriptMatcher('psikholog')(psychologist)).toBe(true);
    expect(anyScriptMatcher('psíhologtyń')(psychologist)).toBe(false);
    expect(anyScriptMatcher("psi'holog")(psychologist)).toBe(true);
  });

  it('answers any query, however long or strange, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        expect(typeof anyScriptMatcher(query)(names)).toBe('boolean');
      }),
      { numRuns: 100 },
    );
    expect(anyScriptMatcher('қ'.repeat(10_000))(names)).toBe(false);
  });
});
