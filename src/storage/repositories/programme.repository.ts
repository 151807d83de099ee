/**
 * Programmes, their revisions and the two side tables (cards, linked items). Every query names
 * the organisation first, so an id of one organisation never reaches another's programme. A
 * write carries the version the caller read: a stale one changes nothing and the service answers
 * 409. The document is parsed back through the domain's schema, so a row that no longer fits it
 * fails loudly instead of reaching the web app half-formed.
 */
import { sql } from 'kysely';
import {
  type Programme,
  type ProgrammeContent,
  type ProgrammeStatus,
  outcomesOf,
  programmeContentSchema,
} from '../../domain/programmes/programme.js';
import type { Executor } from './edition.repository.js';

const COLUMNS = [
  'org_id',
  'id',
  'status',
  'content',
  'version',
  'demo',
  'created_at',
  'updated_at',
  'finalised_at',
] as const;

type Raw = {
  org_id: string;
  id: string;
  status: string;
  content: unknown;
  version: number;
  demo: boolean;
  created_at: Date;
  updated_at: Date;
  finalised_at: Date | null;
};

const iso = (d: Date | string) => new Date(d).toISOString();

const toProgramme = (r: Raw): Programme => ({
  id: r.id,
  orgId: r.org_id,
  status: r.status as ProgrammeStatus,
  version: r.version,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  finalisedAt: r.finalised_at ? iso(r.finalised_at) : null,
  demo: r.demo,
  content: programmeContentSchema.parse(r.content),
});

/** The distinct card items the outcomes link: what `programme_link` holds. */
export function linkedItemIds(content: Pick<ProgrammeContent, 'modules'>): string[] {
  return [...new Set(outcomesOf(content).flatMap(({ outcome }) => outcome.itemIds))];
}

export async function insertProgramme(
  ex: Executor,
  p: {
    orgId: string;
    id: string;
    content: ProgrammeContent;
    demo: boolean;
    createdBy: string | null;
    at: Date;
    summary: readonly string[];
  },
): Promise<void> {
  await ex
    .insertInto('programme')
    .values({
      org_id: p.orgId,
      id: p.id,
      title: p.content.title,
      type: p.content.type,
      lang: p.content.lang,
      status: 'draft',
      content: JSON.stringify(p.content),
      version: 1,
      demo: p.demo,
      created_by: p.createdBy,
      created_at: p.at,
      updated_at: p.at,
    })
    .execute();
  await insertRevision(ex, {
    orgId: p.orgId,
    programmeId: p.id,
    version: 1,
    status: 'draft',
    content: p.content,
    summary: p.summary,
    savedBy: p.createdBy,
    at: p.at,
  });
  await writeSideTables(ex, p.orgId, p.id, p.content);
}

export async function findProgramme(ex: Executor, orgId: string, id: string): Promise<Programme | undefined> {
  const row = await ex
    .selectFrom('programme')
    .select(COLUMNS)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toProgramme(row as Raw) : undefined;
}

/**
 * Writes a new version of the programme (document, status, or both) with its revision and side
 * tables, if it is still at `expectedVersion`. Undefined when someone changed it first: then
 * nothing was written.
 */
