/**
 * `kasip load`: loads the bundled editions (data/standards/…), an edition folder, or an export
 * document into the database. Idempotent: loading unchanged data changes nothing.
 */
import { Command } from 'commander';
import { findEditionFolders, readEdition, readExportFile } from '../../importer/read-edition.js';
import type { LoadReport } from '../../services/edition.service.js';
import { describeLoad } from '../describe-load.js';
import { AppError } from '../../domain/shared/errors.js';
import { printJson, withServices } from '../with-services.js';

export function loadCommand(): Command {
  return new Command('load')
    .description('Load editions into the database (default: every bundled edition)')
    .option('--dir <folder>', 'an edition folder (with edition.yaml) or a folder of them')
    .option('--file <export.json>', 'an export document written by `kasip export --format json`')
    .option('--json', 'print the load reports as JSON')
    .action(async (opts: { dir?: string; file?: string; json?: boolean }) => {
      await withServices(
        async (services, config) => {
          const editions = [];
          if (opts.file) editions.push(await readExportFile(opts.file));
          else {
            const folders = await findEditionFolders(opts.dir ?? config.standardsDir);
            if (folders.length === 0) {
              throw new AppError(
                'not_found',
                `No edition folder (with edition.yaml) under ${opts.dir ?? config.standardsDir}.`,
              );
            }
            for (const folder of folders) editions.push(await readEdition(folder));
          }
          const reports: LoadReport[] = [];
          for (const edition of editions) {
            if (!opts.json) process.stderr.write(`Loading ${edition.meta.id} (${edition.cards.length} cards)…\n`);
            reports.push(await services.editions.load(edition));
          }
          if (opts.json) printJson({ editions: reports });
          else for (const r of reports) process.stdout.write(`${describeLoad(r)}\n`);
        },
        { loadBundled: false },
      );
    });
}
