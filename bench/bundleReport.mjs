// `npm run size:why`: what the main entry's browser bundle is made of. Bundles the entry with the
// esbuild settings of a .size-limit.js check (same externals, defines) and lists the modules by
// the bytes they put in the output, from esbuild's metafile. Gzip does not split per
// module; the minified share is the best proxy for where gzipped bytes come from.
//
//   npm run size:why                 # check 0: all peers external (the widget's own code)
//   npm run size:why -- --check 1    # check 1: TanStack Query, react-hook-form, zod bundled too
//   npm run size:why -- --top 40

import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { tscStaging } from '../scripts/rolldownShared.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    check: { type: 'string', default: '0' },
    top: { type: 'string', default: '25' },
  },
});
const { default: checks } = await import(join(root, '.size-limit.js'));
const check = checks[Number(args.check)];
if (!check) throw new Error(`.size-limit.js has no check ${args.check}`);

// dist/ holds one bundled file per entry (scripts/build.mjs), so the per-module breakdown comes
// from tsc's per-module output that the build bundled (same code, before Rolldown merged it); the
// gzipped total is the real one, of dist/.
const staging = tscStaging(root);
// esbuild's metafile names inputs relative to the working directory.
const stagingPrefix = `${relative(process.cwd(), staging)}/`;
const bundle = async (entry) =>
  build({
    ...check.modifyEsbuildConfig({
      entryPoints: [entry],
      bundle: true,
      metafile: true,
      minify: true,
      treeShaking: true,
    }),
    write: false,
    outfile: join(root, '.tmp/size-why.js'),
  });
const config = check.modifyEsbuildConfig({});
const result = await bundle(join(staging, relative('dist', check.path)));
const shipped = await bundle(join(root, check.path));

const [output] = Object.values(result.metafile.outputs);
const total = output.bytes;
const gz = gzipSync(shipped.outputFiles[0].contents, { level: 9 }).length;

// Group node_modules by package, keep our own files by path.
const groups = new Map();
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
  const own = path.startsWith(stagingPrefix) ? path.slice(stagingPrefix.length) : undefined;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  const key = own ? `src/${own}` : pkg ? `[${pkg}]` : relative(root, join(root, path));
  groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
}
const byFolder = new Map();
for (const [key, bytes] of groups) {
  const folder = key.startsWith('[') ? key : key.split('/').slice(0, 2).join('/');
  byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytes);
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const pct = (b) => `${((100 * b) / total).toFixed(1)}%`;
console.log(
  `${check.name}\n${check.path}, external: ${config.external.join(', ')}\n` +
    `shipped: gzipped ${kb(gz)} (size-limit subtracts esbuild's empty-project bytes)\n` +
    `per-module breakdown (minified ${kb(total)}, from tsc's output before bundling):\n`,
);
console.log('by folder / package:');
for (const [k, b] of [...byFolder].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${kb(b).padStart(9)}  ${pct(b).padStart(6)}  ${k}`);
}
console.log(`\ntop ${args.top} modules:`);
for (const [k, b] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) {
  console.log(`  ${kb(b).padStart(9)}  ${pct(b).padStart(6)}  ${k}`);
}
