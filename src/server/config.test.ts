import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ensureSecret, readConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = readConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://127.0.0.1:3000',
      smtpUrl: null,
    });
    expect(c.databaseUrl).toMatch(/^sqlite:.*data\/followthrough\.db$/);
  });

  it('switches to PostgreSQL and trims a trailing slash from PUBLIC_URL', () => {
    const c = readConfig({
      DATABASE_URL: 'postgres://u@db:5432/ft',
      PUBLIC_URL: 'https://jobs.agency.example/',
    });
    expect(c.databaseUrl).toBe('postgres://u@db:5432/ft');
    expect(c.publicUrl).toBe('https://jobs.agency.example');
  });

  it('names the variable that is wrong', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    expect(() => readConfig({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('creates the signing secret once and keeps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-secret-'));
    try {
      const first = ensureSecret(dir);
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect(ensureSecret(dir)).toBe(first);
      expect(readFileSync(join(dir, 'secret.key'), 'utf8')).toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
