import pg from 'pg';
import type { Store } from '../../core/api/store.js';
import { createSqlStore } from './createSqlStore.js';
import { runMigrations } from './migrations.js';
import type { SqlClient, SqlDriver } from './sqlDriver.js';
import { isConnectionError, storageError } from './storageErrors.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` */
  connectionString: string;
  /** Pool size (default 10). */
  max?: number;
}

/*
 * Bounds that keep every request under api.md's 5 seconds while the database is away: waiting
 * for a connection (a new one, or a free one of the pool) and each query. A lost database then
 * costs a request at most about connect + one query, and the answer is 503 storage_unavailable.
 */
const connectTimeoutMs = 1500;
const queryTimeoutMs = 2500;

// serialization_failure and deadlock_detected: the transaction did nothing and may simply rerun.
const retryableCodes = new Set(['40001', '40P01']);
const maxAttempts = 5;

/**
 * A Store on a PostgreSQL server through a node-postgres Pool; several server processes may
 * share one database (row locks and advisory locks do the coordination). Migrates on open.
 * While the database is unreachable, calls fail within a few seconds with
 * StorageUnavailableError; the pool reconnects by itself when it is back.
 * @example const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL });
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: connectTimeoutMs,
    // Client-side bound (a cut network never answers) and the server's own, slightly shorter.
    query_timeout: queryTimeoutMs,
    statement_timeout: queryTimeoutMs - 500,
    idle_in_transaction_session_timeout: 10_000,
    keepAlive: true,
  });
  // A client losing its connection must not crash the process, idle (the pool's 'error') or
  // checked out between two queries (its own 'error'): the next query on it fails, and the
  // transaction then drops it; the pool opens a new one.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const driver = driverOf(pool);
  // Migrations on a connection of their own without the request timeouts: moving data or
  // building an index on a large database may take longer than any request should.
  const migrationPool = new pg.Pool({ connectionString: options.connectionString, max: 1 });
  migrationPool.on('error', () => {});
  try {
    await runMigrations(driverOf(migrationPool));
  } catch (error) {
    await pool.end();
    throw error;
  } finally {
    await migrationPool.end();
  }
  return createSqlStore(driver);
}

/** The SqlDriver on a pool: transactions retried on serialization failures, errors classified. */
function driverOf(pool: pg.Pool): SqlDriver {
  return {
    async transaction(fn) {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect().catch((error: unknown) => {
          throw storageError(error);
        });
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          const result = await fn(client as SqlClient);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          if (isConnectionError(error)) {
            // No ROLLBACK on a lost connection (it would wait out another timeout): the
            // connection is dropped, and PostgreSQL rolls back what it never saw committed.
            broken = error as Error;
            throw storageError(error);
          }
          await client.query('ROLLBACK').catch((rollbackError: Error) => {
            broken = rollbackError;
          });
          const code = (error as { code?: unknown }).code;
          if (typeof code === 'string' && retryableCodes.has(code) && attempt < maxAttempts) {
            await new Promise((resolve) => setTimeout(resolve, 5 * attempt * Math.random()));
            continue;
          }
          throw error;
        } finally {
          client.release(broken);
        }
      }
    },
    async query<R>(text: string, params?: unknown[]) {
      try {
        return (await pool.query(text, params)) as unknown as { rows: R[] };
      } catch (error) {
        throw storageError(error);
      }
    },
    close: () => pool.end(),
  };
}
