import { beforeAll, describe, expect, it } from 'vitest';
import { addCard, cardAt, edit, lint, loadMini } from '../../../test/fixtures/quality/fixtures.js';
import type { Edition } from '../standard/edition.js';
import type { Card } from '../standard/schemas.js';

let base: Edition;
beforeAll(async () => {
  base = await loadMini();
});

const otherName = (card: Card, n: number, kk: string, code?: string): Card['otherNames'][number] => ({
  id: `${card.id}.n${n}`,
  ...(code ? { code } : {}),
  kk,
  source: { lines: [13, 13] },
});

describe('malformed-code', () => {
  it('finds a malformed card code and other-name code', () => {
    const e = edit(base, (x) => {
      const card = cardAt(x, 0);
      card.code.value = '1111-1-01';
      card.otherNames = [otherName(card, 1, 'Сынақшы', '11111-001')];
    });
    const found = lint(e, 'malformed-code');
    expect(found.map((f) => [f.severity, f.location.path, f.evidence?.text])).toEqual([
      ['error', 'code', '1111-1-01'],
      ['error', 'otherNames[0].code', '11111-001'],
    ]);
    expect(found[0]?.message.kk).toBe('«1111-1-01» коды NNNN-N-NNN үлгісіне сәйкес келмейді.');
  });

  it('accepts well-formed codes', () => {
    expect(lint(base, 'malformed-code')).toEqual([]);
  });
});

describe('code-name-conflict', () => {
  it('is an error when one code names two different professions', () => {
    const e = edit(base, (x) => {
      cardAt(x, 1).name.kk = 'Зертхана меңгерушісі';
    });
    const found = lint(e, 'code-name-conflict');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        location: { card: { code: '1111-1-001', level: 5 }, path: 'name', itemId: '1111-1-001.5' },
      }),
    ]);
    expect(found[0]?.evidence?.related?.[0]?.itemId).toBe('1111-1-001.4');
  });

  it('is a warning when the same name only gains or loses words', () => {
    const e = edit(base, (x) => {
      cardAt(x, 1).name.kk = 'Сынақ маманы (зертханашы)';
    });
    expect(lint(e, 'code-name-conflict').map((f) => f.severity)).toEqual(['warning']);
  });

  it('accepts one name per code, whatever the case and punctuation', () => {
    const e = edit(base, (x) => {
      cardAt(x, 1).name.kk = 'сынақ маманы.';
    });
    expect(lint(e, 'code-name-conflict')).toEqual([]);
  });
});

describe('own-code-as-other-name', () => {
  it("finds an other name that carries the card's own code", () => {
    const e = edit(base, (x) => {
      const card = cardAt(x, 1);
      card.otherNames = [otherName(card, 1, 'Сынақ маманы (зертхана)', '1111-1-001')];
    });
    expect(lint(e, 'own-code-as-other-name')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: expect.objectContaining({ itemId: '1111-1-001.5.n1' }),
      }),
    ]);
  });

  it('accepts other names with other codes or none', () => {
    const e = edit(base, (x) => {
      const card = cardAt(x, 1);
      card.otherNames = [otherName(card, 1, 'Сынақшы', '1111-1-002'), otherName(card, 2, 'Тексеруші')];
    });
    expect(lint(e, 'own-code-as-other-name')).toEqual([]);
  });
});

describe('other-name-code-conflict', () => {
  it('finds a code claimed by two professions, given to two names, or belonging to another card', () => {
    const e = edit(base, (x) => {
      const other = addCard(x, '1111-2-002', 6, 'Сынақ сарапшысы');
      const first = cardAt(x, 0);
      first.otherNames = [otherName(first, 1, 'Тексеруші', '1111-9-009'), otherName(first, 2, 'Сарапшы', '1111-2-002')];
      other.otherNames = [otherName(other, 1, 'Бақылаушы маман', '1111-9-009')];
    });
    const found = lint(e, 'other-name-code-conflict');
    expect(found.map((f) => [f.severity, f.location.itemId])).toEqual([
      ['warning', '1111-1-001.4.n2'],
      ['warning', '1111-2-002.6.n1'],
      ['warning', '1111-2-002.6.n1'],
    ]);
    expect(found.map((f) => f.message.en)).toEqual(
      expect.arrayContaining([
        'The other name with code 1111-9-009 is claimed by two professions: on this card and on card 1111-1-001 (level 4).',
        'Code 1111-9-009 is given to different names in different places: «Бақылаушы маман» and «Тексеруші».',
        'The other name «Сарапшы» carries the code of another profession: 1111-2-002 belongs to card 1111-2-002 (level 6).',
      ]),
    );
  });

  it('accepts one other name repeated on the levels of one profession', () => {
    const e = edit(base, (x) => {
      for (const card of x.cards) card.otherNames = [otherName(card, 1, 'Тексеруші', '1111-9-009')];
    });
    expect(lint(e, 'other-name-code-conflict')).toEqual([]);
  });
});

describe('other-name-unit-group', () => {
  it("notes an other name from another unit group than the card's", () => {
    const e = edit(base, (x) => {
      const card = cardAt(x, 0);
      card.otherNames = [otherName(card, 1, 'Тексеруші', '2222-1-001')];
    });
    expect(lint(e, 'other-name-unit-group')).toEqual([
      expect.objectContaining({ severity: 'info', location: expect.objectContaining({ itemId: '1111-1-001.4.n1' }) }),
    ]);
  });

  it('accepts other names of the same unit group', () => {
    const e = edit(base, (x) => {
      const card = cardAt(x, 0);
      card.otherNames = [otherName(card, 1, 'Тексеруші', '1111-3-005')];
    });
    expect(lint(e, 'other-name-unit-group')).toEqual([]);
  });
});

describe('card-name-mismatch', () => {
  it('warns when the card name differs from the list of professions', () => {
    const e = edit(base, (x) => {
      const p = x.professions[0];
      if (p) p.name.kk = 'сынақ жөніндегі маман';
    });
    const found = lint(e, 'card-name-mismatch');
    expect(found.map((f) => [f.severity, f.location.itemId])).toEqual([
      ['warning', '1111-1-001.4'],
      ['warning', '1111-1-001.5'],
    ]);
    expect(found[0]?.evidence?.details).toEqual({ onlyOnCard: ['маманы'], onlyInList: ['жөніндегі', 'маман'] });
  });

  it('notes a heading that names another profession or is worded unlike the others', () => {
    const e = edit(base, (x) => {
      addCard(x, '1111-2-002', 6, 'Сынақ сарапшысы');
      cardAt(x, 0).title.kk = 'Мамандық карточкасы Сынақ маманы';
      cardAt(x, 1).title.kk = 'Мамандық картасы Сынақ кеңесшісі';
    });
    const found = lint(e, 'card-name-mismatch');
    expect(found.map((f) => [f.severity, f.location.itemId, f.evidence?.match ?? null])).toEqual([
      ['info', '1111-1-001.4', 'мамандық карточкасы'],
      ['info', '1111-1-001.5', null],
    ]);
  });

  it('accepts names that match the list and headings that end with the name', () => {
    expect(lint(base, 'card-name-mismatch')).toEqual([]);
  });
});