export async function updateProgramme(
  ex: Executor,
  p: {
    orgId: string;
    id: string;
    expectedVersion: number;
    status: ProgrammeStatus;
    content: ProgrammeContent;
    /** Set when the programme becomes final; cleared when it returns to draft; kept otherwise. */
    finalisedAt: Date | null | 'keep';
    savedBy: string | null;
    at: Date;
    summary: readonly string[];
  },
): Promise<Programme | undefined> {
  const result = await ex
    .updateTable('programme')
    .set({
      title: p.content.title,
      type: p.content.type,
      lang: p.content.lang,
      status: p.status,
      content: JSON.stringify(p.content),
      version: sql`version + 1`,
      updated_at: p.at,
      ...(p.finalisedAt === 'keep' ? {} : { finalised_at: p.finalisedAt }),
    })
    .where('org_id', '=', p.orgId)
    .where('id', '=', p.id)
    .where('version', '=', p.expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  await insertRevision(ex, {
    orgId: p.orgId,
    programmeId: p.id,
    version: p.expectedVersion + 1,
    status: p.status,
    content: p.content,
    summary: p.summary,
    savedBy: p.savedBy,
    at: p.at,
  });
  await writeSideTables(ex, p.orgId, p.id, p.content);
  return findProgramme(ex, p.orgId, p.id);
}

async function insertRevision(
  ex: Executor,
  r: {
    orgId: string;
    programmeId: string;
    version: number;
    status: ProgrammeStatus;
    content: ProgrammeContent;
    summary: readonly string[];
    savedBy: string | null;
    at: Date;
  },
): Promise<void> {
  await ex
    .insertInto('programme_revision')
    .values({
      org_id: r.orgId,
      programme_id: r.programmeId,
      version: r.version,
      status: r.status,
      content: JSON.stringify(r.content),
      summary: JSON.stringify(r.summary),
      saved_by: r.savedBy,
      saved_at: r.at,
    })
    .execute();
}

/** Rewritten whole on every version: they mirror the document, never the other way round. */
async function writeSideTables(ex: Executor, orgId: string, id: string, content: ProgrammeContent): Promise<void> {
  await ex.deleteFrom('programme_card').where('org_id', '=', orgId).where('programme_id', '=', id).execute();
  await ex.deleteFrom('programme_link').where('org_id', '=', orgId).where('programme_id', '=', id).execute();
  await ex
    .insertInto('programme_card')
    .values(
      content.cards.map((c) => ({
        org_id: orgId,
        programme_id: id,
        card_code: c.code,
        card_level: c.level,
        edition_id: c.editionId,
      })),
    )
    .execute();
  const items = linkedItemIds(content);
  for (let i = 0; i < items.length; i += 500)
    await ex
      .insertInto('programme_link')
      .values(items.slice(i, i + 500).map((itemId) => ({ org_id: orgId, programme_id: id, item_id: itemId })))
      .execute();
}

export type ProgrammeFilter = {
  /** One status; undefined means every status but archived. */
  status?: ProgrammeStatus | undefined;
  cardCode?: string | undefined;
  /** Part of the title, any case. */
  q?: string | undefined;
  page: number;
  pageSize: number;
};

/** A page of the organisation's programmes, newest change first, and how many match in all. */
export async function listProgrammes(
  ex: Executor,
  orgId: string,
  f: ProgrammeFilter,
): Promise<{ programmes: Programme[]; total: number }> {
  let q = ex.selectFrom('programme').where('programme.org_id', '=', orgId);
  q = f.status ? q.where('status', '=', f.status) : q.where('status', '<>', 'archived');
  if (f.cardCode) {
    const code = f.cardCode;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('programme_card')
          .select('programme_card.programme_id')
          .whereRef('programme_card.org_id', '=', 'programme.org_id')
          .whereRef('programme_card.programme_id', '=', 'programme.id')
          .where('programme_card.card_code', '=', code),
      ),
    );
  }
  if (f.q) q = q.where(sql<boolean>`lower(title) like ${`%${escapeLike(f.q.toLowerCase())}%`} escape '\\'`);
  const count = await q.select(({ fn }) => fn.countAll<string | number>().as('n')).executeTakeFirst();
  const rows = await q
    .select(COLUMNS.map((c) => `programme.${c}` as const))
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { programmes: rows.map((r) => toProgramme(r as Raw)), total: Number(count?.n ?? 0) };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export type RevisionRow = {
  version: number;
  status: ProgrammeStatus;
  savedAt: string;
  savedBy: { id: string; name: string } | null;
  summary: string[];
};

/** The revisions, newest first, with the name of who saved each (null when the account is gone). */
export async function listRevisions(ex: Executor, orgId: string, programmeId: string): Promise<RevisionRow[]> {
  const rows = await ex
    .selectFrom('programme_revision as r')
    .leftJoin('user_account as u', 'u.id', 'r.saved_by')
    .select(['r.version', 'r.status', 'r.saved_at', 'r.summary', 'u.id as user_id', 'u.display_name', 'u.erased_at'])
    .where('r.org_id', '=', orgId)
    .where('r.programme_id', '=', programmeId)
    .orderBy('r.version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    status: r.status as ProgrammeStatus,
    savedAt: iso(r.saved_at),
    savedBy: r.user_id && r.display_name !== null && !r.erased_at ? { id: r.user_id, name: r.display_name } : null,
    summary: r.summary as string[],
  }));
}

/** One revision's document, as the programme stood at that version. */
export async function findRevision(
  ex: Executor,
  orgId: string,
  programmeId: string,
  version: number,
): Promise<{ status: ProgrammeStatus; savedAt: string; content: ProgrammeContent } | undefined> {
  const row = await ex
    .selectFrom('programme_revision')
    .select(['status', 'saved_at', 'content'])
    .where('org_id', '=', orgId)
    .where('programme_id', '=', programmeId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    status: row.status as ProgrammeStatus,
    savedAt: iso(row.saved_at),
    content: programmeContentSchema.parse(row.content),
  };
}

/**
 * The programmes (any organisation) whose outcomes link any of these card items: what a new
 * edition that changes or removes them would touch (the workbench's publish impact, issue 14).
 */
export async function programmesLinkingItems(
  ex: Executor,
  itemIds: readonly string[],
): Promise<{ orgId: string; programmeId: string; itemIds: string[] }[]> {
  if (itemIds.length === 0) return [];
  const found = new Map<string, { orgId: string; programmeId: string; itemIds: string[] }>();
  for (let i = 0; i < itemIds.length; i += 500) {
    const rows = await ex
      .selectFrom('programme_link')
      .select(['org_id', 'programme_id', 'item_id'])
      .where('item_id', 'in', itemIds.slice(i, i + 500))
      .orderBy('org_id')
      .orderBy('programme_id')
      .orderBy('item_id')
      .execute();
    for (const r of rows) {
      const key = `${r.org_id}/${r.programme_id}`;
      const entry = found.get(key) ?? { orgId: r.org_id, programmeId: r.programme_id, itemIds: [] };
      entry.itemIds.push(r.item_id);
      found.set(key, entry);
    }
  }
  return [...found.values()];
}
