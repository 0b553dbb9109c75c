import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Db, DialectName } from '../db/connect.ts';
import type { Tables } from '../db/tables.ts';
import type { Auth } from './auth.ts';
import type { Events } from './events.ts';
import type { MailMessage } from './mail.ts';
import type { Dispatcher } from './outbox.ts';
import type { SiteInfo } from './pages.tsx';
import type { FileStore } from './storage.ts';

/** What every feature is handed when it registers its routes. */
export interface AppContext {
  config: Config;
  db: Kysely<Tables>;
  dialect: DialectName;
  /** The open database, for heavy reads through `database.read`. */
  database: Db;
  auth: Auth;
  site: SiteInfo;
  files: FileStore;
  dispatcher: Dispatcher;
  events: Events;
  /** Queues a mail through the outbox and wakes the dispatcher. */
  sendMail(message: MailMessage): Promise<void>;
}
