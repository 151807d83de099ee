import { describe, expect, it } from 'vitest';
import { miniEdition } from '../../../test/support/mini-edition.js';
import { computeCategory, rulesHash, staleness } from './stored-category.js';
import { staffRecordSchema } from './staff-record.js';

const edition = await miniEdition();
const found = edition.cards.find((c) => c.qualification.groups.some((g) => g.rules.length > 0));
if (!found) throw new Error('the mini edition has a card with rules');
const card = found;

describe('stored categories', () => {
  const record = staffRecordSchema.parse({
    personnelNo: 'T-1',
    fullName: 'Асанова Әйгерім',
    position: { cardCode: card.code.value, level: card.level.value, since: '2018-09-01' },
    education: { level: 'postgraduate', field: 'social' },
    experience: [{ category: 'none', from: '2000-01-01' }],
  });

  it('fingerprints the rules, not the rest of the card', () => {
    const renamed = { ...card, name: { ...card.name, kk: `${card.name.kk} (өзгертілген)` } };
    expect(rulesHash(renamed)).toBe(rulesHash(card));
    const stricter = structuredClone(card);
    const rule = stricter.qualification.groups.flatMap((g) => g.rules)[0];
    if (rule) rule.experience = { ...(rule.experience ?? {}), minYears: 49 } as never;
    expect(rulesHash(stricter)).not.toBe(rulesHash(card));
  });

  it('says no-card and no-requirements plainly, never "not met"', () => {
    expect(computeCategory(record, undefined, '2026-01-01').status).toBe('no-card');
    const bare = { ...card, qualification: { ...card.qualification, groups: [] } };
    expect(computeCategory(record, bare, '2026-01-01').status).toBe('no-requirements');
  });

  it('tells whether a newer edition affects a stored answer', () => {
    const computed = computeCategory(record, card, '2026-01-01');
    const stored = {
      editionId: 'old',
      rulesHash: computed.rulesHash,
      cardCode: card.code.value,
      cardLevel: card.level.value,
    };
    expect(staleness(stored, record, { editionId: 'old', card })).toBe('current');
    expect(staleness(stored, record, { editionId: 'new', card })).toBe('edition-changed');
    expect(staleness({ ...stored, rulesHash: 'other' }, record, { editionId: 'new', card })).toBe('rules-changed');
    expect(staleness(stored, record, { editionId: 'new', card: undefined })).toBe('card-removed');
    const moved = { ...record, position: { ...record.position, level: record.position.level + 1 } };
    expect(staleness(stored, moved, { editionId: 'old', card })).toBe('position-changed');
  });
});
