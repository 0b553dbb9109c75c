import { type ColumnDataType, type CreateTableBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

// Migrations are typed against Kysely<any> so that old migrations never depend on today's table types.

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The column type for an instant: timestamptz on PostgreSQL, ISO-8601 text on SQLite. */
export function instant(db: Kysely<any>): ColumnDataType {
  return isPostgres(db) ? 'timestamptz' : 'text';
}

/** The database's current instant, in the format `instant()` columns hold. */
export function now(db: Kysely<any>) {
  return isPostgres(db) ? sql`CURRENT_TIMESTAMP` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
}

/** Adds an auto-increment integer primary key named `id`. */
export function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>) {
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Adds created_at and updated_at instants that default to now. */
export function withTimestamps<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, any>) {
  return table
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .addColumn('updated_at', instant(db), (c) => c.notNull().defaultTo(now(db)));
}
