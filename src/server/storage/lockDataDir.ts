import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** The lock file's name inside DATA_DIR. */
export const lockFileName = 'checkout-editor.lock';

interface LockOwner {
  pid: number;
  host: string;
  /** Linux: the process's start time in clock ticks since boot (/proc/<pid>/stat), else null. */
  startTicks: number | null;
  startedAt: string;
}

// Folders this process holds: pid checks cannot tell this process from itself.
const held = new Set<string>();

/** Start time of a process from /proc (Linux), null where there is no /proc or no process. */
function startTicksOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses): field 22 is starttime.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the owner recorded in a lock file still runs. A pid alone is not enough: after a
 * kill -9 and a reboot or a container restart, the pid may belong to another process (often to
 * this very one, pid 1 in a container). So the recorded start time must match too (Linux).
 */
function holds(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // cannot check another machine's processes
  if (owner.pid === process.pid || !isAlive(owner.pid)) return false;
  const ticks = startTicksOf(owner.pid);
  return owner.startTicks === null || ticks === null || ticks === owner.startTicks;
}

/**
 * Takes DATA_DIR for this process: PGlite is one PostgreSQL in one process, and two processes
 * writing one folder lose acknowledged writes. Refuses, naming the holder, while another live
 * process holds it; takes over a lock left by a process that is gone (kill -9, a crash).
 * @returns a function that releases the lock (call it after closing the database)
 * @example const release = lockDataDir('.data'); … await pglite.close(); release();
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, lockFileName);
  const key = resolve(file);
  if (held.has(key)) throw new Error(`DATA_DIR ${dataDir} is already open in this process.`);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startTicks: startTicksOf(process.pid),
    startedAt: new Date().toISOString(),
  };
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, text);
      closeSync(fd);
      held.add(key);
      return () => {
        held.delete(key);
        try {
          if (readFileSync(file, 'utf8') === text) rmSync(file);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new Error(`Cannot lock DATA_DIR ${dataDir}: ${(error as Error).message}`);
      }
    }
    let owner: LockOwner | null = null;
    try {
      owner = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    } catch {
      owner = null; // unreadable or half-written by a process killed while writing it
    }
    if (owner && holds(owner)) {
      const where = owner.host === hostname() ? '' : ` on ${owner.host}`;
      throw new Error(
        `DATA_DIR ${dataDir} is in use by process ${owner.pid}${where} (started ${owner.startedAt}): ` +
          'one server per PGlite folder. Stop that process, or use another DATA_DIR ' +
          `(or DATABASE_URL to share one database). If it is gone, delete ${file}.`,
      );
    }
    // Stale: moved aside (rename is atomic, so of two processes taking over only one succeeds).
    try {
      renameSync(file, `${file}.stale-${process.pid}`);
      rmSync(`${file}.stale-${process.pid}`, { force: true });
    } catch {
      // another process took it over first; try again
    }
  }
  throw new Error(`Cannot lock DATA_DIR ${dataDir}: the lock file ${file} keeps changing.`);
}
