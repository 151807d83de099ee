/**
 * `kasip category`: the qualification category of one person on a card — the same engine and
 * the same answer as POST /api/v1/qualification/category.
 */
import { Command } from 'commander';
import { personSchema } from '../../domain/qualification/person.js';
import { AppError } from '../../domain/shared/errors.js';
import { printJson, withServices } from '../with-services.js';

type Options = {
  card: string;
  level: string;
  education: string;
  field: string;
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
    .requiredOption('--card <code>', 'card code, e.g. 3412-0-008')
    .requiredOption('--level <n>', 'SQF level of the card, e.g. 5')
    .requiredOption('--education <level>', 'basic-secondary | tvet | higher | postgraduate')
    .requiredOption('--field <field>', 'social | economic | pedagogical | medical | psychological | legal | other')
    .option('--certificate <name>', 'social-training')
    .option('--experience <list>', 'years per category held, e.g. none:2,second:1')
    .option('--edition <id>', 'edition id (default: the current edition)')
    .option('--lang <lang>', 'language of the summary: kk, ru or en', 'kk')
    .option('--json', 'print the whole answer as JSON')
    .action(async (opts: Options) => {
      const level = Number(opts.level);
      if (!/^\d{4}-\d-\d{3}$/.test(opts.card))
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
        const result = await services.qualification.category({
          ...parsed.data,
          card: { code: opts.card, level },
          edition: opts.edition,
        });
        if (opts.json) printJson(result);
        else {
          process.stdout.write(`${result.summary[opts.lang as 'kk' | 'ru' | 'en']}\n`);
          if (result.explanation.matched) {
            const m = result.explanation.matched;
            process.stdout.write(`  rule ${m.id} (lines ${m.source.lines.join('–')}): ${m.text}\n`);
          }
          for (const note of result.explanation.notes) process.stdout.write(`  note: ${note}\n`);
        }
      });
    });
}
