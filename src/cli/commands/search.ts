/** `kasip search "<query>"`: the same search operation as GET /api/v1/search. */
import { Command, InvalidArgumentError } from 'commander';
import { runOperation } from '../run-operation.js';
import { printJson, withServices } from '../with-services.js';

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw new InvalidArgumentError('limit must be a whole number from 1 to 100');
  return n;
}

export function searchCommand(): Command {
  return new Command('search')
    .description('Search the current edition (Kazakh inflections, typos and translations understood)')
    .argument('<query>', 'what to look for, e.g. "психологтың"')
    .option('--limit <n>', 'how many hits (1–100)', parseLimit, 10)
    .option(
      '--type <types>',
      'only these hit types, comma-separated (card,labourFunction,task,skill,knowledge,term,profession)',
    )
    .option('--edition <id>', 'edition id (default: the current edition)')
    .option('--json', 'print the hits as JSON')
    .action(async (query: string, opts: { limit: number; type?: string; edition?: string; json?: boolean }) => {
      await withServices(async (services) => {
        const result = await runOperation(services, services.ops.search.query, {
          q: query,
          limit: opts.limit,
          type: opts.type,
          edition: opts.edition,
        });
        if (opts.json) {
          printJson({ hits: result.hits });
          return;
        }
        if (result.hits.length === 0) process.stdout.write(`No hits for "${result.query}".\n`);
        for (const hit of result.hits) {
          const where = hit.card ? `${hit.card.code}/${hit.card.level}` : '—';
          // A text printed in several cards is one hit: its other cards follow it.
          const copies = hit.alsoIn.map((c) => (c.card ? `${c.card.code}/${c.card.level}` : c.id));
          const also = copies.length > 0 ? `  [+ ${copies.join(', ')}]` : '';
          process.stdout.write(
            `${hit.score.toFixed(3)}  ${hit.type.padEnd(14)} ${where.padEnd(13)} ${hit.text}${also}\n`,
          );
        }
      });
    });
}
