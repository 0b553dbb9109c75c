import { randomBytes } from 'node:crypto';
import { newAccount } from '../../../shared/accounts.ts';
import { ROLES, type Role } from '../../../shared/vocabulary.ts';
import { buildApp } from '../../app.ts';
import { type Config, ConfigError } from '../../config.ts';
import { HttpError, issuesToFields } from '../../platform/errors.ts';
import { createAccount } from './accounts.ts';

/** `followthrough user create`: makes an account with a role, printing a generated password. */
export async function createUserFromCli(
  config: Config,
  v: { role?: string; email?: string; name?: string; password?: string },
): Promise<void> {
  if (!v.role || !ROLES.includes(v.role as Role))
    throw new ConfigError(`--role must be one of ${ROLES.join(', ')}`);
  const generated = v.password === undefined;
  const password = v.password ?? randomBytes(12).toString('base64url');
  const parsed = newAccount.safeParse({ name: v.name ?? '', email: v.email ?? '', password });
  if (!parsed.success) {
    const fields = issuesToFields(parsed.error.issues);
    throw new ConfigError(
      Object.entries(fields)
        .map(([k, m]) => `--${k}: ${m}`)
        .join('\n'),
    );
  }
  const { app, ctx } = await buildApp(
    { ...config, logLevel: 'silent' },
    { logger: false, dispatchInterval: null },
  );
  try {
    await createAccount(ctx, { ...parsed.data, role: v.role as Role, verified: true });
    await ctx.dispatcher.drain();
    console.log(`Created ${v.role} ${parsed.data.email}${generated ? ` with password: ${password}` : ''}`);
  } catch (err) {
    if (err instanceof HttpError) throw new ConfigError(err.message);
    throw err;
  } finally {
    await app.close();
  }
}
