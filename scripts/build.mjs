// Builds the publishable package: plain `tsc` (ESM + .d.ts, folder structure of src/ kept, so every
// subpath in package.json "exports" maps to dist/<folder>/index.js) plus the CSS files tsc ignores.
// No bundler on purpose: the merchant's bundler tree-shakes per module, and `sideEffects` tells it
// that only CSS has side effects.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

// A stale file from a deleted module would otherwise ship and still type-check for consumers.
rmSync(dist, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error('build: tsc failed');
  process.exit(result.status ?? 1);
}

// CSS that modules import stays beside them; the default look is also exposed at the root as
// "checkout-editor/styles.css".
function copyCss(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const from = join(dir, entry.name);
    if (entry.isDirectory()) copyCss(from);
    else if (entry.name.endsWith('.css')) {
      const to = join(dist, relative(src, from));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
    }
  }
}
copyCss(src);

const styles = join(src, 'ui', 'styles.css');
if (existsSync(styles)) copyFileSync(styles, join(dist, 'styles.css'));
else console.warn('build: src/ui/styles.css does not exist yet; dist/styles.css not written');

console.log(`build: ${relative(root, dist)}/ written`);
