import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { createDeliver } from './mail.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('mail delivery', () => {
  it('writes an .eml file to the outbox folder when no SMTP server is configured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-outbox-'));
    dirs.push(dir);
    const deliver = createDeliver({ smtpUrl: null, from: 'Agency <hello@agency.example>', outboxDir: dir });
    await deliver({ to: 'sam@example.test', subject: 'Hello Sam', text: 'Line one\nLine two' }, 7);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/-7\.eml$/);
    const eml = readFileSync(join(dir, files[0] as string), 'utf8');
    expect(eml).toContain('To: sam@example.test');
    expect(eml).toContain('Subject: Hello Sam');
    expect(eml).toContain('Line two');
  });

  it('sends through a real SMTP server when SMTP_URL is set', async () => {
    const received: { from: string; to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (c: Buffer) => {
          data += c.toString();
        });
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
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
      await deliver({ to: 'rita@example.test', subject: 'Invitation', text: 'Join us' }, 1);
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toEqual(['rita@example.test']);
      expect(received[0]?.from).toBe('hello@agency.example');
      expect(received[0]?.data).toContain('Subject: Invitation');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
