import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';

/*
 * PGlite's defaults suit a database server, not an embedded one: 160 MB of shared buffers (the
 * idle server held 870 MB of RSS) and WAL kept up to 1 GB in 16 MB segments (a busy folder grew
 * by gigabytes). These settings keep the process small and the folder's growth bounded; see
 * docs/performance.md for the figures.
 */

/** WAL segments of new folders: 1 MB instead of 16, so a few MB of WAL is a few segments. */
export const initDbParams = ['--wal-segsize=1'];

/** PostgreSQL settings for `PGlite.create({ startParams })`, for a folder's WAL segment size. */
export function startParams(walSegmentBytes: number): string[] {
  const segmentMb = Math.max(1, Math.round(walSegmentBytes / 2 ** 20));
  const settings = [
    'shared_buffers=8MB',
    'wal_buffers=512kB',
    'temp_buffers=2MB',
    'work_mem=2MB',
    'maintenance_work_mem=16MB',
    // Full-page images guard against a page torn by an OS crash or power cut mid-write; PGlite
    // already runs with fsync off (no guarantee there), and a killed process cannot tear a
    // write() it already made. Without them the WAL is a fraction of the size.
    'full_page_writes=off',
    // A checkpoint after a few MB of WAL; older segments are recycled, never more than these.
    `min_wal_size=${Math.max(2, 2 * segmentMb)}MB`,
    `max_wal_size=${Math.max(4, 2 * segmentMb)}MB`,
  ];
  return [...PGlite.defaultStartParams, ...settings.flatMap((setting) => ['-c', setting])];
}

/** The WAL segment size of an existing folder (the size of a segment file), else 1 MB. */
export function walSegmentBytes(dataDir: string): number {
  const walDir = join(dataDir, 'pg_wal');
  if (!existsSync(walDir)) return 2 ** 20;
  const segment = readdirSync(walDir).find((name) => /^[0-9A-F]{24}$/.test(name));
  return segment ? statSync(join(walDir, segment)).size : 2 ** 20;
}

/** Whether `dataDir` holds a database already (PostgreSQL writes PG_VERSION at initdb). */
export const isInitialised = (dataDir: string) => existsSync(join(dataDir, 'PG_VERSION'));

/**
 * Creates the database files of a new folder in a short-lived child process. initdb runs a
 * second WebAssembly instance whose memory a process never gives back to the system (about
 * 150 MB more RSS for the server's whole life); in a child it is gone when the child exits.
 */
export async function initDbInChildProcess(dataDir: string): Promise<void> {
  const url = import.meta.resolve('@electric-sql/pglite');
  const code = `import { PGlite } from ${JSON.stringify(url)};
const db = await PGlite.create({ dataDir: process.argv[1], initDbStartParams: ${JSON.stringify(initDbParams)} });
await db.close();`;
  try {
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code, dataDir], {
      timeout: 120_000,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(
      `Cannot create the database in ${dataDir}: ${stderr || (error as Error).message}`,
    );
  }
}
