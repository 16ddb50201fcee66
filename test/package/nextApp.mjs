// The merchant's Next.js App Router app of the embed consumer test (scripts/consumerNext.mjs), as
// text: the README recipe, nothing more. Pages are Server Components (the App Router default);
// plain .jsx so the app needs no TypeScript of its own (the Vite consumer app checks the types).

const layout = `import 'checkout-editor/styles.css';

export const metadata = { title: 'Acme checkout (Next.js consumer test)' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

// The README's recipe: the server reads the session and the catalog with the secret key and hands
// the editor the data and the session's client secret (never the key).
const page = `import { CheckoutEditor } from 'checkout-editor';
import { createCheckoutClient } from 'checkout-editor/client';

export const dynamic = 'force-dynamic';

export default async function CheckoutPage({ searchParams }) {
  const { session_id: sessionId, client_secret: clientSecret } = await searchParams;
  const api = createCheckoutClient({
    baseUrl: process.env.CHECKOUT_API_URL,
    clientSecret: process.env.CHECKOUT_SECRET_KEY,
  });
  const [session, catalog] = await Promise.all([api.getSession(sessionId), api.getCatalog()]);
  return (
    <main>
      <h1>Your order</h1>
      <CheckoutEditor
        sessionId={sessionId}
        clientSecret={clientSecret}
        initialSession={session}
        initialCatalog={catalog}
        locale="en-US"
      />
    </main>
  );
}
`;

// Without initial data: the editor loads both in the browser, as in a client-rendered app.
const plainPage = `import { CheckoutEditor } from 'checkout-editor';

export const dynamic = 'force-dynamic';

export default async function PlainPage({ searchParams }) {
  const { session_id: sessionId, client_secret: clientSecret } = await searchParams;
  return (
    <main>
      <h1>Your order</h1>
      <CheckoutEditor sessionId={sessionId} clientSecret={clientSecret} locale="en-US" />
    </main>
  );
}
`;

/**
 * The files of the app, relative to its folder.
 * @param {{ tarball: string, versions: Record<string, string>, apiUrl: string }} options
 */
export function nextAppFiles({ tarball, versions, apiUrl }) {
  return {
    'package.json': `${JSON.stringify(
      {
        name: 'checkout-editor-next-consumer',
        private: true,
        type: 'module',
        dependencies: { 'checkout-editor': `file:${tarball}`, ...versions },
      },
      null,
      2,
    )}\n`,
    // The browser calls the API under /api on the shop's own origin, as in the demo.
    'next.config.mjs': `export default {
  async rewrites() {
    return [{ source: '/api/:path*', destination: ${JSON.stringify(`${apiUrl}/:path*`)} }];
  },
};
`,
    'app/layout.jsx': layout,
    'app/page.jsx': page,
    'app/plain/page.jsx': plainPage,
  };
}
