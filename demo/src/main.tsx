// biome-ignore-all assist/source/organizeImports: jitless.js must stay first, zod must be jitless before any schema is built or parsed.
import { zodConfig } from './jitless.js';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { demoMessages } from './demoMessages.js';
import { NoSession } from './NoSession.js';
import { applyPageLanguage } from './applyPageLanguage.js';
import { readDemoConfig } from './readDemoConfig.js';
import { Storefront } from './Storefront.js';

async function boot() {
  if (zodConfig.jitless !== true) throw new Error('zod must run jitless under this CSP');
  const config = readDemoConfig(window.location.search);
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root');
  // The words on the page are English unless ?lang=; formats follow ?locale= separately.
  applyPageLanguage(config);
  const root = createRoot(rootElement);

  let session = config.session;
  if (config.mock) {
    root.render(<p className="boot">{demoMessages(config.language).loadingMock}</p>);
    const { startMockBackend } = await import('./startMockBackend.js');
    const backend = await startMockBackend();
    session ??= backend.sessions[0] ?? null;
  }

  root.render(
    <StrictMode>
      {session ? (
        <Storefront
          sessionId={session.id}
          clientSecret={session.clientSecret}
          locale={config.locale}
          language={config.language}
          theme={config.theme}
          width={config.width}
        />
      ) : (
        <NoSession locale={config.locale} language={config.language} />
      )}
    </StrictMode>,
  );
}

void boot();
