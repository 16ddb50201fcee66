import { join } from 'node:path';

/**
 * What a consumer test installs: the package as `npm pack` makes it, into `work`, after a build
 * unless `build` is false (`--no-build`: `npm test` built it for check:package already). Packs
 * with `--ignore-scripts` so the tarball holds exactly the `dist/` just built or checked.
 * `run(command, args, cwd)` returns stdout and throws on failure; `step(what)` logs progress.
 * @example const tarball = packForConsumer({ root, work, build: !noBuild, run, step });
 */
export function packForConsumer({ root, work, build, run, step }) {
  if (build) {
    step('build');
    run(process.execPath, [join(root, 'scripts', 'build.mjs')], root);
  }
  step('npm pack');
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root),
  );
  return join(work, packed.filename);
}
