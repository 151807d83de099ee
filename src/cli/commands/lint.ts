/**
 * `kasip lint [--json] [--edition ID] [--fail-on error|warning|info]`: the quality checks of an
 * edition (the same as GET /api/v1/editions/{id}/quality). Findings never make the command fail
 * unless `--fail-on` says from which severity they should (exit code 2).
 */
import { Command, Option } from 'commander';
import { AppError } from '../../domain/shared/errors.js';
import type { Finding, Severity } from '../../domain/quality/types.js';
import { runOperation } from '../run-operation.js';
import { printJson, withServices } from '../with-services.js';
import { LANGS, type Lang, message } from '../../domain/shared/messages/index.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

type LintOpts = {
  json?: boolean;
  edition?: string;
  failOn?: Severity;
  severity?: Severity;
  rule?: string;
  lang: Lang;
};

function where(f: Finding): string {
  const lines = f.source
    ? `L${f.source.lines[0]}${f.source.lines[1] !== f.source.lines[0] ? `-${f.source.lines[1]}` : ''}`
    : '';
  return `${(f.location.itemId ?? f.location.path).padEnd(26)} ${lines.padEnd(10)}`;
}

export function lintCommand(): Command {
  return new Command('lint')
    .description(
      'Check an edition for defects: structure, codes and names, levels, duplication, text hygiene, domain drift',
    )
    .option('--edition <id>', 'edition id (default: the current edition)')
    .option('--json', 'print the report as JSON (the API response)')
    .addOption(new Option('--severity <level>', 'show findings from this severity up').choices(SEVERITIES))
    .option('--rule <ids>', 'only these rules, comma-separated (e.g. doubled-word,russian-text)')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(LANGS).default('en'))
    .addOption(
      new Option('--fail-on <level>', 'exit with code 2 when there are findings of this severity or above').choices(
        SEVERITIES,
      ),
    )
    .action(async (opts: LintOpts) => {
      await withServices(async (services) => {
        // The same operation as the API.
        const report = await runOperation(services, services.ops.quality.report, {
          id: opts.edition ?? 'current',
          severity: opts.severity,
          rule: opts.rule,
        });
        if (opts.json) printJson(report);
        else {
          let card = '';
          for (const f of report.findings) {
            const heading = f.location.card
              ? message(opts.lang, 'cli.lint.card', { code: f.location.card.code, level: f.location.card.level })
              : message(opts.lang, 'cli.lint.edition');
            if (heading !== card) {
              process.stdout.write(`\n${heading}\n`);
              card = heading;
            }
            process.stdout.write(
              `  ${f.severity.padEnd(7)} ${where(f)} ${f.rule.padEnd(30)} ${f.message[opts.lang]}\n`,
            );
          }
          const s = report.summary.bySeverity;
          const summary = message(opts.lang, 'cli.lint.summary', {
            edition: report.edition,
            total: report.summary.total,
            ...s,
          });
          process.stdout.write(`\n${summary}\n`);
        }
        const failOn = opts.failOn;
        if (failOn) {
          const failing = report.findings.filter((f) => RANK[f.severity] <= RANK[failOn]).length;
          if (failing > 0) {
            throw new AppError('validation_failed', `${failing} finding(s) at severity "${failOn}" or above.`);
          }
        }
      });
    });
}
