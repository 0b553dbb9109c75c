import type { Kysely } from 'kysely';
import type { DialectName } from '../db/connect.ts';
import { iso, type Tables } from '../db/tables.ts';
import type { Deliver, MailMessage } from './mail.ts';

const LOCK_SECONDS = 120;
const MAX_ATTEMPTS = 8;

export interface OutboxEntry {
  id: number;
  kind: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  doneAt: string | null;
}

/** Queues a mail in the same transaction as the change that caused it. */
export async function enqueueMail(db: Kysely<Tables>, message: MailMessage): Promise<number> {
  return enqueue(db, 'mail', message, new Date());
}

/**
 * Queues work of a registered kind to run at `runAfter` (a reminder, say). The handler decides
 * then, from the database, whether a mail is still due, so a moved or finished item sends nothing.
 */
export async function enqueue(
  db: Kysely<Tables>,
  kind: string,
  payload: unknown,
  runAfter: Date,
): Promise<number> {
  const row = await db
    .insertInto('outbox')
    .values({ kind, payload: JSON.stringify(payload), run_after: runAfter.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Turns a queued payload into the mail to send now, or null when nothing is due any more. */
export type OutboxHandler = (payload: unknown) => Promise<MailMessage | null>;

/**
 * Claims due rows so that no other process (or loop) takes them for LOCK_SECONDS.
 * PostgreSQL skips rows another transaction holds; SQLite has one writer, so the
 * UPDATE … RETURNING is atomic on its own.
 */
async function claim(db: Kysely<Tables>, dialect: DialectName, limit: number) {
  const nowIso = new Date().toISOString();
  const until = new Date(Date.now() + LOCK_SECONDS * 1000).toISOString();
  const due = db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('run_after', '<=', nowIso)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
    .orderBy('id')
    .limit(limit);
  return db
    .updateTable('outbox')
    .set({ locked_until: until })
    .where('id', 'in', dialect === 'postgres' ? due.forUpdate().skipLocked() : due)
    .returning(['id', 'kind', 'payload', 'attempts'])
    .execute();
}

/** Runs the outbox: delivers what is due, retries with backoff, never sends a row twice. */
export class Dispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private readonly handlers = new Map<string, OutboxHandler>([
    ['mail', async (payload) => payload as MailMessage],
  ]);

  constructor(
    private readonly db: Kysely<Tables>,
    private readonly dialect: DialectName,
    private readonly deliver: Deliver,
    private readonly log: { error: (obj: object, msg: string) => void },
  ) {}

  /** Registers what a kind of queued row does; features call this when they register. */
  register(kind: string, handler: OutboxHandler): void {
    this.handlers.set(kind, handler);
  }

  start(intervalMs = 5000): void {
    this.timer = setInterval(() => void this.kick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Starts a pass unless one is under way; resolves with how many were handled. */
  kick(): Promise<number> {
    this.running ??= this.runOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Delivers until nothing is due; for tests and the CLI. */
  async drain(): Promise<void> {
    while ((await this.kick()) > 0) {}
  }

  private async runOnce(): Promise<number> {
    const rows = await claim(this.db, this.dialect, 20);
    // In the order they were queued: PostgreSQL's UPDATE … RETURNING gives no order, and mails
    // queued by one change (an invitation, then its reminders) should go out as queued.
    rows.sort((a, b) => a.id - b.id);
    for (const row of rows) await this.handle(row);
    return rows.length;
  }

  private async handle(row: { id: number; kind: string; payload: string; attempts: number }): Promise<void> {
    try {
      const handler = this.handlers.get(row.kind);
      if (!handler) throw new Error(`unknown outbox kind ${row.kind}`);
      const message = await handler(JSON.parse(row.payload));
      if (message) await this.deliver(message, row.id);
      await this.db
        .updateTable('outbox')
        .set({
          status: message ? 'sent' : 'skipped',
          done_at: new Date().toISOString(),
          attempts: row.attempts + 1,
          locked_until: null,
        })
        .where('id', '=', row.id)
        .execute();
    } catch (err) {
      const attempts = row.attempts + 1;
      const backoff = Math.min(3600, 15 * 2 ** attempts) * 1000;
      this.log.error({ err, outboxId: row.id }, 'outbox delivery failed');
      await this.db
        .updateTable('outbox')
        .set({
          attempts,
          last_error: err instanceof Error ? err.message : String(err),
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          run_after: new Date(Date.now() + backoff).toISOString(),
          locked_until: null,
        })
        .where('id', '=', row.id)
        .execute();
    }
  }
}

/** The newest outbox entries, for the admin's mail page. */
export async function listOutbox(db: Kysely<Tables>, limit = 100): Promise<OutboxEntry[]> {
  const rows = await db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => {
    // Scheduled work (a reminder) shows as its kind until it becomes a mail.
    const m: Pick<MailMessage, 'to' | 'subject' | 'text'> =
      r.kind === 'mail' ? JSON.parse(r.payload) : { to: '', subject: r.kind, text: r.payload };
    return {
      id: r.id,
      kind: r.kind,
      to: m.to,
      subject: m.subject,
      text: m.text,
      status: r.status,
      attempts: r.attempts,
      lastError: r.last_error,
      createdAt: iso(r.created_at),
      doneAt: iso(r.done_at),
    };
  });
}
