// Bundles src/server/main.ts for `npm run server` (scripts/server.mjs) and prints the file's
// path. A process of its own: Rolldown's native code keeps ~80 MB of memory for the life of the
// process that loaded it, which the server should not carry.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { isBareImport } from './rolldownShared.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'checkout-editor', 'server');

const bundle = await rolldown({
  input: join(root, 'src', 'server', 'main.ts'),
  external: isBareImport,
  platform: 'node',
  logLevel: 'warn',
});
const { output } = await bundle.generate({ format: 'esm', sourcemap: 'inline' });
await bundle.close();
const [chunk] = output;
if (output.length !== 1 || chunk.type !== 'chunk') {
  throw new Error('scripts/bundleServer.mjs: expected the server to bundle into one file');
}

const name = `main-${createHash('sha256').update(chunk.code).digest('hex').slice(0, 16)}.js`;
const file = join(outDir, name);
mkdirSync(outDir, { recursive: true });
const temp = `${file}.${process.pid}.tmp`;
writeFileSync(temp, chunk.code);
renameSync(temp, file);
// Earlier builds: a server still running one has it in memory already.
for (const old of readdirSync(outDir)) {
  if (old !== name && old.startsWith('main-') && old.endsWith('.js')) {
    rmSync(join(outDir, old), { force: true });
  }
}

process.stdout.write(file);
