import type { Kysely } from 'kysely';
import { RECRUITER_ACCESS, type RecruiterAccess } from '../../../shared/access.ts';
import { DEFAULT_REMINDER_HOURS, reminderHours } from '../../../shared/interview-api.ts';
import type { Tables } from '../../db/tables.ts';

// Agency-wide settings an admin changes, kept as key/value text rows. Each key has a default
// and a codec; a stored value that no longer parses (an older format, a hand edit) reads as the
// default rather than breaking the feature that asked.

interface Codec<T> {
  fallback: T;
  parse(text: string): T | null;
  format(value: T): string;
}

interface Settings {
  recruiterAccess: RecruiterAccess;
  /** Hours before an interview at which reminders go out, largest first. */
  interviewReminderHours: number[];
  /** Words that mark a public form post (contact form, comments) as spam; one per line. */
  spamWords: string[];
  /** Hold every reader comment for moderation, even from a commenter approved before. */
  holdAllComments: boolean;
}

const CODECS: { [K in keyof Settings]: Codec<Settings[K]> } = {
  recruiterAccess: {
    fallback: 'all',
    parse: (v) => ((RECRUITER_ACCESS as readonly string[]).includes(v) ? (v as RecruiterAccess) : null),
    format: (v) => v,
  },
  interviewReminderHours: {
    fallback: DEFAULT_REMINDER_HOURS,
    parse: (v) => {
      const parsed = reminderHours.safeParse(v.split(',').map(Number));
      return parsed.success ? parsed.data : null;
    },
    format: (v) => v.join(','),
  },
  spamWords: {
    fallback: [],
    parse: (v) =>
      v
        .split('\n')
        .map((w) => w.trim())
        .filter(Boolean),
    format: (v) => v.join('\n'),
  },
  holdAllComments: {
    fallback: false,
    parse: (v) => (v === 'true' ? true : v === 'false' ? false : null),
    format: (v) => String(v),
  },
};

export async function getSetting<K extends keyof Settings>(db: Kysely<Tables>, key: K): Promise<Settings[K]> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  const codec = CODECS[key];
  return (row ? codec.parse(row.value) : null) ?? codec.fallback;
}

export async function putSetting<K extends keyof Settings>(
  db: Kysely<Tables>,
  key: K,
  value: Settings[K],
): Promise<void> {
  const text = CODECS[key].format(value);
  await db
    .insertInto('setting')
    .values({ key, value: text })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: text }))
    .execute();
}
