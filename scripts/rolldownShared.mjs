// What the project's own Rolldown builds share: scripts/build.mjs (the package) and
// scripts/server.mjs (`npm run server`); bench/bundleReport.mjs reads the build's staging folder.
import { join } from 'node:path';

/** A bare specifier (a dependency or `node:*`), which the builds leave as an import. */
export const isBareImport = (id) =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** Where the package build keeps tsc's per-module output before bundling it. */
export const tscStaging = (root) => join(root, 'node_modules', '.cache', 'checkout-editor', 'tsc');
