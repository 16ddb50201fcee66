import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller } from './helpers/api.js';
import { pgliteTemplate } from './helpers/pgliteStore.js';
import { type ServerProcess, startServerProcess } from './helpers/serverProcess.js';

/*
 * One process per PGlite folder, with the real CLI: a second server on the same DATA_DIR
 * refuses to start and names the first one's pid; after the first is killed with SIGKILL, its
 * stale lock does not block a restart, and the restarted server has every acknowledged write.
 */

const key = 'sk_test_lock_suite';
const dataDir = mkdtempSync(join(tmpdir(), 'checkout-lock-data-'));
const servers: ServerProcess[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('one server per DATA_DIR', () => {
  it('refuses a second server, then restarts after kill -9', { timeout: 120_000 }, async () => {
    execFileSync('tar', ['xf', await pgliteTemplate(), '-C', dataDir]);
    const env = { DATA_DIR: dataDir, CHECKOUT_SECRET_KEY: key };
    const first = await startServerProcess(env);
    servers.push(first);
    const created = await apiCaller(first.url)('POST', '/checkout_session', {
      token: key,
      body: { contract: { plan_id: 'team', quantity: 2, currency: 'USD' } },
    });
    expect(created.status).toBe(201);

    const second = startServerProcess(env);
    await expect(second).rejects.toThrow(
      new RegExp(`DATA_DIR .* is in use by process ${first.child.pid} `),
    );
    await expect(second).rejects.toThrow(/server exited \(1\)/);

    first.kill9();
    expect(await first.exited).toBeNull();
    const third = await startServerProcess(env);
    servers.push(third);
    const read = await apiCaller(third.url)('GET', `/checkout_session/${created.body.id}`, {
      token: key,
    });
    expect(read.status).toBe(200);
  });
});
