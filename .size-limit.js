// Bundle budget of the main entry (`checkout-editor`) as a storefront ships it: bundled for the
// browser by esbuild, minified, production React/TanStack code paths, gzipped. Measured on the built
// dist/index.js, i.e. exactly what npm consumers get. All exports are kept (no tree-shaking of
// unused exports), so this is the upper bound for a storefront.
//
// size-limit makes every peerDependency external by default; `modifyEsbuildConfig` sets the
// externals explicitly so each check says what it counts.
const browser = (external) => (config) => ({
  ...config,
  external,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  // Libraries keep their development warnings behind NODE_ENV; a storefront build strips them.
  define: { 'process.env.NODE_ENV': '"production"' },
  // The stylesheet is its own export; a stray CSS import must not count as JS.
  loader: { ...config.loader, '.css': 'empty' },
});

// Every peer, with subpaths (react/jsx-runtime, zod/mini, zod/v4/core, …): esbuild treats a bare
// package name in `external` as covering its subpaths too.
const peers = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'zod'];

export default [
  {
    name: 'checkout-editor: own code (all peers external)',
    path: 'dist/index.js',
    limit: '12 KB',
    gzip: true,
    modifyEsbuildConfig: browser(peers),
  },
  {
    name: 'checkout-editor + TanStack Query + react-hook-form + zod (React external)',
    path: 'dist/index.js',
    limit: '45 KB',
    gzip: true,
    modifyEsbuildConfig: browser(['react', 'react-dom']),
  },
];
