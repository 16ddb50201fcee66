// Bundle budget of the main entry (`checkout-editor`) as a storefront ships it: dist/index.js
// (exactly what npm consumers get) bundled for the browser by esbuild, minified, production code
// paths of the libraries, gzipped. See docs/performance.md#bundle-size.
//
// What counts:
// - every export of the main entry (no tree-shaking of unused exports): the upper bound;
// - not what the entry would load with `import()`: every code-splitting bundler (Vite, webpack,
//   Rollup) puts that in its own chunk, loaded only when needed. The other browser entries
//   (merchant sections, German strings) are measured on their own, without a limit.
// size-limit makes every peerDependency external by default; `modifyEsbuildConfig` sets the
// externals explicitly so each check says what it counts.

/** esbuild plugin: leaves `import()` targets out of the bundle (they are separate chunks). */
const lazyChunksExternal = {
  name: 'lazy-chunks-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

const browser =
  (external, { lazy = false } = {}) =>
  (config) => ({
    ...config,
    external,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    // Libraries keep their development warnings behind NODE_ENV; a storefront build strips them.
    define: { 'process.env.NODE_ENV': '"production"' },
    // The stylesheet is its own export; a stray CSS import must not count as JS.
    loader: { ...config.loader, '.css': 'empty' },
    plugins: lazy ? [] : [lazyChunksExternal],
  });

// Every peer, with its subpaths (react/jsx-runtime, zod/mini, zod/v4/core, …): esbuild treats a
// bare package name in `external` as covering its subpaths too.
const peers = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'zod'];
const reactOnly = ['react', 'react-dom'];

export default [
  {
    name: 'main entry, own code (all peers external)',
    path: 'dist/index.js',
    // The goal is 12 KB and is NOT met yet (12.67 KB; docs/performance.md#bundle-size). Until the
    // remaining cut lands this gate is a ratchet just above today's size, so it cannot grow.
    limit: '12.7 KB',
    gzip: true,
    modifyEsbuildConfig: browser(peers),
  },
  {
    name: 'main entry + TanStack Query + react-hook-form + zod (React external)',
    path: 'dist/index.js',
    limit: '45 KB',
    gzip: true,
    modifyEsbuildConfig: browser(reactOnly),
  },
  // Informational (no limit): a storefront that imports only the component.
  {
    name: 'only { CheckoutEditor }, own code (all peers external)',
    path: 'dist/index.js',
    import: '{ CheckoutEditor }',
    gzip: true,
    modifyEsbuildConfig: browser(peers),
  },
  {
    name: 'checkout-editor/merchant, whole entry for support staff (all peers external)',
    path: 'dist/ui/merchant/index.js',
    gzip: true,
    modifyEsbuildConfig: browser(peers, { lazy: true }),
  },
  {
    name: 'checkout-editor/locales/de',
    path: 'dist/ui/messages/de.js',
    gzip: true,
    modifyEsbuildConfig: browser(peers, { lazy: true }),
  },
];
