/**
 * Opens the configured database (migrating it), hands the services to a command and always
 * closes the database again, releasing the embedded data directory's lock.
 */
import { loadConfig, type Config } from '../config.js';
import { createServices, type Services } from '../services/index.js';
import { openDb } from '../storage/db.js';
import { loadBundledIfEmpty } from './bundled-editions.js';

export async function withServices<T>(
  run: (services: Services, config: Config) => Promise<T>,
  opts: { loadBundled?: boolean } = { loadBundled: true },
): Promise<T> {
  const config = loadConfig();
  const database = await openDb(config.db);
  try {
    await database.migrate();
    const services = createServices(database, { accounts: config.accounts });
    if (opts.loadBundled) await loadBundledIfEmpty(services, config, (msg) => process.stderr.write(`${msg}\n`));
    return await run(services, config);
  } finally {
    await database.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
