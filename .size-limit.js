// Bundle budget of the main entry (`checkout-editor`) as a storefront ships it: dist/index.js
// (exactly what npm consumers get) bundled for the browser by esbuild, minified, production code
// paths of the libraries, gzipped. See docs/performance.md#bundle-size.
//
// What counts: every export of the main entry (no tree-shaking of unused exports), and what it
// loads with `import()` too: esbuild here does not split, so a lazy chunk counts as if it were
// inlined. That is the upper bound; a code-splitting bundler (Vite, webpack, Rollup) ships less.
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

// Every peer, with its subpaths (react/jsx-runtime, zod/mini, zod/v4/core, …): esbuild treats a
// bare package name in `external` as covering its subpaths too.
const peers = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'zod'];
const reactOnly = ['react', 'react-dom'];

export default [
  {
    name: 'main entry, own code (all peers external)',
    path: 'dist/index.js',
    limit: '12 KB',
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
  // embed.md §2: everything a plain page downloads for <checkout-editor>, CSS included (it is
  // inside the file), as shipped: already bundled and minified, so measured as is (no esbuild).
  {
    name: 'checkout-editor/element/standalone, all in (preact/compat, peers, CSS)',
    path: 'dist/element/checkout-editor.standalone.js',
    limit: '64 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
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
    modifyEsbuildConfig: browser(peers),
  },
  {
    name: 'checkout-editor/locales/de',
    path: 'dist/ui/messages/de.js',
    gzip: true,
    modifyEsbuildConfig: browser(peers),
  },
  {
    name: 'checkout-editor/locales/fr',
    path: 'dist/ui/messages/fr.js',
    gzip: true,
    modifyEsbuildConfig: browser(peers),
  },
  {
    name: 'checkout-editor/locales/es',
    path: 'dist/ui/messages/es.js',
    gzip: true,
    modifyEsbuildConfig: browser(peers),
  },
  {
    name: 'checkout-editor/locales/ja',
    path: 'dist/ui/messages/ja.js',
    gzip: true,
    modifyEsbuildConfig: browser(peers),
  },
  {
    name: 'checkout-editor/locales/ar',
    path: 'dist/ui/messages/ar.js',
    gzip: true,
    modifyEsbuildConfig: browser(peers),
  },
];
