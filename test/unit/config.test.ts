import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeDb, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data and 127.0.0.1:8080', () => {
    const config = loadConfig({});
    expect(config.db).toEqual({ kind: 'embedded', dataDir: path.resolve('data/pglite') });
    expect([config.host, config.port]).toEqual(['127.0.0.1', 8080]);
  });

  it('uses a PostgreSQL server when DATABASE_URL is set, and never prints its password', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://kasip:s3cret@db:5432/kasip' });
    expect(config.db).toEqual({ kind: 'server', url: 'postgres://kasip:s3cret@db:5432/kasip' });
    expect(describeDb(config.db)).toBe('PostgreSQL at postgres://kasip:***@db:5432/kasip');
  });

  it('lets flags override the environment', () => {
    expect(loadConfig({ PORT: '9000', HOST: '0.0.0.0' }, { port: '9100' })).toMatchObject({
      port: 9100,
      host: '0.0.0.0',
    });
    expect(loadConfig({ KASIP_DATA_DIR: '/tmp/k' }).db).toEqual({ kind: 'embedded', dataDir: '/tmp/k/pglite' });
  });

  it('names every bad value', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL must start with postgres/);
      expect(problems).toMatch(/LOG_LEVEL/);
    }
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/between 0 and 65535/);
  });
});
