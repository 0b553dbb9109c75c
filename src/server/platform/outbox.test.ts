import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { testDatabase } from '../testing/harness.ts';
import type { MailMessage } from './mail.ts';
import { Dispatcher, enqueueMail, listOutbox } from './outbox.ts';

let database: Db;
let drop: () => Promise<void>;
const quiet = { error: () => {} };

beforeAll(async () => {
  ({ database, drop } = await testDatabase());
  await migrateToLatest(database.db);
});
afterAll(async () => drop?.());

it('delivers each queued mail exactly once, even with two dispatchers racing', async () => {
  const sent: string[] = [];
  const deliver = async (m: MailMessage) => {
    sent.push(m.subject);
  };
  for (let i = 0; i < 30; i++)
    await enqueueMail(database.db, { to: `p${i}@example.test`, subject: `race ${i}`, text: 'x' });
  const a = new Dispatcher(database.db, database.dialect, deliver, quiet);
  const b = new Dispatcher(database.db, database.dialect, deliver, quiet);
  await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
  const race = sent.filter((s) => s.startsWith('race '));
  expect(race).toHaveLength(30);
  expect(new Set(race).size).toBe(30);
});

it('keeps a mail the server refused and retries it later', async () => {
  let down = true;
  const sent: string[] = [];
  const deliver = async (m: MailMessage) => {
    if (down) throw new Error('connection refused');
    sent.push(m.subject);
  };
  const id = await enqueueMail(database.db, { to: 'x@example.test', subject: 'retry me', text: 'x' });
  const d = new Dispatcher(database.db, database.dialect, deliver, quiet);
  await d.drain();
  let row = (await listOutbox(database.db)).find((r) => r.id === id);
  expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'connection refused' });
  down = false;
  await d.drain();
  expect(sent).toEqual([]); // not due yet: it waits for its backoff
  await database.db
    .updateTable('outbox')
    .set({ run_after: new Date(Date.now() - 1000).toISOString() })
    .where('id', '=', id)
    .execute();
  await d.drain();
  expect(sent).toEqual(['retry me']);
  row = (await listOutbox(database.db)).find((r) => r.id === id);
  expect(row).toMatchObject({ status: 'sent', attempts: 2 });
});
