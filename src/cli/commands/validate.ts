/**
 * `kasip validate`: checks edition folders without a database: schemas, invariants, and the
 * fidelity audit (every text occurs in its source lines; every line of a card is covered).
 * The tool for whoever transcribes or amends a standard.
 */
import { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { AppError } from '../../domain/shared/errors.js';
import { fidelityReport } from '../../domain/standard/fidelity.js';
import { checkInvariants } from '../../domain/standard/invariants.js';
import { findEditionFolders, readEdition } from '../../importer/read-edition.js';
import { printJson } from '../with-services.js';

export function validateCommand(): Command {
  return new Command('validate')
    .description('Check edition data files: schema, invariants and fidelity to the official text')
    .option('--dir <folder>', 'an edition folder or a folder of them (default: the bundled standards)')
    .option('--json', 'print the findings as JSON')
    .action(async (opts: { dir?: string; json?: boolean }) => {
      const root = opts.dir ?? loadConfig().standardsDir;
      const folders = await findEditionFolders(root);
      if (folders.length === 0) throw new AppError('not_found', `No edition folder (with edition.yaml) under ${root}.`);
      const results = [];
      for (const folder of folders) {
        const edition = await readEdition(folder);
        const fidelity = fidelityReport(edition);
        const invariants = checkInvariants(edition);
        results.push({ folder, edition: edition.meta.id, cards: edition.cards.length, invariants, fidelity });
      }
      const failed = results.some(
        (r) =>
          r.fidelity.problems.length +
            r.fidelity.uncovered.length +
            r.invariants.filter((i) => i.severity === 'error').length >
          0,
      );
      if (opts.json) printJson({ ok: !failed, editions: results });
      else {
        for (const r of results) {
          const out = (s: string) => process.stdout.write(`${s}\n`);
          out(`${r.edition} (${r.folder}): ${r.cards} cards, ${r.fidelity.textsChecked} texts checked`);
          for (const p of r.fidelity.problems) out(`  fidelity  ${p.path} [lines ${p.lines.join('-')}]: ${p.problem}`);
          for (const u of r.fidelity.uncovered)
            out(`  coverage  ${u.cardId}: lines ${u.lines.join(', ')} are not covered by any item or label`);
          for (const i of r.invariants) out(`  ${i.severity.padEnd(9)} ${i.path}: ${i.message}`);
        }
      }
      if (failed) throw new AppError('validation_failed', 'The data files have problems (listed above).');
    });
}
