import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/* `npm run demo:dev` serves the demo and what it imports, nothing else of the machine or repo. */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
// A stand-in for DATA_DIR inside the repo: demo-links.json there holds client secrets.
const dataDir = mkdtempSync(join(repoRoot, '.data-devserver-test-'));
writeFileSync(join(dataDir, 'demo-links.json'), '["secret-link"]');
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
let vite: ViteDevServer;
let port: number;

beforeAll(async () => {
  port = await freePort();
  vite = await createServer({
    configFile: fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url)),
    server: { port, host: '127.0.0.1', hmr: false },
    logLevel: 'silent',
  });
  await vite.listen();
});
afterAll(async () => {
  await vite?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** GET with the target sent as written (no client-side normalisation). */
function get(target: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the demo dev server', () => {
  it('serves the demo and the package source it imports', async () => {
    expect((await get('/src/main.tsx')).status).toBe(200);
    expect((await get(`/@fs${repoRoot}/src/core/index.ts`)).status).toBe(200);
    expect((await get(`/@fs${repoRoot}/src/ui/styles.css`)).status).toBe(200);
  });

  it.each([
    '/package.json',
    '/../package.json',
    '/..%2fpackage.json',
    `/@fs${repoRoot}/package.json`,
    `/@fs${repoRoot}/package.json?raw`,
    `/@fs${repoRoot}/package.json?import&raw`,
    `/@fs${repoRoot}/README.md`,
    `/@fs${repoRoot}/src/server/startServer.ts`,
    `/@fs${repoRoot}/src/server/startServer.ts?raw`,
    `/@fs${repoRoot}/scripts/demo.mjs`,
    `/@fs${repoRoot}/src/core/../../package.json`,
    '/@fs/etc/passwd',
    '/@fs/etc/passwd?raw',
    '/@fs/proc/self/environ',
    `/@fs${dataDir}/demo-links.json`,
    `/@fs${dataDir}/demo-links.json?raw`,
    '/src/../../package.json',
  ])('does not serve %s', async (target) => {
    const { status, body } = await get(target);
    expect(body).not.toContain('"name": "checkout-editor"');
    expect(body).not.toContain('root:');
    expect(body).not.toContain('secret-link');
    expect(body).not.toContain('export async function startServer');
    expect(body).not.toContain('checkout-editor server');
    // Either refused, or the SPA's index.html for an unknown path: never the file.
    if (status === 200) expect(body).toMatch(/^<!doctype html>/i);
    else expect([403, 404]).toContain(status);
  });
});
