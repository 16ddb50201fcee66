import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * `npm test` must pass while another program holds 8787, 5173 or any other port: every server a
 * test, the e2e suite, the smoke test or the bench starts listens on a port that was free a
 * moment before (port 0, `freePort()`), never on a number written in the code.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return /\.(m?[jt]sx?)$/.test(name) ? [path] : [];
  });

// A port number in code that starts something: `listen(<n>)`, `port: <n>`, `PORT: '<n>'`, `--port <n>`.
const fixedPort =
  /\blisten\(\s*[1-9]\d{1,4}\b|\bport:\s*[1-9]\d{1,4}\b|PORT:\s*['"`][1-9]\d{1,4}['"`]|--port['"]?,?\s*['"]?[1-9]\d{1,4}\b/i;

describe('test servers', () => {
  it('never listen on a fixed port', () => {
    const checked = [
      ...files('test'),
      ...files('e2e'),
      ...files('bench'),
      'scripts/smoke.mjs',
      'playwright.config.ts',
    ];
    expect(checked.length).toBeGreaterThan(20);
    const offenders = checked.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(root, join(root, file))}:${i + 1}` }))
        .filter(({ line }) => fixedPort.test(line) && !line.includes('fixedPort'))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
