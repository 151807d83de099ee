/**
 * SMTP_URL: invitation and reset links also go out by mail, through a real SMTP exchange with a
 * server on the loopback address. Without SMTP_URL nothing is sent; a mail server that is down
 * never undoes the invitation (the admin still has the link).
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { seedUser, signIn, testClientIp } from '../support/accounts.js';
import { openTestDb } from '../support/engines.js';

type Received = { to: string[]; text: string };

describe('mail over SMTP_URL', () => {
  let database: OpenDb;
  let server: SMTPServer;
  let port = 0;
  const received: Received[] = [];

  beforeAll(async () => {
    database = await openTestDb('pglite');
    await seedUser(database, 'admin@example.kz', ['admin']);
    await seedUser(database, 'worker@example.kz');
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            text: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database?.close();
  });

  const appWith = (smtpUrl: string | undefined) =>
    createApp({
      services: createServices(database, { accounts: { ...DEFAULT_ACCOUNTS, smtpUrl }, checkOutput: true }),
      clientIp: testClientIp,
    });

  it('mails the invitation link, and says so', async () => {
    const app = appWith(`smtp://127.0.0.1:${port}`);
    const admin = await signIn(app, 'admin@example.kz');
    const org = await admin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Орталық', kind: 'education-provider' });
    const out = await admin.json<{ link: string; mail: string }>('POST', `/v1/orgs/${org.id}/invitations`, {
      email: 'new.hr@example.kz',
      roles: ['hr-officer'],
    });
    expect(out.mail).toBe('sent');
    const mail = received.find((m) => m.to.includes('new.hr@example.kz'));
    expect(mail?.text.replace(/=\r?\n/g, '')).toContain(out.link.split('/invite/')[1]);
  });

  it('mails a password-reset link', async () => {
    const app = appWith(`smtp://127.0.0.1:${port}`);
    const admin = await signIn(app, 'admin@example.kz');
    const out = await admin.json<{ link: string; mail: string }>('POST', '/v1/password-resets', {
      email: 'worker@example.kz',
    });
    expect(out.mail).toBe('sent');
    const mail = received.find((m) => m.to.includes('worker@example.kz'));
    expect(mail?.text.replace(/=\r?\n/g, '')).toContain(out.link.split('/reset/')[1]);
  });

  it('keeps the invitation when the mail server is down, and sends nothing without SMTP_URL', async () => {
    const before = received.length;
    const down = appWith('smtp://127.0.0.1:9'); // the discard port: nothing listens there
    const admin = await signIn(down, 'admin@example.kz');
    const org = await admin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Екінші', kind: 'assessment-centre' });
    const failed = await admin.json<{ mail: string }>('POST', `/v1/orgs/${org.id}/invitations`, {
      email: 'a@example.kz',
      roles: ['assessor'],
    });
    expect(failed.mail).toBe('failed');
    const again = await admin.json<{ mail: string }>('POST', `/v1/orgs/${org.id}/invitations`, {
      email: 'b@example.kz',
      roles: ['assessor'],
    });
    expect(again.mail).toBe('failed');
    const noSmtp = appWith(undefined);
    const admin2 = await signIn(noSmtp, 'admin@example.kz');
    const plain = await admin2.json<{ mail: string }>('POST', `/v1/orgs/${org.id}/invitations`, {
      email: 'c@example.kz',
      roles: ['member'],
    });
    expect(plain.mail).toBe('off');
    const list = await admin2.json<{ invitations: { email: string }[] }>('GET', `/v1/orgs/${org.id}/invitations`);
    expect(list.invitations.map((i) => i.email).sort()).toEqual(['a@example.kz', 'b@example.kz', 'c@example.kz']);
    expect(received.length).toBe(before);
  });
});
