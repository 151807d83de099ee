/**
 * Reading CFPackages that are wrong: every problem is an issue placed by JSON path in three
 * languages, never a throw; and a package from another tool (no Kasip extension) still reads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyEdition } from '../../src/domain/editions/test-editions.js';
import { toCasePackage } from '../../src/exports/case/case-package.js';
import { MAX_CASE_ITEMS, readCasePackage } from '../../src/importer/standard/case-package.js';

const opts = { baseUrl: 'https://kasip.example/ims/case/v1p1', lastChange: '2026-12-07T08:00:00.000Z' };
const edition = tinyEdition('tiny-1', [
  {
    code: '2635-3-001',
    level: 5,
    functions: [{ name: 'Функция', tasks: [{ name: 'Міндет', skills: ['Дағды'], knowledge: ['Білім'] }] }],
  },
]);
type Pkg = {
  CFDocument: Record<string, unknown>;
  CFItems: Record<string, unknown>[];
  CFAssociations: Record<string, unknown>[];
};
const fresh = (): Pkg => JSON.parse(JSON.stringify(toCasePackage(edition, opts)));
const errors = (json: unknown) => readCasePackage(json).issues.filter((i) => i.severity === 'error');
const itemOf = (pkg: Pkg, kind: string) =>
  pkg.CFItems.find((i) => (i.extensions as { kasip: { kind: string } }).kasip.kind === kind) as Record<string, unknown>;

describe('readCasePackage on bad input', () => {
  it('says the text is not JSON', () => {
    const read = readCasePackage('{ not json');
    expect(read.edition).toBeUndefined();
    expect(read.issues[0]?.message.en).toBe('The file is not JSON.');
    expect(read.issues[0]?.message.kk).toBeTruthy();
    expect(read.issues[0]?.message.ru).toBeTruthy();
  });

  it('says a value without a CFDocument is no CFPackage', () => {
    for (const value of [null, 3, [], {}, { CFItems: [] }]) {
      expect(errors(value)[0]?.place.path).toBe('CFDocument');
    }
  });

  it('places a missing statement by its JSON path', () => {
    const pkg = fresh();
    const at = pkg.CFItems.indexOf(itemOf(pkg, 'skill'));
    delete pkg.CFItems[at]?.fullStatement;
    expect(errors(pkg).map((e) => e.place.path)).toContain(`CFItems[${at}].fullStatement`);
  });

  it('refuses an unknown item type', () => {
    const pkg = fresh();
    const skill = itemOf(pkg, 'skill');
    delete skill.extensions;
    skill.CFItemType = 'Grade';
    delete skill.CFItemTypeURI;
    const found = errors(pkg);
    expect(found[0]?.place.path).toBe(`CFItems[${pkg.CFItems.indexOf(skill)}].CFItemType`);
    expect(found[0]?.message.en).toMatch(/Unknown item type "Grade"/);
  });

  it('refuses a cycle in isChildOf', () => {
    const pkg = fresh();
    const task = itemOf(pkg, 'task');
    const fn = itemOf(pkg, 'labourFunction');
    // The function becomes the child of its own task.
    const up = pkg.CFAssociations.find(
      (a) =>
        (a.originNodeURI as { identifier: string }).identifier === fn.identifier && a.associationType === 'isChildOf',
    );
    if (!up) throw new Error('no association');
    up.destinationNodeURI = { ...(up.destinationNodeURI as object), identifier: task.identifier };
    const found = errors(pkg);
    expect(found.length).toBeGreaterThan(0);
    expect(readCasePackage(pkg).edition).toBeUndefined();
  });

  it('refuses an item with two parents, and a parent outside the package', () => {
    const pkg = fresh();
    const skill = itemOf(pkg, 'skill');
    const up = pkg.CFAssociations.find(
      (a) => (a.originNodeURI as { identifier: string }).identifier === skill.identifier,
    );
    pkg.CFAssociations.push({
      ...up,
      destinationNodeURI: { title: 'x', identifier: itemOf(pkg, 'card').identifier, uri: 'x' },
    });
    pkg.CFAssociations.push({ ...up, destinationNodeURI: { title: 'x', identifier: 'elsewhere', uri: 'x' } });
    const messages = errors(pkg).map((e) => e.message.en);
    expect(messages).toContain('The item has two parents (isChildOf twice).');
    expect(messages).toContain('The parent item is not in the package.');
  });

  it('refuses a package with too many items before reading them', () => {
    const pkg = fresh() as unknown as { CFItems: unknown[] };
    pkg.CFItems = Array.from({ length: MAX_CASE_ITEMS + 1 }, () => ({}));
    expect(errors(pkg)[0]?.message.en).toMatch(/Too many CFItems/);
  });

  it('reads a package from another tool (no Kasip extension) with placeholder sources', () => {
    const pkg = fresh();
    delete pkg.CFDocument.extensions;
    for (const item of pkg.CFItems) delete item.extensions;
    const read = readCasePackage(pkg);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const card = read.edition?.cards[0];
    expect(card?.code.value).toBe('2635-3-001');
    expect(card?.level.value).toBe(5);
    expect(card?.labourFunctions[0]?.tasks[0]?.skills[0]?.kk).toBe('Дағды');
    expect(card?.labourFunctions[0]?.tasks[0]?.skills[0]?.source).toEqual({ lines: [1, 1] });
    expect(read.issues.some((i) => i.severity === 'warning' && i.place.path === 'CFDocument')).toBe(true);
  });

  it('never throws on random JSON, and gives an edition exactly when there is no error', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const read = readCasePackage(value);
        expect(read.edition === undefined).toBe(read.issues.some((i) => i.severity === 'error'));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any field of a real package is replaced by random JSON', () => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, at: (string | number)[]) => {
      paths.push(at);
      if (v && typeof v === 'object')
        for (const [k, c] of Object.entries(v)) walk(c, [...at, Array.isArray(v) ? Number(k) : k]);
    };
    walk(fresh(), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue({ maxDepth: 3 }), (at, value) => {
        const pkg = fresh() as unknown as Record<string | number, unknown>;
        let holder = pkg;
        for (const key of at.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
        holder[at.at(-1) as string] = value;
        const read = readCasePackage(pkg);
        expect(read.edition === undefined).toBe(read.issues.some((i) => i.severity === 'error'));
        for (const issue of read.issues) expect(issue.message.kk && issue.message.ru && issue.message.en).toBeTruthy();
      }),
      { numRuns: 400 },
    );
  });
});
