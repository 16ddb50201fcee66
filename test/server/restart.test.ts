import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller } from './helpers/api.js';
import { pgliteTemplate } from './helpers/pgliteStore.js';
import { type ServerProcess, startServerProcess } from './helpers/serverProcess.js';

/*
 * Durability of the embedded database: `npm run server`'s entry point in a child process with a
 * tmp DATA_DIR is killed with SIGKILL the instant a 2xx arrives; after a restart on the same
 * directory every acknowledged write is there.
 */

const key = 'sk_test_restart_suite';
const dataDir = mkdtempSync(join(tmpdir(), 'checkout-data-'));
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('restart after kill -9 (PGlite in DATA_DIR)', () => {
  it('keeps every write that was acknowledged', { timeout: 120_000 }, async () => {
    // Seeding DATA_DIR with a migrated cluster skips PGlite's slow initdb (not under test here).
    execFileSync('tar', ['xf', await pgliteTemplate(), '-C', dataDir]);
    const env = { DATA_DIR: dataDir, CHECKOUT_SECRET_KEY: key };
    server = await startServerProcess(env);
    let call = apiCaller(server.url);
    const created = await call('POST', '/checkout_session', {
      token: key,
      body: { contract: { plan_id: 'team', quantity: 2, currency: 'USD' } },
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    for (let i = 0; i < 5; i++) {
      const res = await call('PATCH', `/checkout_session/${id}`, {
        token: key,
        body: { custom_data: { [`seq${i}`]: i } },
      });
      expect(res.status).toBe(200);
    }

    // Twelve writes in flight; the server dies the moment the fourth one is acknowledged.
    const acknowledged: string[] = [];
    const victim = server;
    await Promise.allSettled(
      Array.from({ length: 12 }, async (_, i) => {
        const res = await call('PATCH', `/checkout_session/${id}`, {
          token: key,
          body: { custom_data: { [`par${i}`]: i } },
        });
        if (res.status !== 200) return;
        acknowledged.push(`par${i}`);
        if (acknowledged.length === 4) victim.kill9();
      }),
    );
    expect(await victim.exited).toBeNull();
    expect(victim.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(4);

    server = await startServerProcess(env);
    call = apiCaller(server.url);
    const read = await call('GET', `/checkout_session/${id}`, { token: key });
    expect(read.status).toBe(200);
    for (let i = 0; i < 5; i++) expect(read.body.custom_data[`seq${i}`]).toBe(i);
    for (const k of acknowledged) expect(read.body.custom_data).toHaveProperty(k);
    expect(read.body.version).toBeGreaterThanOrEqual(6 + acknowledged.length);
    expect(read.body.custom_data.audit_trail).toHaveLength(read.body.version - 1);

    // SIGTERM is the graceful path: socket and database closed, exit code 0.
    // A key of the merchant's own is never printed (issue 12).
    expect(server.output()).toContain('Secret key: the one in CHECKOUT_SECRET_KEY (not printed)');
    expect(server.output()).not.toContain(key);
    await server.stop();
    expect(await server.exited).toBe(0);
  });
});
