#!/usr/bin/env node
/**
 * The `kasip` command line: `npm run kasip -- <command>`. Every command has --help; errors are
 * one clear line on stderr and a non-zero exit code (see exit-codes.ts).
 */
import { Command, CommanderError } from 'commander';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { AppError } from '../domain/shared/errors.js';
import { environmentFault } from '../storage/environment-faults.js';
import { APP_VERSION } from '../version.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { adminCommand } from './commands/admin.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { careerCommand } from './commands/career.js';
import { categoryCommand } from './commands/category.js';
import { demoCommand } from './commands/demo.js';
import { diffCommand } from './commands/diff.js';
import { exportCommand } from './commands/export.js';
import { lintCommand } from './commands/lint.js';
import { loadCommand } from './commands/load.js';
import { migrateCommand } from './commands/migrate.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { validateCommand } from './commands/validate.js';

type Io = { err: (s: string) => void };

/** KASIP_DATA_DIR when the embedded database is configured, to name it in a fault's message. */
function embeddedDataDir(): string | undefined {
  try {
    const { db } = loadConfig();
    return db.kind === 'embedded' ? path.dirname(db.dataDir) : undefined;
  } catch {
    return undefined;
  }
}

export function createProgram(io: Io = { err: (s) => process.stderr.write(s) }): Command {
  const program = new Command('kasip')
    .description("Kasip: Kazakhstan's professional standards as data, registry and tools")
    .version(APP_VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.addCommand(serveCommand());
  program.addCommand(migrateCommand());
  program.addCommand(loadCommand());
  program.addCommand(exportCommand());
  program.addCommand(validateCommand());
  program.addCommand(searchCommand());
  program.addCommand(categoryCommand());
  program.addCommand(lintCommand());
  program.addCommand(careerCommand());
  program.addCommand(diffCommand());
  program.addCommand(adminCommand());
  program.addCommand(backupCommand());
  program.addCommand(restoreCommand());
  program.addCommand(demoCommand());
  // addCommand() does not pass settings down, so each subcommand (and theirs: `admin create`) gets them here.
  const withSubcommands = (c: Command): Command[] => [c, ...c.commands.flatMap(withSubcommands)];
  for (const command of withSubcommands(program)) {
    command.exitOverride().showHelpAfterError('(run with --help for usage)').configureOutput({ writeErr: io.err });
  }
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: string[], io: Io = { err: (s) => process.stderr.write(s) }): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof ConfigError) {
      io.err(`kasip: ${error.message}\n`);
      return exitCodeFor(error.code);
    }
    if (error instanceof AppError) {
      io.err(`kasip: ${error.message}\n`);
      for (const e of error.errors) io.err(`  - ${e.path}: ${e.message}\n`);
      return exitCodeFor(error.code);
    }
    // A full disk or a read-only directory met after the start (during a load, a migration, or
    // inside PGlite's own files) is the machine's fault as much as one met at the start.
    const fault = environmentFault(error, embeddedDataDir());
    if (fault) {
      io.err(`kasip: ${fault.message}\n`);
      return exitCodeFor(fault.code);
    }
    io.err(`kasip: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.internal;
  }
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  // `kasip lint | head`: a reader that stops early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const code = await runCli(process.argv.slice(2));
  // `serve` keeps running; it sets process.exitCode itself on shutdown.
  if (code !== EXIT.ok) process.exit(code);
}
