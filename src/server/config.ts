import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Typed configuration, read from the environment once at start-up. */
export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  secret: string;
  agency: { name: string; email: string; phone: string; address: string };
  /** Sign-in, sign-up and reset attempts allowed per IP per minute. */
  authRateLimit: number;
  /** Public form submissions allowed per IP per minute. */
  formRateLimit: number;
  logLevel: string;
  /** Behind a reverse proxy: take the client IP from X-Forwarded-For. */
  trustProxy: boolean;
}

const port = z.coerce.number().int().min(1).max(65535);
const url = z.string().url();

const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: url.optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^(postgres(ql)?:\/\/|sqlite:|file:)/.test(v) || !v.includes('://'), {
      message: 'must be postgres://…, sqlite:PATH or a file path',
    })
    .optional(),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), { message: 'must start with smtp:// or smtps://' })
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  AGENCY_NAME: z.string().min(1).default('Followthrough Staffing'),
  AGENCY_EMAIL: z.string().email().default('hello@followthrough.example'),
  AGENCY_PHONE: z.string().default(''),
  AGENCY_ADDRESS: z.string().default(''),
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  FORM_RATE_LIMIT: z.coerce.number().int().min(1).default(5),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export class ConfigError extends Error {}

/** Loads `.env` (when present) into process.env without overriding what is already set. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * Builds the configuration from an environment. Throws ConfigError naming the
 * variable when a value is invalid, so start-up stops with a clear message.
 */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${join(dataDir, 'followthrough.db')}`,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM ?? `${e.AGENCY_NAME} <${e.AGENCY_EMAIL}>`,
    secret: '',
    agency: { name: e.AGENCY_NAME, email: e.AGENCY_EMAIL, phone: e.AGENCY_PHONE, address: e.AGENCY_ADDRESS },
    authRateLimit: e.AUTH_RATE_LIMIT,
    formRateLimit: e.FORM_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === '1',
  };
}

/** Reads the signing secret from the data folder, creating it on first start. */
export function ensureSecret(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  return readFileSync(file, 'utf8').trim();
}

function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
