// Builds the publishable package into dist/:
//
// 1. `tsc` compiles src/ (ESM + .d.ts, folder structure kept) into a staging folder.
// 2. Rolldown bundles the JavaScript of every subpath export from the staging folder into one file
//    per export (dist/index.js, dist/client/index.js, …), with the code two exports share in
//    dist/chunks/ (one module instance, so a React context made by one entry is the one the other
//    reads) and every dependency left as a bare import. Not minified: the storefront's bundler
//    minifies, and readable files are easier to debug from node_modules.
// 3. The .d.ts files are copied as tsc wrote them (per module; the export paths resolve them).
// 4. The CSS tsc ignores is copied; the default look is also `checkout-editor/styles.css`.
// 5. `checkout-editor/element/standalone` is bundled apart, all dependencies inside.
//
// Why bundle (docs/packaging.md#build): one flat module per entry imports each dependency once
// (`import { useState, useMemo, … } from "react"`) instead of once per source file, which was
// about 0.5 kB of the widget's 12 kB gzipped budget, and it keeps the internal module layout out
// of the public surface. Tree-shaking still works: top-level statements stay separate and the
// `/* @__PURE__ */` marks survive; `sideEffects` says only CSS has side effects.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { buildStandalone, standaloneFileName } from './buildStandalone.mjs';
import { cssInline } from './cssInline.mjs';
import { isBareImport, tscStaging } from './rolldownShared.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
/** tsc's per-module output; `npm run size:why` reads it for its per-module breakdown. */
const staging = tscStaging(root);

/** Output name (without .js) → module under src/, one per JavaScript export of package.json. */
const entries = {
  index: 'index',
  'client/index': 'client/index',
  'core/index': 'core/index',
  'mock/index': 'mock/index',
  'server/index': 'server/index',
  'testing/index': 'testing/index',
  'ui/merchant/index': 'ui/merchant/index',
  'ui/messages/de': 'ui/messages/de',
  'element/index': 'element/index',
  'ui/messages/fr': 'ui/messages/fr',
  'ui/messages/es': 'ui/messages/es',
  'ui/messages/ja': 'ui/messages/ja',
  'ui/messages/ar': 'ui/messages/ar',
};

/**
 * Entries that export components or hooks: they start with `'use client'` so a React Server
 * Component page can import them (embed.md §1). Source modules' directives do not survive
 * bundling; a banner puts it on the first line of the built file. The shared chunks do not need
 * it: the directive marks the boundary, and everything an entry imports is client code.
 */
const clientEntries = new Set(['index', 'ui/merchant/index']);

// `--if-stale` (npm's `prepack`): skip when dist/ was built from exactly these sources, so
// `npm publish` (check:package builds, then prepack) builds once, while `npm pack` on a fresh
// clone, or after any edit, builds first and can never ship an empty or stale dist/.
const stamp = join(root, 'node_modules', '.cache', 'checkout-editor', 'build-sources.sha256');
// The folder is part of the stamp: clones that share one node_modules never share a verdict.
const sourcesHash = `${root}\n${hashSources()}`;
if (process.argv.includes('--if-stale') && existsSync(join(dist, 'index.js'))) {
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === sourcesHash) {
    console.error('build: dist/ is up to date with src/');
    process.exit(0);
  }
}

/** SHA-256 over every file of src/ and the build's own configuration, by path and content. */
function hashSources() {
  const hash = createHash('sha256');
  const add = (file) => hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk(src);
  const config = ['package.json', 'tsconfig.build.json', 'scripts/build.mjs'];
  for (const file of [...config, 'scripts/rolldownShared.mjs']) add(join(root, file));
  return hash.digest('hex');
}

// A stale file from a deleted module would otherwise ship and still type-check for consumers.
rmSync(stamp, { force: true });
rmSync(dist, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(
  process.execPath,
  [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', staging],
  { cwd: root, stdio: 'inherit' },
);
if (result.status !== 0) {
  console.error('build: tsc failed');
  process.exit(result.status ?? 1);
}

await build({
  input: Object.fromEntries(
    Object.entries(entries).map(([name, module]) => [name, join(staging, `${module}.js`)]),
  ),
  // Every bare specifier is a dependency (peer, optional peer or node:*): never inlined.
  external: isBareImport,
  platform: 'neutral',
  // The element entries take the widget's CSS as text (tsc leaves the .css in src/).
  plugins: [cssInline({ from: staging, to: src })],
  // What package.json "sideEffects" promises consumers, told to Rolldown too: a module whose
  // exports are unused is dropped whole, and a barrel re-export does not pull its siblings into
  // the chunk of an entry that never uses them.
  treeshake: { moduleSideEffects: false },
  logLevel: 'warn',
  output: {
    dir: dist,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    banner: (chunk) => (chunk.isEntry && clientEntries.has(chunk.name) ? "'use client';" : ''),
    minify: false,
    sourcemap: false,
  },
});

/** Copies the files under `from` whose names end with `suffix`, keeping their relative paths. */
function copyTree(from, to, suffix) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target, suffix);
    else if (entry.name.endsWith(suffix)) {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
    }
  }
}
// 5. The standalone element: one file with every dependency inside (scripts/buildStandalone.mjs).
await buildStandalone({ root, outFile: join(dist, 'element', standaloneFileName) });

copyTree(staging, dist, '.d.ts');
copyTree(src, dist, '.css');

const styles = join(src, 'ui', 'styles.css');
if (existsSync(styles)) copyFileSync(styles, join(dist, 'styles.css'));
else console.warn('build: src/ui/styles.css does not exist yet; dist/styles.css not written');

mkdirSync(dirname(stamp), { recursive: true });
writeFileSync(stamp, sourcesHash);
// stderr: `npm pack --json` prints its JSON on stdout, after prepack's output.
console.error(`build: ${relative(root, dist)}/ written`);
