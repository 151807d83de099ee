/**
 * IMS CASE 1.1 over HTTP. The CASE REST endpoints (`CFDocuments`, `CFPackages/{sourcedId}`,
 * `CFItems/{sourcedId}`, `CFAssociations/{sourcedId}`, `CFItemTypes/{sourcedId}`) are bound at
 * `/ims/case/v1p1/…`: under /api like every operation (documented there, problem+json errors),
 * and again at the site's root by case-mount.ts, where CASE clients look for them and errors
 * are CASE's imsx_StatusInfo. `GET /v1/editions/{id}/case` downloads an edition's CFPackage.
 *
 * The operations answer editions; the CASE objects are written here (src/exports/case), once
 * per edition value: the package and an index of its objects by identifier.
 */
import type { Context } from 'hono';
import { AppError } from '../../domain/shared/errors.js';
import type { Edition } from '../../domain/standard/edition.js';
import {
  type CfAssociation,
  type CfDocument,
  type CfItem,
  type CfItemType,
  type CfPackage,
  cfAssociationSchema,
  cfDocumentListSchema,
  cfItemSchema,
  cfItemTypeSchema,
  cfPackageSchema,
} from '../../domain/workbench/case-package-schema.js';
import { toCasePackage } from '../../exports/case/case-package.js';
import type { CaseEdition } from '../../services/workbench/case.ops.js';
import type { Operations } from '../../services/operations/catalogue.js';
import type { AppEnv } from '../app-env.js';
import { type HttpBinding, bind } from '../operation-route.js';

/** Where CASE clients find the endpoints (CASE 1.1 REST binding). */
export const CASE_PREFIX = '/ims/case/v1p1';

type Written = {
  pkg: CfPackage;
  items: Map<string, CfItem>;
  associations: Map<string, CfAssociation>;
  itemTypes: Map<string, CfItemType>;
  document: CfDocument;
};

function writer(publicUrl: string) {
  const baseUrl = `${publicUrl.replace(/\/$/, '')}${CASE_PREFIX}`;
  const written = new WeakMap<Edition, Written>();
  return (entry: CaseEdition): Written => {
    const kept = written.get(entry.edition);
    if (kept) return kept;
    const pkg = toCasePackage(entry.edition, { baseUrl, lastChange: entry.lastChange });
    const doc = pkg.CFDocument;
    const documentUri = { title: doc.title, identifier: doc.identifier, uri: doc.uri };
    const { sourceText: _omitted, ...listed } = doc.extensions.kasip;
    const made: Written = {
      pkg,
      document: {
        ...doc,
        extensions: { kasip: listed },
        CFPackageURI: { ...documentUri, uri: `${baseUrl}/CFPackages/${doc.identifier}` },
      },
      items: new Map(pkg.CFItems.map((i) => [i.identifier, { ...i, CFDocumentURI: documentUri }])),
      associations: new Map(pkg.CFAssociations.map((a) => [a.identifier, { ...a, CFDocumentURI: documentUri }])),
      itemTypes: new Map(pkg.CFDefinitions.CFItemTypes.map((t) => [t.identifier, t])),
    };
    written.set(entry.edition, made);
    return made;
  };
}

const unknown = (what: string, id: string) =>
  new AppError('not_found', `There is no ${what} ${id.slice(0, 100)}: unknown object.`);

/** The first edition (current first) that has the object. */
function find<T>(
  editions: CaseEdition[],
  write: (e: CaseEdition) => Written,
  pick: (w: Written) => T | undefined,
): T | undefined {
  for (const entry of editions) {
    const found = pick(write(entry));
    if (found !== undefined) return found;
  }
  return undefined;
}

export function caseRoutes(ops: Operations, publicUrl = 'http://localhost'): HttpBinding[] {
  const write = writer(publicUrl);
  const { caseApi } = ops;
  const tags = ['CASE'];
  type Lookup = { sourcedId: string };
  const lookupInput = (c: Context<AppEnv>): Lookup => ({ sourcedId: c.req.param('sourcedId') ?? '' });
  return [
    bind({
      op: caseApi.documents,
      method: 'get',
      path: `${CASE_PREFIX}/CFDocuments`,
      tags,
      description: 'CASE 1.1 getAllCFDocuments: every edition, the current one first.',
      present: {
        schema: cfDocumentListSchema,
        body: (_c, out) => ({ CFDocuments: out.editions.map((e) => write(e).document) }),
      },
    }),
    bind({
      op: caseApi.package,
      method: 'get',
      path: `${CASE_PREFIX}/CFPackages/{sourcedId}`,
      tags,
      description: 'CASE 1.1 getCFPackage: the edition whose CFDocument has this identifier, whole.',
      present: {
        schema: cfPackageSchema,
        body: (c, out) => {
          const { sourcedId } = lookupInput(c);
          const found = find(out.editions, write, (w) =>
            w.pkg.CFDocument.identifier === sourcedId ? w.pkg : undefined,
          );
          if (!found) throw unknown('CFPackage', sourcedId);
          return found;
        },
      },
    }),
    bind({
      op: caseApi.item,
      method: 'get',
      path: `${CASE_PREFIX}/CFItems/{sourcedId}`,
      tags,
      description:
        'CASE 1.1 getCFItem. An item keeps its identifier across editions: the current edition’s is answered, else the newest that has it.',
      present: {
        schema: cfItemSchema,
        body: (c, out) => {
          const { sourcedId } = lookupInput(c);
          const found = find(out.editions, write, (w) => w.items.get(sourcedId));
          if (!found) throw unknown('CFItem', sourcedId);
          return found;
        },
      },
    }),
    bind({
      op: caseApi.association,
      method: 'get',
      path: `${CASE_PREFIX}/CFAssociations/{sourcedId}`,
      tags,
      description: 'CASE 1.1 getCFAssociation.',
      present: {
        schema: cfAssociationSchema,
        body: (c, out) => {
          const { sourcedId } = lookupInput(c);
          const found = find(out.editions, write, (w) => w.associations.get(sourcedId));
          if (!found) throw unknown('CFAssociation', sourcedId);
          return found;
        },
      },
    }),
    bind({
      op: caseApi.itemType,
      method: 'get',
      path: `${CASE_PREFIX}/CFItemTypes/{sourcedId}`,
      tags,
      description: 'CASE 1.1 getCFItemType: a kind of Kasip item (card, labour function, task, skill, knowledge…).',
      present: {
        schema: cfItemTypeSchema,
        body: (c, out) => {
          const { sourcedId } = lookupInput(c);
          const found = find(out.editions, write, (w) => w.itemTypes.get(sourcedId));
          if (!found) throw unknown('CFItemType', sourcedId);
          return found;
        },
      },
    }),
    bind({
      op: caseApi.download,
      method: 'get',
      path: '/v1/editions/{id}/case',
      tags: ['Editions'],
      description:
        'The edition as an IMS CASE 1.1 CFPackage (JSON), downloaded as a file: what CFPackages/{sourcedId} answers. See docs/interchange.md.',
      present: {
        schema: cfPackageSchema,
        body: (c, out) => {
          c.header('Content-Disposition', `attachment; filename="${out.edition.meta.id}.case.json"`);
          return write(out).pkg;
        },
      },
    }),
  ];
}
