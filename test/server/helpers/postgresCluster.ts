import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** A throwaway PostgreSQL server for one test file. */
export interface PostgresCluster {
  url: string;
  /** Stops the server (fast shutdown: connections are cut), keeping its data for `start`. */
  pause(): void;
  /** Starts it again after `pause`, on the same port and data. */
  resume(): void;
  stop(): Promise<void>;
}

/** Whether the PostgreSQL tests should run: skipped only when SKIP_PG=1 is set on purpose. */
export const skipPostgres = process.env.SKIP_PG === '1';

/**
 * initdb's a cluster in a tmp dir and starts it on 127.0.0.1 with a free port. PostgreSQL
 * refuses to run as root, so as root it runs as the `postgres` system user. Missing binaries
 * throw (CI installs them); set SKIP_PG=1 to skip these tests instead.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  if (!existsSync(join(bin, 'initdb'))) {
    throw new Error(
      `PostgreSQL binaries not found in ${bin} (install postgresql-15, set PG_BIN, or SKIP_PG=1 to skip).`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'checkout-pg-'));
  const asRoot = process.getuid?.() === 0;
  let owner: { uid: number; gid: number } | undefined;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    owner = { uid, gid };
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const result = spawnSync(cmd, args, {
      encoding: 'utf8',
      ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
      env: { ...process.env, LC_ALL: 'C' },
    });
    if (result.status !== 0) {
      throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    }
  };
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '--no-sync',
    '-E',
    'UTF8',
  ]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pause: () => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']),
    resume: () =>
      run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']),
    async stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
