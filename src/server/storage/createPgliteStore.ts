import { PGlite } from '@electric-sql/pglite';
import type { Store } from '../../core/api/store.js';
import { type CachedSqlStoreOptions, createCachedSqlStore } from './createCachedSqlStore.js';
import { createPreparedQuery } from './createPreparedQuery.js';
import { lockDataDir } from './lockDataDir.js';
import { runMigrations } from './migrations.js';
import {
  initDbInChildProcess,
  initDbParams,
  isInitialised,
  startParams,
  walSegmentBytes,
} from './pgliteSettings.js';
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
 * use DATABASE_URL for that). The folder is locked for this process (lockDataDir); PostgreSQL
 * runs with small memory and WAL settings, and a new folder is made in a child process
 * (pgliteSettings).
 * @example const store = await createPgliteStore({ dataDir: '.data' });
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<PgliteStore> {
  const dataDir =
    options.dataDir === undefined || options.dataDir === ':memory:' ? undefined : options.dataDir;
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    return await open(dataDir, options, release);
  } catch (error) {
    release();
    throw error;
  }
}

async function open(
  dataDir: string | undefined,
  options: PgliteStoreOptions,
  release: () => void,
): Promise<PgliteStore> {
  if (dataDir && !options.loadDataDir && !isInitialised(dataDir)) {
    await initDbInChildProcess(dataDir);
  }
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    relaxedDurability: false,
    initDbStartParams: initDbParams,
    // In memory or from a dump, the segment size is unknown: settings valid for PostgreSQL's 16 MB.
    startParams: startParams(dataDir ? walSegmentBytes(dataDir) : 16 * 2 ** 20),
  });
  const driver: SqlDriver = {
    transaction: (fn) => pglite.transaction((tx) => fn(tx)),
    query: (text, params) => pglite.query(text, params),
    async close() {
      await pglite.close();
      release();
    },
  };
  try {
    await runMigrations(driver);
  } catch (error) {
    await pglite.close().catch(() => undefined);
    throw error;
  }
  const cacheOptions = {
    vacuumAfterBytes: 4 * 2 ** 20,
    ...(options.cacheSize === undefined ? {} : { cacheSize: options.cacheSize }),
  };
  // After the migrations, the only transactions they run: from here on every statement stands
  // alone, which is what lets the prepared statements skip PGlite's transaction lock.
  const store = createCachedSqlStore(
    { ...driver, query: createPreparedQuery(pglite) },
    cacheOptions,
  );
  return { ...store, pglite };
}
