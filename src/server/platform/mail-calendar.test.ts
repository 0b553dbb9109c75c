import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { interviewIcs } from '../features/interviews/ics.ts';
import { createDeliver, type MailMessage } from './mail.ts';

interface MimePart {
  headers: Map<string, string>;
  body: string;
}

/**
 * Just enough of a MIME reader to find the leaf parts of what nodemailer writes:
 * nested multiparts, folded headers, base64 and quoted-printable bodies.
 */
function mimeParts(raw: string): MimePart[] {
  const text = raw.replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const headers = new Map<string, string>();
  for (const line of text
    .slice(0, split)
    .replace(/\n[ \t]+/g, ' ')
    .split('\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = text.slice(split + 2);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const sections = body.split(`--${boundary}`);
    // Drop the preamble and everything after the closing `--boundary--`.
    return sections
      .slice(1)
      .filter((s) => !s.startsWith('--'))
      .flatMap((s) => mimeParts(s.replace(/^\n/, '')));
  }
  return [{ headers, body: decode(body, headers.get('content-transfer-encoding') ?? '7bit') }];
}

function decode(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': {
      const bytes = body
        .replace(/=\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    }
    default:
      return body;
  }
}

/** The calendar parts of a message, with the event each carries read back by ical.js. */
function calendarParts(raw: string) {
  return mimeParts(raw)
    .filter((p) => /^(text\/calendar|application\/ics)/i.test(p.headers.get('content-type') ?? ''))
    .map((p) => {
      const calendar = new ICAL.Component(ICAL.parse(p.body));
      const vevent = calendar.getFirstSubcomponent('vevent');
      if (!vevent) throw new Error('calendar part without a VEVENT');
      return {
        contentType: p.headers.get('content-type') ?? '',
        disposition: p.headers.get('content-disposition') ?? '',
        method: calendar.getFirstPropertyValue('method'),
        event: new ICAL.Event(vevent),
        status: vevent.getFirstPropertyValue('status'),
      };
    });
}

function invitation(method: 'REQUEST' | 'CANCEL', sequence: number): MailMessage {
  const content = interviewIcs({
    method,
    uid: 'interview-7@agency.example',
    sequence,
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    start: new Date('2026-03-08T12:30:00Z'),
    end: new Date('2026-03-08T13:30:00Z'),
    zone: 'America/St_Johns',
    summary: 'Interview; Zoë Ñandú, Harbour Foods',
    description: 'Bring your ID.\nAsk for Ana.',
    location: 'Room 2, 12 Water Street',
    organizer: { name: 'Rita Recruiter', email: 'rita@agency.example' },
    attendees: [
      { name: 'Zoë Ñandú', email: 'zoe@example.test' },
      { name: 'Ivy Interviewer', email: 'ivy@harbour.example' },
    ],
  });
  return {
    to: 'zoe@example.test',
    subject: method === 'CANCEL' ? 'Interview cancelled' : 'Your interview',
    text: 'Details are in the attached invitation.',
    html: '<p>Details are in the attached invitation.</p>',
    calendar: { method, content },
  };
}

function expectInvite(raw: string, method: 'REQUEST' | 'CANCEL', sequence: number) {
  const parts = calendarParts(raw);
  // One inline alternative that mail apps turn into buttons, one attachment to import.
  expect(parts).toHaveLength(2);
  const inline = parts.find((p) => p.contentType.toLowerCase().startsWith('text/calendar'));
  expect(inline?.contentType).toMatch(new RegExp(`method=${method}(;|$)`, 'i'));
  expect(inline?.contentType).toMatch(/charset=utf-8/i);
  const attachment = parts.find((p) => /attachment/i.test(p.disposition));
  expect(attachment?.disposition).toMatch(/filename="?invite\.ics"?/);
  for (const p of parts) {
    expect(p.method).toBe(method);
    expect(p.event.uid).toBe('interview-7@agency.example');
    expect(p.event.sequence).toBe(sequence);
    expect(p.status).toBe(method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED');
    expect(p.event.summary).toBe('Interview; Zoë Ñandú, Harbour Foods');
    expect(p.event.startDate.toJSDate().toISOString()).toBe('2026-03-08T12:30:00.000Z');
    expect(p.event.attendees.map((a) => a.getParameter('cn'))).toEqual(['Zoë Ñandú', 'Ivy Interviewer']);
  }
  // The readable text is still there for people whose mail app ignores calendars.
  const plain = mimeParts(raw).find((p) => p.headers.get('content-type')?.startsWith('text/plain'));
  expect(plain?.body).toContain('Details are in the attached invitation.');
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('mail with a calendar invitation', () => {
  it('sends REQUEST and CANCEL as text/calendar parts through a real SMTP server', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as { port: number }).port;
    try {
      const deliver = createDeliver({
        smtpUrl: `smtp://127.0.0.1:${port}`,
        from: 'Agency <hello@agency.example>',
        outboxDir: '/nonexistent',
      });
      // Through JSON, as the outbox stores it.
      await deliver(JSON.parse(JSON.stringify(invitation('REQUEST', 0))) as MailMessage, 1);
      await deliver(JSON.parse(JSON.stringify(invitation('CANCEL', 2))) as MailMessage, 2);
      expect(received).toHaveLength(2);
      expectInvite(received[0] as string, 'REQUEST', 0);
      expectInvite(received[1] as string, 'CANCEL', 2);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('writes the same parts into the .eml outbox file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-outbox-ics-'));
    dirs.push(dir);
    const deliver = createDeliver({ smtpUrl: null, from: 'Agency <hello@agency.example>', outboxDir: dir });
    await deliver(invitation('REQUEST', 1), 11);
    await deliver(invitation('CANCEL', 2), 12);
    const files = readdirSync(dir).sort((a, b) => a.localeCompare(b));
    const byId = (id: number) => files.find((f) => f.endsWith(`-${id}.eml`)) as string;
    expectInvite(readFileSync(join(dir, byId(11)), 'utf8'), 'REQUEST', 1);
    expectInvite(readFileSync(join(dir, byId(12)), 'utf8'), 'CANCEL', 2);
  });

  it('leaves a message without a calendar as before: no calendar part', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-outbox-plain-'));
    dirs.push(dir);
    const deliver = createDeliver({ smtpUrl: null, from: 'Agency <hello@agency.example>', outboxDir: dir });
    await deliver({ to: 'sam@example.test', subject: 'Hello', text: 'Plain' }, 3);
    const eml = readFileSync(join(dir, readdirSync(dir)[0] as string), 'utf8');
    expect(calendarParts(eml)).toHaveLength(0);
    expect(eml).not.toMatch(/text\/calendar|invite\.ics|calendar/i);
    expect(mimeParts(eml)[0]?.body).toContain('Plain');
  });
});
