/**
 * The CASE export validates against 1EdTech's published CASE 1.1 CFPackage JSON Schema
 * (test/fixtures/case/README.md says where it comes from), and against the zod schema that
 * documents the /ims/case/v1p1 answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/standard/edition.js';
import { cfPackageSchema } from '../../src/domain/workbench/case-package-schema.js';
import { toCasePackage } from '../../src/exports/case/case-package.js';
import { readCasePackage } from '../../src/importer/standard/case-package.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { BUNDLED_EDITION, MINI_EDITION, ROOT } from '../support/paths.js';

const schema = JSON.parse(
  readFileSync(path.join(ROOT, 'test/fixtures/case/case_v1p1_cfpackage-jsonschema1.json'), 'utf8'),
) as object;

/** The schema's formats, as ajv-formats would check them (RFC 4122 UUIDs, RFC 3339 dates). */
function validator() {
  const ajv = new Ajv2019({ allErrors: true, strict: true });
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  ajv.addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
  ajv.addFormat(
    'date-time',
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
  );
  return ajv.compile(schema);
}

const opts = { baseUrl: 'https://kasip.example/ims/case/v1p1', lastChange: '2026-12-07T08:00:00.000Z' };

let order262: Edition;
beforeAll(async () => {
  order262 = await readEdition(BUNDLED_EDITION);
});

describe('CASE 1.1 export against 1EdTech schema', () => {
  it('validates the Order 262 CFPackage', () => {
    const validate = validator();
    const pkg = toCasePackage(order262, opts);
    const ok = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(cfPackageSchema.safeParse(pkg).success).toBe(true);
    expect(pkg.CFItems.length).toBeGreaterThan(500);
    const types = new Set(pkg.CFAssociations.map((a) => a.associationType));
    expect([...types].sort()).toEqual(['isChildOf', 'isPartOf', 'isRelatedTo', 'exactMatchOf'].sort());
  });

  it('validates the mini standard', async () => {
    const validate = validator();
    validate(toCasePackage(await readEdition(MINI_EDITION), opts));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('rejects a package the schema forbids (the validator can fail)', () => {
    const validate = validator();
    const pkg = toCasePackage(order262, opts) as unknown as { CFItems: Record<string, unknown>[] };
    const first = pkg.CFItems[0] as Record<string, unknown>;
    first.identifier = 'not-a-uuid';
    first.colour = 'red';
    expect(validate(pkg)).toBe(false);
    expect((validate.errors ?? []).map((e) => e.instancePath)).toContain('/CFItems/0/identifier');
  });

  it('reads a package another tool wrote (a valid CFPackage without Kasip extensions)', () => {
    const foreign = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/case/foreign-package.json'), 'utf8'));
    const validate = validator();
    expect(validate(foreign) ? [] : validate.errors).toEqual([]);
    const read = readCasePackage(foreign);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const card = read.edition?.cards[0];
    expect(card?.id).toBe('2635-3-009.6');
    expect([card?.code.value, card?.level.value]).toEqual(['2635-3-009', 6]);
    const fn = card?.labourFunctions[0];
    expect(fn?.number).toBe('1');
    // Ordered by sequenceNumber, not by where the items stand in the file.
    expect(fn?.tasks[0]?.skills.map((s) => s.kk)).toEqual(['Құжаттарды тексеру', 'Азаматтың өтінішін тіркеу']);
    expect(fn?.tasks[0]?.skills[1]?.note).toBe('Жаңа дағды');
    expect(fn?.tasks[0]?.knowledge.map((k) => k.kk)).toEqual(['Әлеуметтік қорғау туралы заңнама']);
    expect(read.edition?.meta.order.issuer.kk).toBe('Үлгі министрлігі');
    expect(read.edition?.meta.order.date).toBe('2025-03-01');
  });
});
