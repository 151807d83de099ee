/**
 * `kasip demo load [--json]`: fills an empty database with the demo assessment centre, its item
 * bank, a completed session and two certificates (one revoked), all marked DEMO. The work is in
 * services/demo/load-demo.ts; this prints what was made. With --json, stdout is exactly one JSON
 * object (progress and first-start notes go to stderr).
 */
import { Command } from 'commander';
import { type DemoLoadResult, loadDemo } from '../../services/demo/load-demo.js';
import { printJson, withServices } from '../with-services.js';

function describe(r: DemoLoadResult): string {
  const lines = [
    `Demo loaded (everything is marked DEMO; this is not official content).`,
    ``,
    `Assessment centre: ${r.orgName} (${r.orgId})`,
    `Card: ${r.card.code} level ${r.card.level}: ${r.items} questions (${r.reviewedItems} reviewed, the Russian twins drafts) and ${r.tasks} practical tasks (reviewed)`,
    `Published specification: ${r.specId}`,
    `Completed session: ${r.sessionId}`,
    ...r.candidates.map((c) => `  - ${c.fullName}: ${c.outcome}`),
    `Certificates:`,
    ...r.credentials.map((c) => `  - ${c.number} ${c.holderName}: ${c.revoked ? 'REVOKED' : 'valid'}  ${c.verifyUrl}`),
    ``,
    `Sign in as the demo assessor at ${r.assessor.signInUrl}`,
    `  email:    ${r.assessor.email}`,
    `  password: ${r.assessor.password}`,
    `Then open the centre's assessment page ${r.open.assessmentUrl}`,
    `  the item bank    ${r.open.bankUrl}`,
    `  the session      ${r.open.sessionUrl}`,
    `  the certificates ${r.open.certificatesUrl}`,
    `Anyone can open the certificates' public pages (the addresses above), without signing in.`,
    ``,
    `Education provider: ${r.programme.orgName} (${r.programme.orgId})`,
    `Final programme on card ${r.programme.card.code} level ${r.programme.card.level}: ${r.programme.title}`,
    `Sign in as the demo programme designer`,
    `  email:    ${r.programme.designer.email}`,
    `  password: ${r.programme.designer.password}`,
    `Then open the programme ${r.programme.open.programmeUrl}`,
    `  its DOCX             ${r.programme.open.docxUrl}`,
    ``,
    `Workbench: a draft of the next edition of Order 262 (one skill reworded), in review`,
    `Sign in as the demo reviewer (a second methodologist, who may approve and publish it)`,
    `  email:    ${r.workbench.reviewer.email}`,
    `  password: ${r.workbench.reviewer.password}`,
    `or as its author, ${r.workbench.methodologist.email} / ${r.workbench.methodologist.password}`,
    `Then open the draft ${r.workbench.open.draftUrl}`,
  ];
  return `${lines.join('\n')}\n`;
}

function loadSubcommand(): Command {
  return new Command('load')
    .description('Load the demo (an assessment centre, item bank, session, certificates) into an EMPTY database')
    .option('--json', 'print what was created as one JSON object')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (services) => {
        const result = await loadDemo(services);
        if (opts.json) printJson(result);
        else process.stdout.write(describe(result));
      });
    });
}

export function demoCommand(): Command {
  return new Command('demo').description('Demo content, clearly marked DEMO').addCommand(loadSubcommand());
}
