/**
 * A programme to export, built as a designer would: proposed from the bundled card 3412-0-008
 * level 4, hours filled in, a practice module added that covers the first function's skills,
 * and one item left out with a written exception. Plus a small zip reader (central directory +
 * inflate) for reading a DOCX or XLSX back without another package.
 */
import { inflateRawSync } from 'node:zlib';
import { coverageReport } from '../../src/domain/programmes/coverage.js';
import type { ProgrammeContent } from '../../src/domain/programmes/programme.js';
import { proposeProgramme } from '../../src/domain/programmes/proposal.js';
import type { Card } from '../../src/domain/standard/schemas.js';
import type { ProgrammeDocumentInput } from '../../src/exports/programmes/programme-document.js';
import { readEdition } from '../../src/importer/read-edition.js';
import type { Executor } from '../../src/storage/repositories/edition.repository.js';
import { insertProgramme } from '../../src/storage/repositories/programme.repository.js';
import { BUNDLED_EDITION } from './paths.js';

export async function bundledCard(code = '3412-0-008', level = 4): Promise<{ card: Card; editionId: string }> {
  const edition = await readEdition(BUNDLED_EDITION);
  const card = edition.cards.find((c) => c.code.value === code && c.level.value === level);
  if (!card) throw new Error(`card ${code}/${level} is not in the bundled edition`);
  return { card, editionId: edition.meta.id };
}

/** The proposal with hours, a practice module over the first function's skills, and an exception. */
export function designedContent(card: Card, editionId: string, lang: 'kk' | 'ru' = 'kk'): ProgrammeContent {
  const proposed = proposeProgramme(card, { type: 'tvet-modular', lang, editionId, volume: 720 });
  const modules = proposed.modules.map((m, i) => ({ ...m, hours: { theory: 60 + i * 10, practice: 0 } }));
  const first = card.labourFunctions[0];
  const skills = first ? first.tasks.flatMap((t) => t.skills.map((s) => s.id)) : [];
  const lastKnowledge = card.labourFunctions.at(-1)?.tasks.at(-1)?.knowledge.at(-1)?.id;
  const withoutLast = modules.map((m) => ({
    ...m,
    outcomes: m.outcomes.map((o) => ({ ...o, itemIds: o.itemIds.filter((id) => id !== lastKnowledge) })),
  }));
  return {
    ...proposed,
    modules: [
      ...withoutLast,
      {
        id: 'practice',
        code: lang === 'kk' ? 'КП 01' : 'ПП 01',
        name: lang === 'kk' ? 'Өндірістік практика' : 'Производственная практика',
        kind: 'practice',
        hours: { theory: 0, practice: 240 },
        credits: null,
        outcomes: [
          {
            id: 'practice-o1',
            text: 'Әлеуметтік қызметтерді ұйымда көрсетеді',
            itemIds: skills,
            criteria: [{ id: 'practice-o1-c1', text: 'Тапсырманы нұсқаулыққа сәйкес орындайды' }],
            method: 'observation',
            suggestions: [],
          },
        ],
      },
    ],
    exceptions: lastKnowledge ? [{ itemId: lastKnowledge, reason: 'Жұмыс беруші ұйымда оқытылады' }] : [],
  };
}

export async function documentInput(
  overrides: { lang?: 'kk' | 'ru'; status?: 'draft' | 'final' | 'archived' } = {},
): Promise<ProgrammeDocumentInput & { generatedAt: Date }> {
  const { card, editionId } = await bundledCard();
  const lang = overrides.lang ?? 'kk';
  const content = designedContent(card, editionId, lang);
  return {
    lang,
    org: { name: '«Demo college» жоғары колледжі' },
    programme: {
      id: '0b9a4c1e-5d2f-4a8b-9c3d-1e2f3a4b5c6d',
      status: overrides.status ?? 'final',
      version: 3,
      demo: false,
      updatedAt: '2026-09-01T08:00:00.000Z',
      finalisedAt: overrides.status === 'draft' ? null : '2026-09-01T08:00:00.000Z',
      content,
    },
    cards: [{ code: card.code.value, level: card.level.value, editionId, kk: card.name.kk, ru: card.name.ru ?? null }],
    coverage: coverageReport(content, [card]),
    generatedAt: new Date('2026-09-02T10:00:00Z'),
  };
}

/** The entries of a zip archive, inflated: enough to read back what docx and exceljs write. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = buf.readUInt16LE(at + 10);
    const packed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + packed);
    out.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/**
 * A designed programme stored straight through the repository (no HTTP), for the tests of the
 * exports: its id. The organisation must exist.
 */
export async function storeDesignedProgramme(db: Executor, orgId: string, lang: 'kk' | 'ru' = 'kk'): Promise<string> {
  const { card, editionId } = await bundledCard();
  const id = crypto.randomUUID();
  await insertProgramme(db, {
    orgId,
    id,
    content: designedContent(card, editionId, lang),
    demo: false,
    createdBy: null,
    at: new Date('2026-09-01T08:00:00Z'),
    summary: ['created'],
  });
  return id;
}
