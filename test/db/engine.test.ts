import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDb } from '../../src/storage/db.js';
import { knownMigrations, openDb } from '../../src/storage/db.js';
import pg from 'pg';
import { openTestDb, serverUrl, testEngines } from '../support/engines.js';

describe.each(testEngines)('database on %s', (engine) => {
  let database: OpenDb;
  beforeAll(async () => {
    database = await openTestDb(engine, { migrate: false });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('reports its engine and a PostgreSQL version', async () => {
    expect(database.engine).toBe(engine);
    expect(await database.version()).toMatch(/^PostgreSQL \d+/);
  });

  it('starts with every migration pending and applies them all, idempotently', async () => {
    expect((await database.migrationState()).pending).toEqual(knownMigrations);
    const first = await database.migrate();
    expect(first).toEqual({ applied: knownMigrations, pending: [] });
    expect(await database.migrate()).toEqual(first);
  });

  it('lower-cases Kazakh and builds Cyrillic trigrams (a UTF-8 ctype)', async () => {
    const { rows } = await sql<{ l: string; s: number }>`
      select lower('ҚАЗАҚ ӘЛЕУМЕТТІК') as l, similarity('Бағдарламашы', 'бағдарламаушы')::float8 as s`.execute(
      database.db,
    );
    expect(rows[0]?.l).toBe('қазақ әлеуметтік');
    expect(rows[0]?.s).toBeGreaterThan(0.5);
  });

  it('rolls back a failed transaction and keeps the committed one', async () => {
    const insertStandard = (id: string) =>
      database.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('standard')
          .values({ id, title: JSON.stringify({ kk: id }) as never })
          .execute();
        if (id.endsWith('fail')) throw new Error('boom');
      });
    await insertStandard('tx-ok');
    await expect(insertStandard('tx-fail')).rejects.toThrow('boom');
    const ids = await database.db.selectFrom('standard').select('id').where('id', 'like', 'tx-%').execute();
    expect(ids.map((r) => r.id)).toEqual(['tx-ok']);
  });
});

describe.skipIf(!serverUrl)('a PostgreSQL server database that is not UTF-8', () => {
  it('is refused at start with a message that says how to create one', async () => {
    const name = `kasip_ascii_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name} encoding 'SQL_ASCII' lc_collate 'C' lc_ctype 'C' template template0`);
    try {
      const url = new URL(serverUrl ?? '');
      url.pathname = `/${name}`;
      await expect(openDb({ kind: 'server', url: url.toString() })).rejects.toMatchObject({
        code: 'unsupported_database',
        message: expect.stringContaining('createdb -E UTF8'),
      });
    } finally {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    }
  });

  it('is reported as unavailable, not a crash, when the server cannot be reached', async () => {
    await expect(openDb({ kind: 'server', url: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toMatchObject({
      code: 'database_unavailable',
    });
  });
});
