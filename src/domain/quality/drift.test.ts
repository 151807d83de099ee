import { beforeAll, describe, expect, it } from 'vitest';
import {
  addCard,
  cardAt,
  edit,
  lint,
  loadMini,
  setKnowledge,
  setSkills,
} from '../../../test/fixtures/quality/fixtures.js';
import type { Edition } from '../standard/edition.js';

let base: Edition;
beforeAll(async () => {
  base = await loadMini();
});

const CARE = [
  'Қарттарға үйде әлеуметтік-тұрмыстық көмек көрсету.',
  'Азық-түлік сатып алуға көмектесу.',
  'Тұрғын үй-жайды жинауға көмектесу.',
  'Туыстарымен байланысты қолдау.',
];

describe('domain-drift', () => {
  it('finds clinical vocabulary in a card whose profession is not clinical', () => {
    const e = edit(base, (x) => setSkills(x, 1, [...CARE, 'Пациенттерді ұзақ клиникалық бақылауды жүзеге асыру.']));
    const found = lint(e, 'domain-drift');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: expect.objectContaining({ itemId: '1111-1-001.5.f1.t1.s5' }),
      }),
    ]);
    expect(found[0]?.evidence?.details).toEqual({
      domain: 'clinical',
      words: ['пациенттерді', 'клиникалық'],
      inCard: [1, 1],
      inStandard: [1, 1],
    });
    expect(found[0]?.message.en).toBe(
      "Skill 5 (labour function 1, task 1) uses clinical vocabulary («пациенттерді», «клиникалық») although the card's profession is not in that field: the text was probably copied from another profile.",
    );
  });

  it("accepts a field named in the card's name or used throughout the card", () => {
    const named = edit(base, (x) => {
      setSkills(x, 1, [...CARE, 'Пациенттерді ұзақ клиникалық бақылауды жүзеге асыру.']);
      cardAt(x, 1).name.kk = 'Клиникалық сынақ маманы';
    });
    expect(lint(named, 'domain-drift')).toEqual([]);
    const throughout = edit(base, (x) => {
      setSkills(x, 1, ['Пациенттің шағымдарын тіркеу.', 'Пациентті стационарға дайындау.']);
      setKnowledge(x, 1, ['Клиникалық хаттамалар.']);
    });
    expect(lint(throughout, 'domain-drift')).toEqual([]);
  });

  it('accepts a field that most cards of the standard share', () => {
    const e = edit(base, (x) => {
      setSkills(x, 0, [...CARE, 'Пациенттерге күтім жасау.']);
      setSkills(x, 1, [...CARE, 'Пациенттерге күтім жасау.']);
      addCard(x, '2222-2-002', 6, 'Күтім жөніндегі маман');
    });
    expect(lint(e, 'domain-drift')).toEqual([]);
    expect(lint(base, 'domain-drift')).toEqual([]);
  });
});
