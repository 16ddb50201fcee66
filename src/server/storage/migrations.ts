import type { AuditEntry, Session } from '../../core/session.js';
import { combine, insertAuditEntries, withoutTrail } from './sessionRows.js';
import type { SqlClient, SqlDriver } from './sqlDriver.js';

/**
 * One schema change. Applied in order, once, recorded in `schema_migrations`. Never edit one
 * that has shipped (migration 1 was last changed before any release: `json` columns, `status`).
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
  /** Runs after the statements, in the same transaction (data moves SQL cannot say simply). */
  run?: (client: SqlClient) => Promise<void>;
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
  {
    version: 3,
    name: 'audit_table_activity_column_idempotency_refs_versions',
    statements: [
      `CREATE TABLE checkout_session_audit (
         session_id uuid NOT NULL,
         version integer NOT NULL,
         entry json NOT NULL,
         PRIMARY KEY (session_id, version)
       )`,
      'ALTER TABLE checkout_sessions ADD COLUMN last_activity_at timestamptz',
      'ALTER TABLE idempotency_keys ALTER COLUMN body DROP NOT NULL',
      'ALTER TABLE idempotency_keys ADD COLUMN session_version integer',
      'ALTER TABLE idempotency_keys ADD COLUMN session_activity_at timestamptz',
      `CREATE INDEX idempotency_keys_session ON idempotency_keys (session_id, session_version)
         WHERE session_version IS NOT NULL`,
      `CREATE TABLE checkout_session_versions (
         session_id uuid NOT NULL,
         version integer NOT NULL,
         data json NOT NULL,
         PRIMARY KEY (session_id, version)
       )`,
    ],
    // Trails kept in data.custom_data.audit_trail move to the audit table.
    async run(client) {
      // In batches by id, so a large table is never read into memory at once.
      for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
        const { rows } = await client.query<{ id: string; data: Session | string }>(
          'SELECT id, data FROM checkout_sessions WHERE id > $1::uuid ORDER BY id LIMIT 500',
          [after],
        );
        for (const row of rows) await moveTrail(client, row.id, row.data);
        const last = rows.at(-1);
        if (!last) return;
        after = last.id;
      }
    },
  },
  {
    version: 4,
    name: 'large_json_stored_uncompressed',
    // A value over ~2 KB is TOASTed; by default PostgreSQL first tries to compress it with pglz,
    // which reads the whole value and, for text that does not compress (random ids, tokens,
    // the attack of docs/performance.md), throws the work away. EXTERNAL stores it out of line
    // uncompressed: a 40 KB update 6.2 → 4.3 ms in PGlite, about the same bytes on disk for
    // such text (the attacked folder of the bench 11.9 → 13.1 MB). Metadata only (no table
    // rewrite); rows already compressed stay readable.
    statements: [
      'ALTER TABLE checkout_sessions ALTER COLUMN data SET STORAGE EXTERNAL',
      'ALTER TABLE checkout_session_versions ALTER COLUMN data SET STORAGE EXTERNAL',
      'ALTER TABLE checkout_session_audit ALTER COLUMN entry SET STORAGE EXTERNAL',
      'ALTER TABLE idempotency_keys ALTER COLUMN body SET STORAGE EXTERNAL',
    ],
  },
];

/** Migration 3's data move for one session row. */
async function moveTrail(client: SqlClient, id: string, raw: Session | string): Promise<void> {
  const data = typeof raw === 'string' ? (JSON.parse(raw) as Session) : raw;
  const trail = data.custom_data.audit_trail as AuditEntry[] | undefined;
  if (trail === undefined) return;
  if (trail.length > 0) {
    const statement = combine([insertAuditEntries(id, trail)]);
    await client.query(statement.sql, statement.params);
  }
  await client.query('UPDATE checkout_sessions SET data = $1::json WHERE id = $2', [
    JSON.stringify(withoutTrail(data)),
    id,
  ]);
}

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
      await migration.run?.(client);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
