import { PGlite } from '@electric-sql/pglite';
import type { Store } from '../../core/api/store.js';
import { type CachedSqlStoreOptions, createCachedSqlStore } from './createCachedSqlStore.js';
import { runMigrations } from './migrations.js';
import type { SqlDriver } from './sqlDriver.js';

/** Options of {@link createPgliteStore}. */
export interface PgliteStoreOptions extends CachedSqlStoreOptions {
  /** A directory to keep the database in, or `:memory:` (or undefined) for none. */
  dataDir?: string;
  /** A `dumpDataDir()` tarball to start from (tests: skips the slow initdb). */
  loadDataDir?: Blob | File;
}

/** A Store on embedded PostgreSQL, plus the PGlite handle (for dumps in tests). */
export interface PgliteStore extends Store {
  pglite: PGlite;
}

/**
 * Opens (creating if needed) an embedded PostgreSQL and migrates it.
 *
 * PGlite is one connection in one process, and a data dir belongs to one process at a time, so
 * the store caches sessions and serialises writes in process (createCachedSqlStore). With a
 * data dir, every write reaches the OS through synchronous file writes before its statement
 * returns, so a 2xx survives kill -9 (not a power cut: PGlite runs PostgreSQL with fsync off;
 * use DATABASE_URL for that).
 * @example const store = await createPgliteStore({ dataDir: '.data' });
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<PgliteStore> {
  const dataDir =
    options.dataDir === undefined || options.dataDir === ':memory:' ? undefined : options.dataDir;
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    relaxedDurability: false,
  });
  const driver: SqlDriver = {
    transaction: (fn) => pglite.transaction((tx) => fn(tx)),
    query: (text, params) => pglite.query(text, params),
    close: () => pglite.close(),
  };
  await runMigrations(driver);
  const cacheOptions = options.cacheSize === undefined ? {} : { cacheSize: options.cacheSize };
  return { ...createCachedSqlStore(driver, cacheOptions), pglite };
}
