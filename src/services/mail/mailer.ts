/**
 * Mail is optional: Kasip starts without a mail server, and an admin hands over every link
 * (invitation, password reset) by hand. With SMTP_URL set (`smtp://user:pass@host:587`, or
 * `smtps://…` for TLS from the start), the same links also go out by mail. A mail that fails
 * never undoes the invitation or the reset: the admin still has the link.
 */
import nodemailer from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };

export type Mailer = {
  /** 'off' without SMTP_URL; 'sent' or 'failed' otherwise. */
  send: (mail: Mail) => Promise<'sent' | 'failed' | 'off'>;
};

export const NO_MAIL: Mailer = { send: async () => 'off' };

export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) return NO_MAIL;
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return {
    send: async (mail) => {
      try {
        await transport.sendMail({ from, ...mail });
        return 'sent';
      } catch {
        // The reason may name the address; it is not logged (personal data), and the admin has the link.
        return 'failed';
      }
    },
  };
}

/** The sender: KASIP_MAIL_FROM, else no-reply at the public address's host. */
export function defaultFrom(publicUrl: string): string {
  return `Kasip <no-reply@${new URL(publicUrl).hostname}>`;
}
