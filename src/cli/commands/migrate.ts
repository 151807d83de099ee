/** `kasip migrate`: applies pending migrations (the server also does this at start). */
import { Command } from 'commander';
import { describeDb, loadConfig } from '../../config.js';
import { openDb } from '../../storage/db.js';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('Apply pending database migrations')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const config = loadConfig();
      const database = await openDb(config.db);
      try {
        const before = await database.migrationState();
        const after = await database.migrate();
        const ran = after.applied.filter((m) => !before.applied.includes(m));
        if (opts.json) {
          process.stdout.write(
            `${JSON.stringify({ engine: database.engine, ran, applied: after.applied, pending: after.pending })}\n`,
          );
        } else {
          process.stdout.write(
            `${describeDb(config.db)}: ${ran.length ? `applied ${ran.join(', ')}` : 'already up to date'} (${after.applied.length} migrations in total).\n`,
          );
        }
      } finally {
        await database.close();
      }
    });
}
