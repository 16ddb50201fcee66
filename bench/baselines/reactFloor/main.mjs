// Baseline for "navigation → interactive editor" (bench/browser.mjs): the least a React page can
// do for the same result. It loads the same react and react-dom as the demo, built by the same
// Vite and served by the same `vite preview`, asks the API for the same session and catalog, and
// then renders one labelled, enabled Quantity field. No query cache, no form library, no schemas,
// no Intl, no styles: whatever the demo takes beyond this is the editor's (and the storefront's).
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(window.location.search);
const id = params.get('session_id') ?? '';
const secret = params.get('client_secret') ?? '';

async function get(path) {
  const response = await fetch(`/api${path}`, { headers: { authorization: `Bearer ${secret}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.json();
}

function Floor() {
  const [session, setSession] = useState(null);
  useEffect(() => {
    Promise.all([get(`/checkout_session/${encodeURIComponent(id)}`), get('/catalog')]).then(
      ([loaded]) => setSession(loaded),
      // Never interactive: the bench times out and says so, rather than timing an error page.
      (error) => console.error(error),
    );
  }, []);
  return h(
    'form',
    { 'aria-label': 'Edit checkout', 'aria-busy': session ? 'false' : 'true' },
    h(
      'label',
      null,
      'Quantity ',
      h('input', {
        type: 'number',
        disabled: session === null,
        defaultValue: session?.contract.quantity,
      }),
    ),
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(h(Floor));
