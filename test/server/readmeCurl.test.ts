import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/startServer.js';

/*
 * README's "Every endpoint with curl" as a new user runs it: the sh block, unchanged but for the
 * server's address, in bash against a server on a free port with its own DATA_DIR. A `curl` on
 * PATH in front of the real one records each call's headers and body; every command must be
 * followed by a comment that starts with its status (`# 201, ETag: "1"`), and the codes and
 * ETag that comment shows must be the ones answered.
 */

interface Example {
  command: string;
  status: number;
  etag: string | undefined;
  codes: string[];
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function curlBlock(): string {
  const section = readme.slice(readme.indexOf('### Every endpoint with curl'));
  const match = /```sh\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README: no sh block under "Every endpoint with curl"');
  return match[1];
}

function examplesOf(block: string): Example[] {
  const examples: Example[] = [];
  let pending: string | null = null;
  let current: Example | null = null;
  for (const line of block.split('\n')) {
    const comment = line.startsWith('#');
    if (!comment && /(^|\$\()curl /.test(line)) {
      if (pending) throw new Error(`README: no status comment after: ${pending}`);
      pending = line;
      current = null;
    } else if (comment && pending && /^# \d{3}\b/.test(line)) {
      current = { command: pending, status: Number(line.slice(2, 5)), etag: undefined, codes: [] };
      examples.push(current);
      pending = null;
    }
    if (comment && current) {
      current.etag ??= /ETag: "(\d+)"/.exec(line)?.[1];
      for (const code of line.matchAll(/"code":"(\w+)"/g)) current.codes.push(code[1] as string);
    } else if (!comment) current = null;
  }
  if (pending) throw new Error(`README: no status comment after: ${pending}`);
  return examples;
}

const dir = mkdtempSync(join(tmpdir(), 'checkout-readme-'));
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    env: { PORT: '0', DATA_DIR: join(dir, 'data') },
    logger: () => {},
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the block in bash; returns each curl call's status line, headers and body. */
async function run(block: string, name: string) {
  const log = join(dir, name);
  const bin = join(log, 'bin');
  mkdirSync(bin, { recursive: true });
  const realCurl = spawnSync('sh', ['-c', 'command -v curl'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(
    join(bin, 'curl'),
    `#!/bin/bash\nset -o pipefail\nn=$(cat "${log}/n" 2>/dev/null || echo 0); echo $((n + 1)) > "${log}/n"\n` +
      `"${realCurl}" -D "${log}/$n.head" "$@" | tee "${log}/$n.body"\n`,
  );
  chmodSync(join(bin, 'curl'), 0o755);
  const script = block.replace('B=http://127.0.0.1:8787', `B=${server.url}`);
  expect(script).not.toBe(block);
  // Asynchronously: the server answers from this very process.
  const result = await promisify(execFile)('bash', ['-e', '-o', 'pipefail', '-c', script], {
    encoding: 'utf8',
    cwd: log,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    timeout: 60_000,
  });
  expect(result.stderr).toBe('');
  const count = Number(readFileSync(join(log, 'n'), 'utf8'));
  return Array.from({ length: count }, (_, i) => ({
    head: readFileSync(join(log, `${i}.head`), 'utf8'),
    body: readFileSync(join(log, `${i}.body`), 'utf8'),
  }));
}

describe("README's curl examples", () => {
  const examples = examplesOf(curlBlock());

  it('every command has its expected status', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(examples.map((e) => e.status)).toContain(412);
  });

  for (const pass of ['first run', 'second run on the same server']) {
    it(`run as written: ${pass}`, async () => {
      const calls = await run(curlBlock(), pass.replaceAll(' ', '-'));
      expect(calls).toHaveLength(examples.length);
      for (const [i, example] of examples.entries()) {
        const call = calls[i] as { head: string; body: string };
        const where = `${example.command}\n${call.head}${call.body}`;
        expect(Number(/^HTTP\/[\d.]+ (\d{3})/.exec(call.head)?.[1]), where).toBe(example.status);
        expect(() => JSON.parse(call.body), where).not.toThrow();
        if (example.etag)
          expect(call.head, where).toMatch(new RegExp(`etag: "${example.etag}"`, 'i'));
        for (const code of example.codes) expect(call.body, where).toContain(`"code":"${code}"`);
      }
    });
  }
});
