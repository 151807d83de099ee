/**
 * Importing a staff list the way HR keeps it (CSV or XLSX with Kazakh or Russian headers and
 * values) in two steps: a preview that is stored — what will be added, changed and rejected,
 * each rejection with its reason in the user's language — and a commit that applies exactly that
 * preview in one transaction. Header mappings are saved per organisation and reused. Exports
 * write the same layout, so a list can go out and come back.
 */
import { z } from 'zod';
import { type ImportPlan, planImport } from '../../domain/hr/import-plan.js';
import {
  STAFF_COLUMNS,
  type StaffMapping,
  applyMapping,
  columnHeader,
  detectMapping,
  staffMappingSchema,
} from '../../domain/hr/staff-columns.js';
import type { Lang } from '../../domain/shared/localize.js';
import type { StaffRecord } from '../../domain/hr/staff-record.js';
import { AppError } from '../../domain/shared/errors.js';
import { userIdOf } from '../../domain/access/actor.js';
import {
  findImport,
  insertImport,
  listMappings,
  markImportCommitted,
  saveMapping,
} from '../../storage/repositories/staff-import.repository.js';
import { saveCategories } from '../../storage/repositories/staff-category.repository.js';
import { allStaff, findStaff, insertStaff, updateStaff } from '../../storage/repositories/staff.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import { type Cards, computeFor, missing, todayOf } from './hr-context.js';
import { langInput, staffRecordOut } from './schemas.js';

/** The most rows one import reads: a large organisation's whole staff, with room. */
export const MAX_IMPORT_ROWS = 20_000;
/** A preview lists at most this many rows of each kind; the counts are always whole. */
const LISTED = 2_000;

const MISSING_COLUMNS: Record<Lang, string> = {
  kk: 'Файлда мына бағандар табылмады: {columns}. Тақырыптарды сәйкестендіріп, сақтаңыз да, қайта тексеріңіз.',
  ru: 'В файле не найдены столбцы: {columns}. Сопоставьте заголовки, сохраните сопоставление и проверьте снова.',
  en: 'The file lacks these columns: {columns}. Map its headers, save the mapping and preview again.',
};

const rowErrorSchema = z.object({ column: z.enum(STAFF_COLUMNS).nullable(), path: z.string(), message: z.string() });
const mappingOut = z.record(z.string(), z.enum(STAFF_COLUMNS).nullable());

const previewSchema = z
  .object({
    /** Null when the file cannot be read until its headers are mapped (see `missing`). */
    importId: z.string().nullable(),
    fileName: z.string(),
    headers: z.array(z.string()),
    mapping: mappingOut,
    missing: z.array(z.enum(STAFF_COLUMNS)),
    /** A localised sentence naming the columns still missing, when any are. */
    problem: z.string().nullable(),
    counts: z.object({
      rows: z.number(),
      add: z.number(),
      change: z.number(),
      unchanged: z.number(),
      reject: z.number(),
    }),
    add: z.array(z.object({ row: z.number(), personnelNo: z.string(), fullName: z.string() })),
    change: z.array(
      z.object({ row: z.number(), personnelNo: z.string(), fullName: z.string(), changed: z.array(z.string()) }),
    ),
    reject: z.array(z.object({ row: z.number(), personnelNo: z.string().nullable(), errors: z.array(rowErrorSchema) })),
    truncated: z.boolean(),
  })
  .meta({ id: 'StaffImportPreview' });

export const staffRowsInput = z.object({
  rows: z
    .array(z.record(z.string(), z.string()))
    .max(MAX_IMPORT_ROWS, `an import reads at most ${MAX_IMPORT_ROWS} rows`),
});

type StoredPlan = { plan: ImportPlan; mapping: StaffMapping; headers: string[] };

