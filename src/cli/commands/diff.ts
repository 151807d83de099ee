/**
 * `kasip diff --from EDITION --to EDITION`: what changed between two loaded editions, the same
 * operation as GET /api/v1/editions/{a}/diff/{b}. Prints the plain-language summary, then one line
 * per change; `--json` prints the whole diff (changes, word diffs, alignment).
 */
import { Command, Option } from 'commander';
import { validateEditionId } from '../../services/diff.service.js';
import { runOperation } from '../run-operation.js';
import { printJson, withServices } from '../with-services.js';
import type { Lang } from '../../domain/shared/messages/lang.js';

export function diffCommand(): Command {
  return new Command('diff')
    .description('Show what changed from one edition to another (added, removed, reworded, moved items…)')
    .requiredOption('--from <edition>', 'the earlier edition id (or "current")')
    .requiredOption('--to <edition>', 'the later edition id (or "current")')
    .addOption(
      new Option('--lang <lang>', 'language of the summary and messages').choices(['kk', 'ru', 'en']).default('en'),
    )
    .option('--json', 'print the whole diff as JSON')
    .action(async (opts: { from: string; to: string; lang: Lang; json?: boolean }) => {
      // Before opening the database: a malformed id needs no data.
      validateEditionId(opts.from, 'from');
      validateEditionId(opts.to, 'to');
      await withServices(async (services) => {
        const result = await runOperation(services, services.ops.diff.editions, { a: opts.from, b: opts.to });
        if (opts.json) {
          printJson(result);
          return;
        }
        const out = (s: string) => process.stdout.write(`${s}\n`);
        for (const sentence of result.summary[opts.lang]) out(sentence);
        if (result.changes.length > 0) out('');
        for (const change of result.changes) out(`${change.kind.padEnd(18)} ${change.message[opts.lang]}`);
      });
    });
}
