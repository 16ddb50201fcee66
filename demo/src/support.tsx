// biome-ignore-all assist/source/organizeImports: jitless.js must stay first, zod must be jitless before any schema is built or parsed.
import { zodConfig } from './jitless.js';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyPageLanguage } from './applyPageLanguage.js';
import { readDemoConfig } from './readDemoConfig.js';
import { SupportDesk } from './SupportDesk.js';

// The support desk page (support.html): `?session_id=<id>` opens that session for "Demo agent";
// `?locale=`, `?lang=` and `?theme=` work as on the storefront.
function boot() {
  if (zodConfig.jitless !== true) throw new Error('zod must run jitless under this CSP');
  const config = readDemoConfig(window.location.search);
  const params = new URLSearchParams(window.location.search);
  const sessionId = params.get('session_id');
  // A support token minted elsewhere (curl, a test) may come in the URL; otherwise the page
  // asks the demo's server side for one.
  // (A client secret in the URL, as the storefront's links carry, is not one: the desk mints.)
  const given = params.get('support_token') ?? params.get('client_secret');
  const givenToken = given?.startsWith('st_') ? given : undefined;
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('support.html has no #root');
  applyPageLanguage(config);
  createRoot(rootElement).render(
    <StrictMode>
      {sessionId ? (
        <SupportDesk
          sessionId={sessionId}
          givenToken={givenToken}
          locale={config.locale}
          language={config.language}
        />
      ) : (
        <main className="store-main">
          <h1>Support desk</h1>
          <p>
            Open a session with <code>/support.html?session_id=&lt;id&gt;</code>;{' '}
            <code>npm run demo</code> prints a desk link for each seeded session.
          </p>
        </main>
      )}
    </StrictMode>,
  );
}

boot();
