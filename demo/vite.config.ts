import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { buildStandalone, standaloneFileName } from '../scripts/buildStandalone.mjs';
import { strictCsp } from './strictCsp.js';
import { supportDesk } from './supportDesk.js';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));
const inRepo = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const repoRoot = inRepo('');

// What the dev server may read from disk: the demo, the parts of the package source it imports
// and the dependencies (pre-bundled under node_modules/.vite). Not the repo root: package.json,
// README, scripts, the server's source and DATA_DIR (.data/ holds demo-links.json with client
// secrets) are refused with 403, /@fs/ paths outside these included.
const servedFromDisk = [
  demoRoot,
  inRepo('src/index.ts'),
  ...['client', 'core', 'mock', 'react', 'ui'].map((dir) => inRepo(`src/${dir}`)),
  inRepo('node_modules'),
];

// The reference server does not know about the /api prefix; the demo proxies it away so the
// widget's default `apiBaseUrl` ("/api") works unchanged and the browser stays same-origin.
const apiTarget = process.env.DEMO_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? '8787'}`;
const proxy: Record<string, ProxyOptions> = {
  '/api': {
    target: apiTarget,
    changeOrigin: true,
    rewrite: (path) => path.replace(/^\/api/, '') || '/',
  },
};
/**
 * Serves `/checkout-editor.standalone.js` for /element.html, built from src/ as the package
 * ships it (scripts/buildStandalone.mjs): bundled on request in dev, emitted beside the pages in
 * the build. The page loads it with a plain module script; it never goes through the demo bundle.
 */
function standaloneElement(): Plugin {
  return {
    name: 'demo:standalone-element',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (req.url?.split('?')[0] !== `/${standaloneFileName}`) return next();
        try {
          const code = await buildStandalone({ root: repoRoot });
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(code);
        } catch (error) {
          next(error);
        }
      });
    },
    async generateBundle() {
      const source = await buildStandalone({ root: repoRoot });
      this.emitFile({ type: 'asset', fileName: standaloneFileName, source });
    },
  };
}

const port = Number(process.env.DEMO_PORT ?? '5173');
const host = process.env.DEMO_HOST ?? 'localhost';

export default defineConfig({
  root: demoRoot,
  // The repo's tsconfig, biome and vitest settings are not the demo's; keep Vite's env lookup local.
  envDir: demoRoot,
  plugins: [
    react(),
    strictCsp(),
    standaloneElement(),
    // The desk's token endpoint; the secret key stays in this process (the default is the
    // server's public development key, as in scripts/demo.mjs).
    supportDesk({
      apiUrl: apiTarget,
      secretKey: process.env.CHECKOUT_SECRET_KEY || 'sk_test_checkout_editor_dev',
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // data: URLs would need `img-src data:`/`font-src data:`; emit every asset as a file instead.
    assetsInlineLimit: 0,
    // One page per HTML file: the React storefront, the support desk, and /element.html (a
    // plain page with <checkout-editor>).
    rolldownOptions: {
      input: {
        index: `${demoRoot}index.html`,
        support: `${demoRoot}support.html`,
        element: `${demoRoot}element.html`,
      },
    },
  },
  server: {
    host,
    port,
    strictPort: true,
    proxy,
    // strict (Vite's default, stated): nothing outside `allow` is served.
    fs: {
      strict: true,
      allow: servedFromDisk,
      deny: ['.env', '.env.*', '*.{crt,pem,key}', '**/.git/**', '**/.data/**', 'demo-links.json'],
    },
  },
  preview: { host, port, strictPort: true, proxy },
});
