// The merchant's app of the consumer smoke test (scripts/smoke.mjs), kept as text here rather than
// as real files: real .tsx under test/ would be type-checked by the repo against a dist/ that may
// not exist yet. It uses only what the README promises: the public subpaths and the peers.

const mainTsx = `import { CheckoutEditor } from 'checkout-editor';
import { createMockBackend } from 'checkout-editor/mock';
import type { Catalog } from 'checkout-editor/schemas';
import 'checkout-editor/styles.css';
import { setupWorker } from 'msw/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const catalog: Catalog = {
  plans: [
    {
      id: 'team',
      name: 'Team',
      interval: 'month',
      quantity: { min: 1, max: 500, unit_label: 'seats' },
      prices: { USD: { scheme: 'per_unit', unit_amount: 1200 } },
    },
    {
      id: 'starter',
      name: 'Starter',
      interval: 'month',
      prices: { USD: { scheme: 'flat', amount: 900 } },
    },
  ],
  products: [],
};

function render(session: { id: string; clientSecret: string }) {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing');
  createRoot(container).render(
    <StrictMode>
      <main>
        <h1>Your order</h1>
        <CheckoutEditor sessionId={session.id} clientSecret={session.clientSecret} locale="en-US" />
      </main>
    </StrictMode>,
  );
}

async function main() {
  // ?session_id=&client_secret=: the real API under /api (or the one a test mocks there).
  const params = new URLSearchParams(window.location.search);
  const id = params.get('session_id');
  const clientSecret = params.get('client_secret');
  if (id && clientSecret) return render({ id, clientSecret });

  // Otherwise: the mock backend in a service worker, on a seeded session.
  const backend = createMockBackend({
    catalog,
    sessions: [{ create: { contract: { plan_id: 'team', quantity: 5, currency: 'USD' } } }],
  });
  await setupWorker(...backend.handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
  await backend.ready;
  const session = backend.sessions[0];
  if (!session) throw new Error('the mock seeded no session');
  render(session);
}

void main();
`;

// Type-checked by tsc, never imported by main.tsx so never bundled: every browser-side subpath
// resolves to types from the tarball. ('./server' needs its optional peers' types: not here;
// './testing' is Node-side: tsconfig.tests.json checks it through the README's spec.)
const entriesTs = `export type Entries = [
  typeof import('checkout-editor'),
  typeof import('checkout-editor/merchant'),
  typeof import('checkout-editor/locales/de'),
  typeof import('checkout-editor/locales/fr'),
  typeof import('checkout-editor/locales/es'),
  typeof import('checkout-editor/locales/ja'),
  typeof import('checkout-editor/locales/ar'),
  typeof import('checkout-editor/client'),
  typeof import('checkout-editor/schemas'),
  typeof import('checkout-editor/mock'),
];
`;

const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>checkout-editor consumer smoke test</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;

const viteConfig = `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
`;

// A merchant's usual strict settings, with skipLibCheck off so errors inside our .d.ts count.
const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  include: ['src'],
};

// The Playwright side runs in Node: its own project, with Node's types.
const tsconfigTests = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ESNext', 'DOM'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: ['node'],
  },
  include: ['tests', 'playwright.config.ts'],
};

/** The merchant's Playwright config: their page (served by the smoke test), Debian's Chromium. */
const playwrightConfig = (launchOptions) => `import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests',
  workers: 1,
  reporter: 'line',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: { baseURL: process.env.BASE_URL, launchOptions: ${JSON.stringify(launchOptions)} },
});
`;

/**
 * The example spec of the README ("Test your storefront end to end"), between its
 * `<!-- testing-example:start -->` and `<!-- testing-example:end -->` markers: the smoke test
 * runs exactly what a merchant copies.
 * @param {string} readme
 */
export function readmeExample(readme) {
  const match =
    /<!-- testing-example:start -->\s*```ts\n([\s\S]*?)```\s*<!-- testing-example:end -->/.exec(
      readme,
    );
  if (!match?.[1]) throw new Error('README.md has no testing-example block');
  return match[1];
}

/**
 * Files of the consumer app, path → text.
 * @param {{ tarball: string, versions: Record<string, string>, spec: string, launchOptions: object }} options
 */
export function consumerFiles({ tarball, versions, spec, launchOptions }) {
  const pick = (names) => Object.fromEntries(names.map((n) => [n, versions[n]]));
  const pkg = {
    name: 'checkout-editor-consumer',
    private: true,
    type: 'module',
    dependencies: {
      'checkout-editor': `file:${tarball}`,
      ...pick(['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'zod', 'msw']),
    },
    devDependencies: pick([
      '@playwright/test',
      '@types/node',
      'vite',
      '@vitejs/plugin-react',
      'typescript',
      '@types/react',
      '@types/react-dom',
    ]),
  };
  return {
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    'index.html': indexHtml,
    'vite.config.ts': viteConfig,
    'tsconfig.json': `${JSON.stringify(tsconfig, null, 2)}\n`,
    'tsconfig.tests.json': `${JSON.stringify(tsconfigTests, null, 2)}\n`,
    'src/main.tsx': mainTsx,
    'src/entries.ts': entriesTs,
    'public/.keep': '',
    'playwright.config.ts': playwrightConfig(launchOptions),
    'tests/checkout.spec.ts': spec,
  };
}
