import pg from 'pg';
import type { Store } from '../../core/api/store.js';
import { createSqlStore } from './createSqlStore.js';
import { runMigrations } from './migrations.js';
import type { SqlClient, SqlDriver } from './sqlDriver.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` */
  connectionString: string;
  /** Pool size (default 10). */
  max?: number;
}

// serialization_failure and deadlock_detected: the transaction did nothing and may simply rerun.
const retryableCodes = new Set(['40001', '40P01']);
const maxAttempts = 5;

/**
 * A Store on a PostgreSQL server through a node-postgres Pool; several server processes may
 * share one database (row locks and advisory locks do the coordination). Migrates on open.
 * @example const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL });
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const driver: SqlDriver = {
    async transaction(fn) {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          const result = await fn(client as SqlClient);
          await client.query('COMMIT');
          return result;
        } catch (error) {
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
    query: async <R>(text: string, params?: unknown[]) =>
      (await pool.query(text, params)) as unknown as { rows: R[] },
    close: () => pool.end(),
  };
  try {
    await runMigrations(driver);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return createSqlStore(driver);
}