function previewOf(
  importId: string | null,
  fileName: string,
  stored: StoredPlan,
  missingCols: string[],
  problem: string | null,
) {
  const { plan } = stored;
  const name = (r: StaffRecord) => ({ personnelNo: r.personnelNo, fullName: r.fullName });
  return {
    importId,
    fileName,
    headers: stored.headers,
    mapping: stored.mapping,
    missing: missingCols as (typeof STAFF_COLUMNS)[number][],
    problem,
    counts: {
      rows: plan.add.length + plan.change.length + plan.unchanged.length + plan.reject.length,
      add: plan.add.length,
      change: plan.change.length,
      unchanged: plan.unchanged.length,
      reject: plan.reject.length,
    },
    add: plan.add.slice(0, LISTED).map((a) => ({ row: a.row, ...name(a.record) })),
    change: plan.change.slice(0, LISTED).map((c) => ({ row: c.row, ...name(c.record), changed: c.changed })),
    reject: plan.reject.slice(0, LISTED),
    truncated: [plan.add, plan.change, plan.reject].some((l) => l.length > LISTED),
  };
}

export function staffImportOperations(cards: Cards) {
  const preview = defineOperation({
    name: 'staff.import.preview',
    summary:
      'Read a staff list and show what an import would add, change and reject (nothing is saved to the register)',
    input: orgParam.extend({
      file: staffRowsInput,
      fileName: z.string().trim().max(200).default('staff.csv'),
      mappingId: uuidSchema.optional().meta({ description: 'A saved header mapping to read the file with' }),
      ...langInput,
    }),
    output: previewSchema,
    action: 'staff.manage',
    resource: byOrg,
    // The preview is stored so the commit applies exactly what was shown.
    writes: true,
    cache: 'none',
    audit: 'staff.import-previewed',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const headers = Object.keys(input.file.rows[0] ?? {});
      let mapping: StaffMapping;
      if (input.mappingId) {
        const saved = (await listMappings(ctx.db, input.orgId)).find((m) => m.id === input.mappingId);
        if (!saved) throw missing();
        mapping = saved.mapping as StaffMapping;
      } else mapping = detectMapping(headers).mapping;
      const used = new Set(Object.values(mapping).filter(Boolean));
      const missingCols = detectMapping([]).missing.filter((c) => !used.has(c));
      const empty: StoredPlan = { plan: { add: [], change: [], unchanged: [], reject: [] }, mapping, headers };
      if (missingCols.length > 0) {
        const names = missingCols.map((c) => columnHeader(c, input.lang)).join(', ');
        const problem = MISSING_COLUMNS[input.lang].replace('{columns}', names);
        // Nothing is stored, but the attempt is still a write of this operation: the trail records it.
        ctx.audit({
          targetKind: 'staff-import',
          targetId: 'unmapped',
          orgId: input.orgId,
          after: { fileName: input.fileName, missing: missingCols },
        });
        return previewOf(null, input.fileName, empty, missingCols, problem);
      }
      const [existing, book] = await Promise.all([allStaff(ctx.db, input.orgId), cards(ctx.db)]);
      const plan = planImport(
        input.file.rows.map((r) => applyMapping(r, mapping)),
        new Map(existing.map((s) => [s.record.personnelNo, { id: s.id, version: s.version, record: s.record }])),
        {
          today: todayOf(ctx.now),
          lang: input.lang,
          cardExists: (code, level) => book.find(code, level) !== undefined,
        },
      );
      const id = crypto.randomUUID();
      const stored: StoredPlan = { plan, mapping, headers };
      const answer = previewOf(id, input.fileName, stored, [], null);
      await insertImport(ctx.db, input.orgId, {
        id,
        fileName: input.fileName,
        status: 'previewed',
        plan: stored as unknown as Record<string, unknown>,
        summary: answer.counts,
        createdBy: userIdOf(ctx.actor),
        at: ctx.now,
      });
      ctx.audit({
        targetKind: 'staff-import',
        targetId: id,
        orgId: input.orgId,
        after: { fileName: input.fileName, ...answer.counts },
      });
      return answer;
    },
  });

  const commit = defineOperation({
    name: 'staff.import.commit',
    summary: 'Apply a previewed import, all of it or nothing',
    input: orgParam.extend({ importId: uuidSchema }),
    output: z.object({ importId: z.string(), added: z.number(), changed: z.number(), rejected: z.number() }),
    action: 'staff.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'staff.imported',
    run: async (input, ctx) => {
      const found = await findImport(ctx.db, input.orgId, input.importId);
      if (!found) throw missing();
      if (found.status !== 'previewed' || !(await markImportCommitted(ctx.db, input.orgId, found.id, ctx.now)))
        throw new AppError('conflict', 'This import was already committed.');
      const { plan } = found.plan as unknown as StoredPlan;
      const adds = plan.add.map((a) => ({
        orgId: input.orgId,
        id: crypto.randomUUID(),
        record: a.record,
        at: ctx.now,
      }));
      await insertStaff(ctx.db, adds);
      for (const change of plan.change) {
        const row = await updateStaff(ctx.db, {
          orgId: input.orgId,
          id: change.id,
          expectedVersion: change.version,
          record: change.record,
          at: ctx.now,
        });
        // Someone changed the person after the preview: nothing of the import is applied.
        if (!row) {
          const now = await findStaff(ctx.db, input.orgId, change.id);
          throw new AppError(
            'conflict',
            `Row ${change.row} (${change.record.personnelNo}) was changed${now ? '' : ' or removed'} after the preview; preview the file again.`,
          );
        }
      }
      const book = await cards(ctx.db);
      const today = todayOf(ctx.now);
      await saveCategories(ctx.db, input.orgId, [
        ...adds.map((a) => computeFor(a, book, ctx.now, today)),
        ...plan.change.map((c) => computeFor({ id: c.id, record: c.record }, book, ctx.now, today)),
      ]);
      ctx.audit({
        targetKind: 'staff-import',
        targetId: found.id,
        orgId: input.orgId,
        after: {
          added: adds.map((a) => a.id),
          changed: plan.change.map((c) => ({ id: c.id, fields: c.changed })),
          rejected: plan.reject.length,
        },
      });
      return { importId: found.id, added: adds.length, changed: plan.change.length, rejected: plan.reject.length };
    },
  });

  const mappings = defineOperation({
    name: 'staff.mappings.list',
    summary: 'Saved header mappings of staff lists',
    input: orgParam,
    output: z.object({ mappings: z.array(z.object({ id: z.string(), name: z.string(), mapping: mappingOut })) }),
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const rows = await listMappings(ctx.db, input.orgId);
      return { mappings: rows.map((m) => ({ ...m, mapping: m.mapping as StaffMapping })) };
    },
  });

  const saveMappingOp = defineOperation({
    name: 'staff.mappings.save',
    summary: 'Save a header mapping under a name (the same name replaces it)',
    input: orgParam.extend({ name: z.string().trim().min(1).max(100), mapping: staffMappingSchema }),
    output: z.object({ id: z.string(), name: z.string(), mapping: mappingOut }),
    action: 'staff.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'staff.mapping-saved',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const saved = await saveMapping(
        ctx.db,
        input.orgId,
        { id: crypto.randomUUID(), name: input.name, mapping: input.mapping as Record<string, string> },
        ctx.now,
      );
      ctx.audit({ targetKind: 'staff-mapping', targetId: saved.id, orgId: input.orgId, after: { name: saved.name } });
      return { ...saved, mapping: saved.mapping as StaffMapping };
    },
  });

  const exportList = defineOperation({
    name: 'staff.export',
    summary: 'The staff register in the import layout (JSON, CSV or XLSX)',
    input: orgParam.extend({ format: z.enum(['json', 'csv', 'xlsx']).default('json'), ...langInput }),
    output: z.object({ records: z.array(staffRecordOut) }),
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      return { records: (await allStaff(ctx.db, input.orgId)).map((s) => s.record) };
    },
  });

  return { preview, commit, mappings, saveMapping: saveMappingOp, exportList };
}
