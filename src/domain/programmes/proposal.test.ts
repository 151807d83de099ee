import { beforeAll, describe, expect, it } from 'vitest';
import { readEdition } from '../../importer/read-edition.js';
import { BUNDLED_EDITION } from '../../../test/support/paths.js';
import { cardEntries } from '../assessment/coverage.js';
import type { Card } from '../standard/schemas.js';
import { coverageReport } from './coverage.js';
import { programmeContentSchema } from './programme.js';
import { proposeProgramme } from './proposal.js';

describe('a programme proposed from a real card (3412-0-008 level 4)', () => {
  let card: Card;
  beforeAll(async () => {
    const edition = await readEdition(BUNDLED_EDITION);
    const found = edition.cards.find((c) => c.code.value === '3412-0-008' && c.level.value === 4);
    if (!found) throw new Error('the bundled edition lacks 3412-0-008/4');
    card = found;
  });

  it('has a module per labour function, an outcome per task linking its items, a criterion per skill', () => {
    const proposal = proposeProgramme(card, { type: 'tvet-modular', lang: 'kk', editionId: 'order-262-2023' });
    expect(programmeContentSchema.safeParse(proposal).success).toBe(true);
    expect(proposal.modules).toHaveLength(card.labourFunctions.length);
    const [first] = proposal.modules;
    const task = card.labourFunctions[0]?.tasks[0];
    expect(first).toMatchObject({ id: 'm1', code: 'КМ 01', kind: 'professional', hours: { theory: 0, practice: 0 } });
    expect(first?.outcomes[0]?.itemIds).toEqual([
      ...(task?.skills.map((s) => s.id) ?? []),
      ...(task?.knowledge.map((k) => k.id) ?? []),
    ]);
    expect(first?.outcomes[0]?.criteria).toHaveLength(task?.skills.length ?? -1);
    expect(first?.outcomes[0]?.method).toBe('practical-task');
    // The criterion is the skill's official text, without the list's trailing punctuation.
    expect(first?.outcomes[0]?.criteria[2]?.text).toBe('Тамақ дайындауға көмек көрсету');
    expect(proposal.volume).toEqual({ unit: 'hours', value: 0 });
    expect(proposal.title).toMatch(/^Білім беру бағдарламасы: .+ \(4\)$/);
  });

  it('covers every item of the card, in theory only until practice hours are given', () => {
    const proposal = proposeProgramme(card, { type: 'tvet-modular', lang: 'kk', editionId: 'e' });
    const report = coverageReport(proposal, [card]);
    expect(report.blockers).toEqual([]);
    expect(report.rows).toHaveLength(cardEntries(card).length);
    expect(report.totals.theoryOnlySkills).toBe(report.totals.skills);
  });

  it('counts credits for a university, in the language asked', () => {
    const proposal = proposeProgramme(card, {
      type: 'higher-education',
      lang: 'ru',
      editionId: 'e',
      title: '  Социальный работник ',
      volume: 60,
    });
    expect(proposal).toMatchObject({
      title: 'Социальный работник',
      volume: { unit: 'credits', value: 60 },
      lang: 'ru',
    });
    expect(proposal.modules[0]?.code).toBe('ПМ 01');
  });
});
