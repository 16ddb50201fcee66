import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Store } from '../core/api/store.js';
import type { Catalog } from '../core/catalog.js';
import { validateCatalog } from '../core/rules/index.js';
import { checkDataDir, dataDirOpenError } from './checkDataDir.js';
import type { LogLine } from './createApp.js';
import { createNodeServer, type ServerLimits } from './createNodeServer.js';
import defaultCatalog from './defaultCatalog.json' with { type: 'json' };
import { flushJsonLines } from './jsonLineLogger.js';
import { createPgliteStore } from './storage/createPgliteStore.js';
import { createPostgresStore } from './storage/createPostgresStore.js';

/** The development key used when CHECKOUT_SECRET_KEY is unset; refused in production. */
export const defaultSecretKey = 'sk_test_checkout_editor_dev';

/** Options of {@link startServer}; everything else comes from the environment. */
export interface StartServerOptions {
  /** Defaults to `process.env`. */
  env?: Record<string, string | undefined>;
  logger?: (line: LogLine) => void;
  clock?: () => Date;
  /** Timeouts and the connection cap; defaults in docs/server.md ("Hardening"). */
  limits?: ServerLimits;
}

/** A listening server. */
export interface RunningServer {
  url: string;
  port: number;
  secretKey: string;
  usingDefaultKey: boolean;
  storage: 'pglite' | 'postgres';
  /** Where PGlite keeps its files (undefined for `:memory:` or PostgreSQL). */
  dataDir: string | undefined;
  /** Stops accepting, lets in-flight requests finish (up to 5 s), then closes the database. */
  close(): Promise<void>;
}

/**
 * Starts the reference server from env: HOST (127.0.0.1), PORT (8787), DATA_DIR (.data/, or
 * `:memory:`), DATABASE_URL (postgres://… instead of PGlite), CHECKOUT_SECRET_KEY, CATALOG_FILE
 * (default: the demo catalog shipped with the package), CORS_ORIGINS (comma-separated).
 * Rejects, naming the problem, on a bad setting or an invalid catalog.
 * @example const server = await startServer({ env: { PORT: '0', DATA_DIR: ':memory:' } });
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const host = env.HOST || '127.0.0.1';
  const port = parsePort(env.PORT);
  const secretKey = env.CHECKOUT_SECRET_KEY || defaultSecretKey;
  const usingDefaultKey = secretKey === defaultSecretKey;
  if (usingDefaultKey && env.NODE_ENV === 'production') {
    throw new Error(
      'Refusing to start: set CHECKOUT_SECRET_KEY (the development default is public).',
    );
  }
  const catalog = await loadCatalog(env.CATALOG_FILE);
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);

  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  }
  const dataDir = databaseUrl ? undefined : env.DATA_DIR?.trim() || '.data';
  const store: Store = databaseUrl
    ? await createPostgresStore({ connectionString: databaseUrl })
    : await openPglite(dataDir ?? ':memory:');

  const appOptions = {
    store,
    catalog,
    secretKey,
    corsOrigins,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  };
  let server: Server;
  try {
    server = await new Promise<Server>((resolveListening, reject) => {
      const s = createNodeServer(appOptions, options.limits);
      s.once('listening', () => resolveListening(s));
      s.once('error', reject);
      s.listen(port, host);
    });
  } catch (error) {
    await store.close();
    throw new Error(`Cannot listen on ${host}:${port}: ${(error as Error).message}`);
  }
  const actualPort = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    secretKey,
    usingDefaultKey,
    storage: databaseUrl ? 'postgres' : 'pglite',
    dataDir: dataDir === ':memory:' ? undefined : dataDir,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((done) => server.close(() => done()));
        server.closeIdleConnections();
        const timer = setTimeout(() => server.closeAllConnections(), 5000);
        await stopped;
        clearTimeout(timer);
        await store.close();
        flushJsonLines();
      })();
      return closing;
    },
  };
}

/** PGlite in `dataDir`, after checking the folder; every problem named in one sentence. */
async function openPglite(dataDir: string): Promise<Store> {
  if (dataDir === ':memory:') return createPgliteStore({ dataDir });
  await checkDataDir(dataDir);
  try {
    return await createPgliteStore({ dataDir });
  } catch (error) {
    throw dataDirOpenError(dataDir, error);
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 8787;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, not ${JSON.stringify(value)}.`);
  }
  return port;
}

/** Reads and validates the catalog; the default is bundled so it resolves from any cwd. */
async function loadCatalog(file: string | undefined): Promise<Catalog> {
  let input: unknown = defaultCatalog;
  const name = file ? resolve(file) : 'the default catalog';
  if (file) {
    let text: string;
    try {
      text = await readFile(name, 'utf8');
    } catch (error) {
      throw new Error(`Cannot read CATALOG_FILE ${name}: ${(error as Error).message}`);
    }
    try {
      input = JSON.parse(text);
    } catch (error) {
      throw new Error(`CATALOG_FILE ${name} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const result = validateCatalog(input);
  if (!result.ok) {
    throw new Error(
      `Invalid catalog (${name}):\n${result.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return result.catalog;
}
