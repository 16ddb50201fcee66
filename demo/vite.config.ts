import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { strictCsp } from './strictCsp.js';
import { supportDesk } from './supportDesk.js';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

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
const port = Number(process.env.DEMO_PORT ?? '5173');
const host = process.env.DEMO_HOST ?? 'localhost';

export default defineConfig({
  root: demoRoot,
  // The repo's tsconfig, biome and vitest settings are not the demo's; keep Vite's env lookup local.
  envDir: demoRoot,
  plugins: [
    react(),
    strictCsp(),
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
    // One page per HTML file: the storefront and the support desk.
    rolldownOptions: {
      input: {
        index: `${demoRoot}index.html`,
        support: `${demoRoot}support.html`,
      },
    },
  },
  server: {
    host,
    port,
    strictPort: true,
    proxy,
    // The demo imports the package source from ../src.
    fs: { allow: [repoRoot] },
  },
  preview: { host, port, strictPort: true, proxy },
});
