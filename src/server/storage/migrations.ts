import type { SqlDriver } from './sqlDriver.js';

/**
 * One schema change. Applied in order, once, recorded in `schema_migrations`. Never edit one
 * that has shipped (migration 1 was last changed before any release: `json` columns, `status`).
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** The schema, as numbered migrations; the same SQL runs on PGlite and PostgreSQL. */
export const migrations: Migration[] = [
  {
    version: 1,
    name: 'sessions_and_idempotency_keys',
    statements: [
      `CREATE TABLE checkout_sessions (
         id uuid PRIMARY KEY,
         version integer NOT NULL,
         status text NOT NULL,
         secret_hash text NOT NULL,
         data json NOT NULL,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         expires_at timestamptz NOT NULL
       )`,
      `CREATE TABLE idempotency_keys (
         scope text NOT NULL,
         key text NOT NULL,
         request_hash text NOT NULL,
         status integer NOT NULL,
         body json NOT NULL,
         session_id uuid,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (scope, key)
       )`,
      'CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)',
    ],
  },
  {
    version: 2,
    name: 'support_tokens',
    statements: [
      // Found by the hash of the token (the token itself is never stored), as client secrets.
      `CREATE TABLE support_tokens (
         token_hash text PRIMARY KEY,
         session_id uuid NOT NULL REFERENCES checkout_sessions (id),
         actor text NOT NULL,
         expires_at timestamptz NOT NULL,
         created_at timestamptz NOT NULL
       )`,
    ],
  },
];

// Any constant works; it only has to be the same in every process migrating one database.
const migrationLockId = 4_242_001;

/**
 * Brings the schema up to date. The advisory lock makes processes that start together on one
 * PostgreSQL take turns, so each migration runs exactly once.
 * @returns the versions applied by this call.
 */
export async function runMigrations(driver: SqlDriver): Promise<number[]> {
  return driver.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLockId]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await client.query(statement);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
