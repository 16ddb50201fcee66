import { mkdir, readdir, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Below this much free space a PGlite folder is called full (a WAL segment is 16 MB). */
export const minFreeDataDirBytes = 64 * 1024 * 1024;

/**
 * Checks, before PGlite opens it, that DATA_DIR is a folder this process can create, read and
 * write, on a disk with room for the database; rejects with one sentence naming the folder and
 * the problem (`DATA_DIR /srv/data is not writable (EACCES) …`).
 * @example await checkDataDir('.data');
 */
export async function checkDataDir(
  dataDir: string,
  { minFreeBytes = minFreeDataDirBytes }: { minFreeBytes?: number } = {},
): Promise<void> {
  const path = resolve(dataDir);
  const fail = (problem: string, error?: unknown): never => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    throw new Error(`DATA_DIR ${path} ${problem}${code ? ` (${code})` : ''}.`);
  };
  const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    return fail(fileProblem(error, 'cannot be read'), error);
  });
  if (existing && !existing.isDirectory())
    fail('is a file, not a folder; point DATA_DIR at a folder');
  if (!existing) {
    await mkdir(path, { recursive: true }).catch((error) =>
      fail(fileProblem(error, 'cannot be created'), error),
    );
  }
  await readdir(path).catch((error) => fail(fileProblem(error, 'cannot be read'), error));
  const probe = join(path, `.write-check-${process.pid}`);
  try {
    await writeFile(probe, Buffer.alloc(64 * 1024));
  } catch (error) {
    fail(fileProblem(error, 'is not writable'), error);
  } finally {
    await rm(probe, { force: true });
  }
  const disk = await statfs(path).catch(() => undefined);
  if (disk && disk.bavail * disk.bsize < minFreeBytes) {
    const freeMb = Math.floor((disk.bavail * disk.bsize) / 1024 / 1024);
    fail(
      `is on a full disk: ${freeMb} MB free, the database needs at least ${minFreeBytes / 1024 / 1024} MB`,
    );
  }
}

/** The sentence for a file-system error, by its code. */
export function fileProblem(error: unknown, fallback: string): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'is full: no space left on its disk';
    case 'EACCES':
    case 'EPERM':
      return `${fallback}: permission denied for this user`;
    case 'EROFS':
      return 'is on a read-only file system';
    case 'ENOTDIR':
      return 'is not a folder: a part of its path is a file';
    case 'EEXIST':
      return 'is a file, not a folder';
    case 'EIO':
      return `${fallback}: the disk reported an I/O error`;
    default:
      return `${fallback}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * The sentence for a PGlite folder that passed checkDataDir but does not open: its files are
 * damaged or from another PostgreSQL version. Other errors (a lock held by another process, a
 * bug) come back unchanged.
 */
export function dataDirOpenError(dataDir: string, error: unknown): unknown {
  const name = (error as Error | undefined)?.name;
  const pgliteFailure =
    name === 'RuntimeError' ||
    name === 'ErrnoError' ||
    /PGlite failed to initialize/.test(String((error as Error | undefined)?.message));
  if (!pgliteFailure) return error;
  const reason = error instanceof Error && error.message ? error.message : String(error);
  return new Error(
    `Cannot open the database in DATA_DIR ${resolve(dataDir)}: its files look corrupt or come ` +
      `from another PostgreSQL version (${reason.trim()}). Move the folder aside to start with ` +
      'an empty database, or restore it from a backup.',
  );
}
