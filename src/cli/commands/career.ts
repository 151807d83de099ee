/**
 * `kasip career paths --from CODE/LEVEL --to CODE/LEVEL` and `kasip career gap --file
 * assessment.json`: the same operations and answers as GET /api/v1/career/paths and POST
 * /api/v1/career/gap.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { gapSheets } from '../../domain/career/gap-sheets.js';
import { selfAssessmentSchema } from '../../domain/career/gap.js';
import { sheetsToXlsx } from '../../exports/career-xlsx.js';
import { personSchema } from '../../domain/qualification/person.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/localize.js';
import { message, valueWord } from '../../domain/shared/messages/index.js';
import { runOperation } from '../run-operation.js';
import { printJson, withServices } from '../with-services.js';

const CARD = /^\d{4}-\d-\d{3}\/[1-8]$/;

/** Checked here, before the database opens, with the CLI's own wording; the operation reads it. */
function checkCard(name: string, value: string): void {
  if (!CARD.test(value))
    throw new AppError('validation_failed', `--${name} "${value}" is not a card as CODE/LEVEL, e.g. 2635-3-001/4.`);
}

function langOption(value: string): Lang {
  if (value !== 'kk' && value !== 'ru' && value !== 'en')
    throw new AppError('validation_failed', '--lang must be kk, ru or en.');
  return value;
}

const fieldErrors = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

function pathsCommand(): Command {
  return new Command('paths')
    .description('Career paths from one card to another, with what changes at each step')
    .requiredOption('--from <card>', 'the card to start from, e.g. 2635-3-001/4')
    .requiredOption('--to <card>', 'the target card, e.g. 2635-3-001/6')
    .option('--max-paths <n>', 'at most this many paths (1–20)', '5')
    .option('--edition <id>', 'edition id (default: the current edition)')
    .option('--lang <lang>', 'display language: kk, ru or en', 'kk')
    .option('--json', 'print the whole answer as JSON')
    .action(
      async (opts: { from: string; to: string; maxPaths: string; edition?: string; lang: string; json?: boolean }) => {
        checkCard('from', opts.from);
        checkCard('to', opts.to);
        const lang = langOption(opts.lang);
        const maxPaths = Number(opts.maxPaths);
        if (!Number.isInteger(maxPaths) || maxPaths < 1 || maxPaths > 20)
          throw new AppError('validation_failed', '--max-paths must be a whole number from 1 to 20.');
        await withServices(async (services) => {
          const result = await runOperation(services, services.ops.career.paths, {
            from: opts.from,
            to: opts.to,
            maxPaths,
            edition: opts.edition,
            lang,
          });
          if (opts.json) {
            printJson(result);
            return;
          }
          if (result.paths.length === 0)
            process.stdout.write(`${message(lang, 'cli.career.noPath', { from: opts.from, to: opts.to })}\n`);
          result.paths.forEach((path, n) => {
            const route = [opts.from, ...path.steps.map((s) => `${s.to.code}/${s.to.level}`)].join(' → ');
            process.stdout.write(`${message(lang, 'cli.career.path', { n: n + 1, route })}\n`);
            for (const step of path.steps) {
              const d = step.delta;
              const line = (
                name: 'functions' | 'tasks' | 'skills' | 'knowledge',
                c: { same: number; changed: number; added: number; removed: number },
              ) => `${message(lang, `cli.career.${name}`)} +${c.added} −${c.removed} ~${c.changed} =${c.same}`;
              process.stdout.write(
                `  ${step.from.code}/${step.from.level} → ${step.to.code}/${step.to.level} (${message(lang, `cli.career.kind.${step.kind}`)}): ${[
                  line('functions', d.labourFunctions.counts),
                  line('tasks', d.tasks.counts),
                  line('skills', d.skills.counts),
                  line('knowledge', d.knowledge.counts),
                ].join('; ')}\n`,
              );
              for (const rule of step.requires.entry)
                process.stdout.write(
                  `    ${message(lang, 'cli.career.requires', { group: valueWord(lang, 'group', rule.group), text: rule.kk })}\n`,
                );
            }
          });
        });
      },
    );
}

function gapCommand(): Command {
  return new Command('gap')
    .description('Gap report of a self-assessment (JSON: {card: {code, level}, ratings: {itemId: none|partial|full}})')
    .requiredOption('--file <path>', 'the self-assessment as JSON (as the web app exports it)')
    .option('--person <json>', 'education and experience as JSON, e.g. {"education":{"level":"tvet","field":"social"}}')
    .option('--xlsx <path>', 'also write the report as an XLSX workbook')
    .option('--edition <id>', 'edition id (default: the current edition)')
    .option('--lang <lang>', 'language: kk, ru or en', 'kk')
    .action(async (opts: { file: string; person?: string; xlsx?: string; edition?: string; lang: string }) => {
      const lang = langOption(opts.lang);
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(opts.file, 'utf8'));
      } catch (error) {
        throw new AppError('validation_failed', `${opts.file} is not readable JSON: ${(error as Error).message}`);
      }
      const assessment = selfAssessmentSchema.safeParse(raw);
      if (!assessment.success)
        throw new AppError(
          'validation_failed',
          `${opts.file} is not a valid self-assessment.`,
          fieldErrors(assessment.error.issues),
        );
      let person: ReturnType<typeof personSchema.parse> | undefined;
      if (opts.person) {
        let json: unknown;
        try {
          json = JSON.parse(opts.person);
        } catch (error) {
          throw new AppError('validation_failed', `--person is not JSON: ${(error as Error).message}`);
        }
        const parsed = personSchema.safeParse(json);
        if (!parsed.success)
          throw new AppError('validation_failed', '--person is invalid.', fieldErrors(parsed.error.issues));
        person = parsed.data;
      }
      await withServices(async (services) => {
        const report = await runOperation(services, services.ops.career.gap, {
          assessment: { ...assessment.data, person },
          edition: opts.edition,
          lang,
        });
        printJson(report);
        if (opts.xlsx) await writeFile(opts.xlsx, await sheetsToXlsx(gapSheets(report, lang)));
      });
    });
}

export function careerCommand(): Command {
  const command = new Command('career')
    .description('Career paths between cards, and gap reports of self-assessments')
    .addCommand(pathsCommand())
    .addCommand(gapCommand());
  // main.ts gives these settings to top-level commands only; the subcommands need them too.
  for (const sub of command.commands) sub.exitOverride().showHelpAfterError('(run with --help for usage)');
  return command;
}
