/**
 * `kasip category`: the qualification category of one person on a card — the same operation and
 * the same answer as POST /api/v1/qualification/category; `--file` runs a whole staff list, as
 * POST /api/v1/qualification/category:batch does.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { batchTable } from '../../domain/qualification/batch.js';
import { localizeNote } from '../../domain/qualification/explain.js';
import { stringifyCsv } from '../../domain/shared/csv.js';
import { LANGS, type Lang } from '../../domain/shared/localize.js';
import { message } from '../../domain/shared/messages/index.js';
import { tableToXlsx } from '../../exports/table-xlsx.js';
import { readStaffFile } from '../../importer/staff-file.js';
import { personSchema } from '../../domain/qualification/person.js';
import { AppError } from '../../domain/shared/errors.js';
import { runOperation } from '../run-operation.js';
import { printJson, withServices } from '../with-services.js';

type Options = {
  card?: string;
  level?: string;
  education?: string;
  field?: string;
  file?: string;
  output?: string;
  certificate?: string;
  experience?: string;
  edition?: string;
  lang: string;
  json?: boolean;
};

/** "none:2,second:1.5" → [{category: 'none', years: 2}, …]; the schema checks the values. */
function parseExperience(text: string | undefined): { category: string; years: number }[] {
  if (!text) return [];
  return text.split(',').map((part) => {
    const [category = '', years = ''] = part.split(':');
    return { category: category.trim(), years: years.trim() === '' ? Number.NaN : Number(years) };
  });
}

export function categoryCommand(): Command {
  return new Command('category')
    .description('Which qualification category a person may hold on a card, and why')
    .option('--card <code>', 'card code, e.g. 3412-0-008')
    .option('--level <n>', 'SQF level of the card, e.g. 5')
    .option('--education <level>', 'basic-secondary | tvet | higher | postgraduate')
    .option('--field <field>', 'social | economic | pedagogical | medical | psychological | legal | other')
    .option('--certificate <name>', 'social-training')
    .option('--experience <list>', 'years per category held, e.g. none:2,second:1')
    .option('--edition <id>', 'edition id (default: the current edition)')
    .option('--lang <lang>', 'language of the summary: kk, ru or en', 'kk')
    .option('--json', 'print the whole answer as JSON')
    .option(
      '--file <staff.csv|staff.xlsx>',
      'a whole staff list (columns: id, card, level, education, field, certificate, none, second, first, higher)',
    )
    .option(
      '-o, --output <file.csv|file.xlsx|file.json>',
      'with --file: write the answers there (default: CSV on standard output)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  kasip category --card 3412-0-008 --level 5 --education tvet --field social --experience none:1,second:2\n  kasip category --file staff.xlsx --output categories.xlsx --lang ru',
    )
    .action(async (opts: Options) => {
      if (opts.file) return categoryBatch(opts.file, opts);
      const missing = (['card', 'level', 'education', 'field'] as const).filter((k) => !opts[k]);
      if (missing.length > 0) {
        throw new AppError(
          'validation_failed',
          `Give ${missing.map((m) => `--${m}`).join(', ')} (or --file for a staff list).`,
        );
      }
      const level = Number(opts.level);
      if (!/^\d{4}-\d-\d{3}$/.test(opts.card ?? ''))
        throw new AppError('validation_failed', `--card "${opts.card}" is not a code like 2635-3-001.`);
      if (!Number.isInteger(level) || level < 1 || level > 8)
        throw new AppError('validation_failed', `--level "${opts.level}" must be a whole number from 1 to 8.`);
      if (!['kk', 'ru', 'en'].includes(opts.lang))
        throw new AppError('validation_failed', '--lang must be kk, ru or en.');
      const parsed = personSchema.safeParse({
        education: {
          level: opts.education,
          field: opts.field,
          ...(opts.certificate ? { certificate: opts.certificate } : {}),
        },
        experience: parseExperience(opts.experience),
      });
      if (!parsed.success) {
        const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new AppError('validation_failed', 'The person is described with invalid values.', errors);
      }
      await withServices(async (services) => {
        const result = await runOperation(services, services.ops.qualification.category, {
          request: { ...parsed.data, card: { code: opts.card ?? '', level } },
          edition: opts.edition,
        });
        if (opts.json) printJson(result);
        else {
          process.stdout.write(`${result.summary[opts.lang as Lang]}\n`);
          if (result.explanation.matched) {
            const m = result.explanation.matched;
            const lines = m.source.lines.join('–');
            process.stdout.write(
              `  ${message(opts.lang as Lang, 'cli.category.rule', { id: m.id, lines, text: m.text })}\n`,
            );
          }
          for (const note of result.explanation.notes)
            process.stdout.write(
              `  ${message(opts.lang as Lang, 'cli.category.note', { text: localizeNote(note, opts.lang as Lang) })}\n`,
            );
        }
      });
    });
}

async function categoryBatch(file: string, opts: Options): Promise<void> {
  const lang = opts.lang as Lang;
  if (!LANGS.includes(lang)) throw new AppError('validation_failed', '--lang must be kk, ru or en.');
  const output = opts.output;
  const format = output ? path.extname(output).slice(1).toLowerCase() : opts.json ? 'json' : 'csv';
  if (!['csv', 'xlsx', 'json'].includes(format))
    throw new AppError('validation_failed', '--output must end in .csv, .xlsx or .json.');
  const records = await readStaffFile(file);
  process.stderr.write(`Read ${records.length} rows from ${file}.\n`);
  await withServices(async (services) => {
    const started = Date.now();
    const result = await runOperation(services, services.ops.qualification.categoryBatch, {
      staff: { rows: records },
      // The operation refuses a JSON answer of more rows than it can write.
      format,
      edition: opts.edition,
    });
    process.stderr.write(`${result.answered} answered, ${result.failed} with errors, in ${Date.now() - started} ms.\n`);
    const table = batchTable(result.rows, lang);
    const data: string | Buffer =
      format === 'json'
        ? `${JSON.stringify(result, null, 2)}\n`
        : format === 'xlsx'
          ? await tableToXlsx('categories', table)
          : stringifyCsv(table);
    if (output) {
      await writeFile(output, data);
      process.stderr.write(`Wrote ${output}.\n`);
    } else process.stdout.write(data);
  });
}
