import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataDir, fileProblem } from '../../src/server/checkDataDir.js';
import { defaultSecretKey, startServer } from '../../src/server/startServer.js';
import { type ServerProcess, startServerProcess } from './helpers/serverProcess.js';

/* What `npm run server` prints: never a real key, and one sentence for a bad data folder. */

/** Waits for the start-up lines, stops the server and reads everything it printed. */
async function stopAndDrain(server: ServerProcess) {
  for (let i = 0; i < 100 && !server.output().includes('Secret key:'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const drained = [server.child.stdout, server.child.stderr].map((stream) =>
    stream && !stream.closed ? new Promise((resolve) => stream.once('close', resolve)) : null,
  );
  await server.stop();
  await Promise.all(drained);
}

const dir = mkdtempSync(join(tmpdir(), 'checkout-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the secret key', () => {
  it('a non-default CHECKOUT_SECRET_KEY is never printed or logged', async () => {
    const secret = `sk_live_${crypto.randomUUID().replaceAll('-', '')}`;
    const server = await startServerProcess({ CHECKOUT_SECRET_KEY: secret, DATA_DIR: ':memory:' });
    try {
      const auth = (key: string) => ({ Authorization: `Bearer ${key}` });
      const json = { 'Content-Type': 'application/json' };
      await fetch(`${server.url}/checkout_session`, {
        method: 'POST',
        headers: { ...auth(secret), ...json },
        body: '{"contract":',
      });
      await fetch(`${server.url}/checkout_session`, {
        method: 'POST',
        headers: { ...auth(`${secret}x`), ...json },
        body: '{}',
      });
      await fetch(`${server.url}/checkout_session/${secret}`, { headers: auth(secret) });
    } finally {
      await stopAndDrain(server);
    }
    expect(server.output()).toContain('not printed');
    expect(server.output()).not.toContain(secret);
    expect(server.output()).not.toContain(secret.slice(8, 24));
  }, 120_000);

  it('the public development key is printed, with a warning', async () => {
    const server = await startServerProcess({ DATA_DIR: ':memory:' });
    await stopAndDrain(server);
    expect(server.output()).toContain(`Secret key: ${defaultSecretKey}`);
    expect(server.output()).toContain('public development key');
  }, 120_000);
});

describe('the data folder', () => {
  it('a file where the folder should be: a sentence naming it, from the CLI too', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(startServer({ env: { PORT: '0', DATA_DIR: file } })).rejects.toThrow(
      `DATA_DIR ${file} is a file, not a folder`,
    );
    await expect(
      startServer({ env: { PORT: '0', DATA_DIR: join(file, 'below') } }),
    ).rejects.toThrow(/is not a folder: a part of its path is a file \(ENOTDIR\)\.$/);
    await expect(startServerProcess({ DATA_DIR: file })).rejects.toThrow(
      /checkout-editor server: DATA_DIR .*not-a-folder is a file, not a folder/,
    );
  }, 120_000);

  it('a corrupt database folder: a sentence that says so', async () => {
    const data = join(dir, 'corrupt');
    const server = await startServer({ env: { PORT: '0', DATA_DIR: data }, logger: () => {} });
    await server.close();
    writeFileSync(join(data, 'PG_VERSION'), 'garbage\n');
    await expect(startServer({ env: { PORT: '0', DATA_DIR: data } })).rejects.toThrow(
      /^Cannot open the database in DATA_DIR .*corrupt: its files look corrupt .*Move the folder aside/,
    );
  }, 120_000);

  it('a full disk, an unreadable or a read-only folder: named by their error codes', async () => {
    const data = join(dir, 'full');
    mkdirSync(data);
    await expect(checkDataDir(data, { minFreeBytes: Number.MAX_SAFE_INTEGER })).rejects.toThrow(
      /^DATA_DIR .*full is on a full disk: \d+ MB free, the database needs at least/,
    );
    await expect(checkDataDir(data)).resolves.toBeUndefined();
    const coded = (code: string) => Object.assign(new Error(code), { code });
    expect(fileProblem(coded('ENOSPC'), 'is not writable')).toBe(
      'is full: no space left on its disk',
    );
    expect(fileProblem(coded('EACCES'), 'cannot be read')).toBe(
      'cannot be read: permission denied for this user',
    );
    expect(fileProblem(coded('EROFS'), 'is not writable')).toBe('is on a read-only file system');
  });
});
