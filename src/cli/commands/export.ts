/** `kasip export --format json`: the whole edition as one document (see docs/data-model.md). */
import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { runOperation } from '../run-operation.js';
import { withServices } from '../with-services.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('Export an edition as one document')
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .option('--edition <id>', 'edition id (default: the current edition)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (opts: { format: 'json'; edition?: string; output?: string }) => {
      await withServices(async (services) => {
        const document = await runOperation(services, services.ops.editions.export, {
          id: opts.edition ?? 'current',
          format: opts.format,
        });
        const text = `${JSON.stringify(document, null, 2)}\n`;
        if (opts.output) {
          await writeFile(opts.output, text, 'utf8');
          process.stderr.write(`Wrote ${document.cards.length} cards of ${document.edition.id} to ${opts.output}.\n`);
        } else process.stdout.write(text);
      });
    });
}
