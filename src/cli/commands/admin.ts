/**
 * `kasip admin create --email E --password-stdin [--name N]` and `kasip admin list`: platform
 * admins, made by the operator who holds the database (run while the server is stopped; the
 * embedded data directory's lock refuses a second process). The password comes from standard
 * input only, so it never sits in the shell history or the process list, and there is no default.
 */
import { Command } from 'commander';
import { checkNewPassword } from '../../services/accounts/passwords.js';
import { AppError } from '../../domain/shared/errors.js';
import { runOperation } from '../run-operation.js';
import { printJson, withServices } from '../with-services.js';

/** The first line of the stream, without its line end; stops reading at the first newline. */
export async function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  // Bytes are decoded once at the end: a chunk may end inside a multi-byte letter.
  const chunks: Buffer[] = [];
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    chunks.push(bytes);
    if (bytes.includes(0x0a)) break;
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return (text.split('\n')[0] ?? '').replace(/\r$/, '');
}

function createCommand(stdin: NodeJS.ReadableStream): Command {
  return new Command('create')
    .description('Create a platform admin account (the password is read from standard input)')
    .requiredOption('--email <email>', "the admin's email address, used to sign in")
    .requiredOption('--password-stdin', 'read the password from the first line of standard input')
    .option('--name <name>', 'display name (default: the part of the email before @)')
    .action(async (opts: { email: string; name?: string }) => {
      const password = await readFirstLine(stdin);
      if (password === '') {
        const message = 'no password on standard input (e.g. `printf %s "$PASSWORD" | kasip admin create …`)';
        throw new AppError('validation_failed', message);
      }
      checkNewPassword(password); // before opening the database: a short password needs no data
      await withServices(
        async (services, config) => {
          const { user } = await runOperation(services, services.ops.users.createAdmin, {
            email: opts.email,
            password,
            displayName: opts.name,
          });
          process.stdout.write(
            `Created platform admin ${user.email} ("${user.displayName}", id ${user.id}). ` +
              `Sign in at ${config.accounts.publicUrl}/signin.\n`,
          );
        },
        { loadBundled: false },
      );
    });
}

function listCommand(): Command {
  return new Command('list')
    .description('List the platform admins')
    .option('--json', 'print them as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(
        async (services) => {
          const { admins } = await runOperation(services, services.ops.users.listAdmins, {});
          if (opts.json) return printJson({ admins });
          if (admins.length === 0) process.stdout.write('No platform admin yet: run `kasip admin create`.\n');
          for (const a of admins) process.stdout.write(`${a.email}\t${a.displayName}\t${a.createdAt}\n`);
        },
        { loadBundled: false },
      );
    });
}

function resetLinkCommand(): Command {
  return new Command('reset-link')
    .description('Make a single-use password-reset link for an account, to hand over (valid 24 hours)')
    .requiredOption('--email <email>', 'the account whose password is to be reset')
    .option('--json', 'print the link as JSON')
    .action(async (opts: { email: string; json?: boolean }) => {
      await withServices(
        async (services) => {
          const out = await runOperation(services, services.ops.resets.create, { email: opts.email });
          if (opts.json) return printJson(out);
          process.stdout.write(
            `Password-reset link for ${opts.email.trim().toLowerCase()} (single use, until ${out.expiresAt}):\n${out.link}\n` +
              (out.mail === 'sent' ? 'It was also mailed.\n' : ''),
          );
        },
        { loadBundled: false },
      );
    });
}

function methodologistCommand(): Command {
  return new Command('methodologist')
    .description('Grant (or with --revoke take back) the methodologist role: drafting and publishing standards')
    .argument('<email>', 'the account, which must already exist (invite the person first)')
    .option('--revoke', 'take the role back')
    .action(async (email: string, opts: { revoke?: boolean }) => {
      await withServices(
        async (services) => {
          const out = await runOperation(services, services.ops.users.setPlatformRole, {
            email,
            role: 'methodologist',
            granted: !opts.revoke,
          });
          const now = out.user.platformRoles.includes('methodologist')
            ? 'is a methodologist'
            : 'is not a methodologist';
          process.stdout.write(`${out.user.email} ${now}${out.changed ? '' : ' (unchanged)'}.\n`);
        },
        { loadBundled: false },
      );
    });
}

export function adminCommand(stdin: NodeJS.ReadableStream = process.stdin): Command {
  return new Command('admin')
    .description('Platform admin accounts (run while the server is stopped)')
    .addCommand(createCommand(stdin))
    .addCommand(listCommand())
    .addCommand(resetLinkCommand())
    .addCommand(methodologistCommand());
}
