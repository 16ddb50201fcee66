// `npm run server`: the reference server (src/server/main.ts) from the environment.
//
// It runs compiled JavaScript, not TypeScript through a loader: Rolldown bundles
// src/server/main.ts with its imports from src/ (dependencies stay bare imports) in well under a
// second, on every start so it can never be stale, and this process runs the result. A loader
// such as tsx wraps every function it compiles in a name-keeping helper, which cost about 15 %
// of the throughput of a summary request under load (docs/server.md).
//
// Rolldown runs in a child process (scripts/bundleServer.mjs), so its memory is not the server's.
// The file is named after its content and written atomically (temp file + rename), so several
// servers started at once (e.g. on one PostgreSQL) never import a half-written file.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const file = execFileSync(process.execPath, [join(here, 'bundleServer.mjs')], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});

// Stack traces (the server logs one with every internal_error) point into src/, not the bundle.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(file).href);
