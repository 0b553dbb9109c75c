import type { Kysely, Transaction } from 'kysely';
import type { Tables } from './tables.ts';

/**
 * Runs `fn` in a new transaction, or in the caller's when `db` already is one: an import
 * calls the same insert functions as the forms for thousands of rows inside one transaction.
 */
export function inTransaction<T>(
  db: Kysely<Tables>,
  fn: (tx: Transaction<Tables>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<Tables>) : db.transaction().execute(fn);
}
