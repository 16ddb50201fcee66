// biome-ignore-all assist/source/organizeImports: jitless.js must stay first, zod must be jitless before any schema is built or parsed.
import { zodConfig } from './jitless.js';

import { readDemoConfig } from './readDemoConfig.js';

/**
 * /element.html: the storefront as a shop without React builds it. This module only reads the
 * query string (the main page's: session_id, client_secret, locale, lang, mock=1), starts the
 * in-browser mock when asked, and writes a `<checkout-editor>` tag; the element itself comes
 * from the standalone file, loaded like a theme would with a module script.
 */
async function boot() {
  if (zodConfig.jitless !== true) throw new Error('zod must run jitless under this CSP');
  const config = readDemoConfig(window.location.search);
  document.documentElement.lang = config.language === 'de' ? (config.locale ?? 'de') : 'en';
  const status = document.getElementById('element-status');
  const slot = document.getElementById('element-slot');
  if (!slot || !status) throw new Error('element.html is missing its slots');

  let session = config.session;
  if (config.mock) {
    status.textContent = 'Starting the in-browser mock backend…';
    const { startMockBackend } = await import('./startMockBackend.js');
    const backend = await startMockBackend();
    session ??= backend.sessions[0] ?? null;
  }
  if (!session) {
    status.textContent =
      'No session: open this page with ?session_id=…&client_secret=… (printed by npm run demo) or ?mock=1.';
    return;
  }
  status.textContent = '';

  const editor = document.createElement('checkout-editor');
  editor.setAttribute('session-id', session.id);
  editor.setAttribute('client-secret', session.clientSecret);
  editor.setAttribute('lang', config.language);
  if (config.locale) editor.setAttribute('locale', config.locale);
  editor.addEventListener('checkout-editor:updated', () => {
    status.textContent = 'Your order was updated.';
  });
  slot.append(editor);
  // The standalone file, as a plain page includes it (served beside the page, not bundled here).
  const standalone = '/checkout-editor.standalone.js';
  await import(/* @vite-ignore */ standalone);
}

void boot();
