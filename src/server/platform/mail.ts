import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /**
   * An iCalendar invitation (ics.ts). Sent as a `text/calendar; method=…` alternative, which
   * mail clients turn into accept/decline buttons, plus an invite.ics attachment. A string,
   * because the outbox stores messages as JSON.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/** The nodemailer options for one message; the same for SMTP and for the .eml outbox. */
export function mailOptions(from: string, message: MailMessage): SendMailOptions {
  const { calendar, ...rest } = message;
  return {
    from,
    ...rest,
    ...(calendar
      ? { icalEvent: { method: calendar.method, content: calendar.content, filename: 'invite.ics' } }
      : {}),
  };
}

/** Delivers one message now; throws when the server refuses or cannot be reached. */
export type Deliver = (message: MailMessage, id: number) => Promise<void>;

/**
 * With SMTP_URL, mail goes to that server. Without it, each message is written as an
 * .eml file in the outbox folder, so a fresh install needs no mail server to work.
 */
export function createDeliver(opts: { smtpUrl: string | null; from: string; outboxDir: string }): Deliver {
  if (opts.smtpUrl) {
    const transport = nodemailer.createTransport(opts.smtpUrl);
    return async (message) => {
      await transport.sendMail(mailOptions(opts.from, message));
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (message, id) => {
    const info = await transport.sendMail(mailOptions(opts.from, message));
    await mkdir(opts.outboxDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    await writeFile(join(opts.outboxDir, `${stamp}-${id}.eml`), info.message as Buffer);
  };
}
