// `npm run server`: the reference server (src/server/main.ts) from the environment.
//
// It runs compiled JavaScript, not TypeScript through a loader: Rolldown bundles
// src/server/main.ts with its imports from src/ (dependencies stay bare imports) into
// node_modules/.cache/checkout-editor/server/main.js, in well under a second, on every start
// so it can never be stale; then this process runs that file. A loader such as tsx wraps every
// function it compiles in a name-keeping helper, which cost about 15 % of the throughput of a
// summary request under load (docs/performance.md#server).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'checkout-editor', 'server');

await build({
  input: join(root, 'src', 'server', 'main.ts'),
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  platform: 'node',
  logLevel: 'warn',
  output: { dir: outDir, format: 'esm', entryFileNames: 'main.js', sourcemap: true },
});
// Stack traces (the server logs one with every internal_error) point into src/, not the bundle.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(outDir, 'main.js')).href);
