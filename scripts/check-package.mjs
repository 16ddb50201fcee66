// Checks what `npm publish` would ship, on the packed tarball rather than the working tree:
// - every "exports" target is in the tarball (types too), and nothing of tests, demo or bench is;
// - publint (package.json vs. files) with warnings as errors;
// - attw (types resolve the same way the JS does), ESM-only profile because the package is ESM-only;
// - every JavaScript export loads in Node through the package's own name (the bundled entries and
//   their shared chunks link, and each exports something).
// Expects a fresh `dist/` (the npm script builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'checkout-editor-pack-'));
const problems = [];

try {
  // --ignore-scripts: the tarball must be judged on the dist/ we just built, not rebuilt.
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
    cwd: root,
    encoding: 'utf8',
  });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [info] = JSON.parse(pack.stdout);
  const files = new Set(info.files.map((f) => f.path));
  const tarball = join(out, info.filename);

  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const t of targets) {
      if (!files.has(t.replace(/^\.\//, '')))
        problems.push(`exports["${subpath}"] → ${t} is not packed`);
    }
  }
  const unwanted = [...files].filter((f) =>
    /^(src|test|e2e|demo|bench|scripts|docs)\/|\.test\.|\.tsbuildinfo$|^\.size-limit/.test(f),
  );
  for (const f of unwanted) problems.push(`${f} should not be packed`);
  console.log(
    `pack: ${info.filename}, ${files.size} files, ${(info.size / 1024).toFixed(1)} KB packed, ` +
      `${(info.unpackedSize / 1024).toFixed(1)} KB unpacked`,
  );

  const run = (bin, args) => {
    console.log(`\n$ ${bin} ${args.join(' ')}`);
    const r = spawnSync(join(root, 'node_modules', '.bin', bin), args, { stdio: 'inherit' });
    if (r.status !== 0) problems.push(`${bin} failed`);
  };
  run('publint', ['run', tarball, '--strict']);
  // A stylesheet has no types to check; TypeScript allows the side-effect `import '…/styles.css'`.
  run('attw', [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './styles.css']);

  // embed.md §1: a Server Component page imports the React entries; the rest stay directive-free.
  console.log('\n"use client" on the first line of exactly the React entries:');
  const clientOnly = new Set(['.', './merchant']);
  for (const subpath of ['.', './merchant', './client', './schemas', './element']) {
    const file = join(root, pkg.exports[subpath].default);
    const first = readFileSync(file, 'utf8').split('\n', 1)[0];
    const has = /^['"]use client['"];?$/.test(first);
    if (has !== clientOnly.has(subpath)) {
      problems.push(`${subpath}: ${has ? 'must not start' : 'must start'} with 'use client'`);
    }
    console.log(`  ${subpath}: ${has ? "'use client'" : 'no directive'}`);
  }

  console.log('\nimport every JavaScript export by name:');
  for (const subpath of Object.keys(pkg.exports)) {
    if (subpath.endsWith('.css') || subpath.endsWith('.json')) continue;
    const name = `${pkg.name}${subpath.slice(1)}`;
    try {
      const names = Object.keys(await import(name));
      if (names.length === 0) problems.push(`${name} exports nothing`);
      console.log(`  ${name}: ${names.length} exports`);
    } catch (error) {
      problems.push(`import('${name}') failed: ${error.message}`);
    }
  }

  // checkout-editor/testing runs in a merchant's Playwright process, which has neither React nor
  // msw, and loads @playwright/test for its types only: a resolve hook refuses all three.
  console.log('\ncheckout-editor/testing loads without React, msw or @playwright/test:');
  const hooks = `export async function resolve(specifier, context, next) {
    if (/^(react|react-dom|msw|@tanstack\\/react-query|@playwright\\/test)(\\/|$)/.test(specifier))
      throw new Error('checkout-editor/testing imported ' + specifier);
    return next(specifier, context);
  }`;
  const register = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));`;
  const isolated = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(register)}`,
      '--input-type=module',
      '-e',
      "const m = await import('checkout-editor/testing'); console.log('  exports: ' + Object.keys(m).join(', '));",
    ],
    { cwd: root, encoding: 'utf8' },
  );
  process.stdout.write(isolated.stdout);
  if (isolated.status !== 0) problems.push(`checkout-editor/testing: ${isolated.stderr.trim()}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`\ncheck:package: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\ncheck:package: ok');
