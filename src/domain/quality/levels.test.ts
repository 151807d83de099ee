import { beforeAll, describe, expect, it } from 'vitest';
import { cardAt, edit, lint, loadMini, setKnowledge, setSkills } from '../../../test/fixtures/quality/fixtures.js';
import type { Edition } from '../standard/edition.js';
import type { QualificationRule } from '../standard/schemas.js';

let base: Edition;
beforeAll(async () => {
  base = await loadMini();
});

const SKILLS = [
  'Сынақ жоспарын жасау және бекіту.',
  'Сынақ құралдарын дайындау.',
  'Сынақ нәтижелерін тіркеу.',
  'Сынақ есебін жазу және тапсыру.',
  'Сынақ қауіпсіздігін қамтамасыз ету.',
];

describe('same-content-across-levels', () => {
  it('is an error when a level repeats the skills of the level below', () => {
    const e = edit(base, (x) => {
      setSkills(x, 0, SKILLS);
      setSkills(
        x,
        1,
        SKILLS.map((s) => s.replace(/\.$/, ';')),
      );
    });
    const found = lint(e, 'same-content-across-levels');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        location: expect.objectContaining({ itemId: '1111-1-001.5.f1.t1.s1' }),
      }),
    ]);
    expect(found[0]?.message.en).toBe(
      'The skills of this level are the same as on the level 4 card of the same profession, so the levels do not differ.',
    );
  });

  it('is a warning when most items are the same', () => {
    const e = edit(base, (x) => {
      setKnowledge(x, 0, SKILLS);
      setKnowledge(x, 1, [...SKILLS.slice(0, 4), 'Сынақ нәтижелерін талдау және қорытындылау әдістері.']);
    });
    const found = lint(e, 'same-content-across-levels');
    expect(found.map((f) => [f.severity, f.evidence?.similarity])).toEqual([['warning', 0.8]]);
  });

  it('accepts levels with different content', () => {
    expect(lint(base, 'same-content-across-levels')).toEqual([]);
  });
});

const rule = (id: string, category: QualificationRule['category'], years?: number): QualificationRule => ({
  id,
  ...(category ? { category } : {}),
  kk: `${category}: техникалық және кәсіптік білім${years ? ` және кемінде ${years} жыл жұмыс өтілі` : ''};`,
  source: { lines: [29, 29] },
  education: [{ minLevel: 'tvet' }],
  ...(years === undefined ? {} : { experience: { minYears: years } }),
});

describe('same-requirements-across-levels', () => {
  it('finds identical requirements on two levels of one profession', () => {
    const e = edit(base, (x) => {
      const [lower, higher] = [cardAt(x, 0), cardAt(x, 1)];
      higher.qualification = JSON.parse(JSON.stringify(lower.qualification).replaceAll('1111-1-001.4', '1111-1-001.5'));
    });
    expect(lint(e, 'same-requirements-across-levels')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: expect.objectContaining({ itemId: '1111-1-001.5.q1' }),
      }),
    ]);
  });

  it('accepts requirements that differ', () => {
    expect(lint(base, 'same-requirements-across-levels')).toEqual([]);
  });
});

describe('experience-not-increasing', () => {
  const withRules = (rules: QualificationRule[]) =>
    edit(base, (x) => {
      const group = cardAt(x, 1).qualification.groups[0];
      if (group) group.rules = rules;
    });

  it('is an error when a higher category asks for fewer years', () => {
    const found = lint(
      withRules([
        rule('1111-1-001.5.q1', 'first', 2),
        rule('1111-1-001.5.q2', 'second', 3),
        rule('1111-1-001.5.q3', 'none'),
      ]),
      'experience-not-increasing',
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: 'error', location: expect.objectContaining({ itemId: '1111-1-001.5.q1' }) }),
    ]);
    expect(found[0]?.message.en).toBe(
      'The first category asks for 2 years of experience, fewer than the 3 years asked for the lower second category.',
    );
  });

  it('is a warning when two categories ask for the same years', () => {
    const found = lint(
      withRules([
        rule('1111-1-001.5.q1', 'higher', 3),
        rule('1111-1-001.5.q2', 'first', 2),
        rule('1111-1-001.5.q3', 'second', 2),
      ]),
      'experience-not-increasing',
    );
    expect(found.map((f) => [f.severity, f.location.itemId])).toEqual([['warning', '1111-1-001.5.q2']]);
  });

  it('accepts growing thresholds and rules without categories', () => {
    expect(
      lint(
        withRules([
          rule('1111-1-001.5.q1', 'higher', 3),
          rule('1111-1-001.5.q2', 'first', 2),
          rule('1111-1-001.5.q3', 'second', 1),
          rule('1111-1-001.5.q4', 'none'),
        ]),
        'experience-not-increasing',
      ),
    ).toEqual([]);
    expect(lint(withRules([rule('1111-1-001.5.q1', undefined, 2)]), 'experience-not-increasing')).toEqual([]);
  });
});

describe('education-level-mismatch', () => {
  it('finds requirements below or above the education level, other fields, and experience in the cell', () => {
    const e = edit(base, (x) => {
      const lower = cardAt(x, 0);
      const q1 = lower.qualification.groups[0]?.rules[0];
      if (q1) q1.education = [{ minLevel: 'tvet' }, { minLevel: 'basic-secondary', certificate: 'social-training' }];
      const higher = cardAt(x, 1);
      higher.educationLevel.levels = ['tvet'];
      higher.educationLevel.fields = ['social', 'pedagogical'];
      higher.educationLevel.kk = 'Техникалық және кәсіптік білім және кемінде 2 жыл жұмыс өтілі';
      const q2 = higher.qualification.groups[0]?.rules[1];
      if (q2) q2.education = [{ minLevel: 'higher', fields: ['social', 'medical'] }];
    });
    const found = lint(e, 'education-level-mismatch');
    expect(found.map((f) => [f.severity, f.location.itemId ?? f.location.path, f.evidence?.details ?? null])).toEqual([
      ['warning', '1111-1-001.4.q1', { ruleLevel: 'basic-secondary', cellLevels: ['tvet'] }],
      ['warning', '1111-1-001.5.q1', { ruleLevel: 'higher', cellLevels: ['tvet'] }],
      ['warning', '1111-1-001.5.q2', { ruleLevel: 'higher', cellLevels: ['tvet'] }],
      ['info', '1111-1-001.5.q2', { extra: ['medical'], missing: ['pedagogical'] }],
      ['info', '1111-1-001.5', null],
    ]);
  });

  it('accepts requirements within the stated education level', () => {
    expect(lint(base, 'education-level-mismatch')).toEqual([]);
  });
});
