// `npm run server`: the reference server (src/server/main.ts) from the environment.
//
// It runs compiled JavaScript, not TypeScript through a loader: Rolldown bundles
// src/server/main.ts with its imports from src/ (dependencies stay bare imports) in well under a
// second, on every start so it can never be stale, and this process runs the result. A loader
// such as tsx wraps every function it compiles in a name-keeping helper, which cost about 15 %
// of the throughput of a summary request under load (docs/server.md).
//
// The file is named after its content and written atomically (temp file + rename), so several
// servers started at once (e.g. on one PostgreSQL) never import a half-written file.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
  throw new Error('scripts/server.mjs: expected the server to bundle into one file');
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

// Stack traces (the server logs one with every internal_error) point into src/, not the bundle.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(file).href);
