/**
 * The committed OpenAPI document (openapi/openapi.json) is the one the server serves, and the
 * web app's generated types (web/src/api/schema.d.ts) are what openapi-typescript makes of it.
 * Either failing means the committed files are stale: `npm run openapi` rewrites both.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FILE, ROOT, SCHEMA_FILE, schemaText } from '../../scripts/openapi.js';
import { useBundledApp } from '../support/bundled-app.js';

const STALE = 'is stale: run `npm run openapi` and commit the result';

describe('the committed OpenAPI document', () => {
  // With the bundled edition loaded: the document must not depend on what is in the database.
  const ctx = useBundledApp('pglite');

  it('equals the document the server serves', async () => {
    const response = await ctx.app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const served = await response.json();
    const committed = JSON.parse(await readFile(path.join(ROOT, DOCUMENT_FILE), 'utf8'));
    expect(served, `${DOCUMENT_FILE} ${STALE}`).toEqual(committed);
  });

  it('is what the web types are generated from', async () => {
    const committed = await readFile(path.join(ROOT, DOCUMENT_FILE), 'utf8');
    const schema = await readFile(path.join(ROOT, SCHEMA_FILE), 'utf8');
    expect(schema === (await schemaText(committed)), `${SCHEMA_FILE} ${STALE}`).toBe(true);
  });
});
