/**
 * Opens the configured database (migrating it), hands the services to a command and always
 * closes the database again, releasing the embedded data directory's lock.
 */
import { loadConfig, type Config } from '../config.js';
import { createServices, type Services } from '../services/index.js';
import { openDb } from '../storage/db.js';

export async function withServices<T>(run: (services: Services, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDb(config.db);
  try {
    await database.migrate();
    return await run(createServices(database), config);
  } finally {
    await database.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
