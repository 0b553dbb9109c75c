import type { Kysely } from 'kysely';
import { RECRUITER_ACCESS, type RecruiterAccess } from '../../../shared/access.ts';
import type { Tables } from '../../db/tables.ts';

// Agency-wide settings an admin changes, kept as key/value rows with a typed default each.

interface Settings {
  recruiterAccess: RecruiterAccess;
}

const DEFAULTS: Settings = { recruiterAccess: 'all' };

const VALID: { [K in keyof Settings]: (v: string) => v is Settings[K] } = {
  recruiterAccess: (v): v is RecruiterAccess => (RECRUITER_ACCESS as readonly string[]).includes(v),
};

export async function getSetting<K extends keyof Settings>(db: Kysely<Tables>, key: K): Promise<Settings[K]> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  return row && VALID[key](row.value) ? row.value : DEFAULTS[key];
}

export async function putSetting<K extends keyof Settings>(
  db: Kysely<Tables>,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
