// "navigation → editable" with server-provided data (bench/browser.mjs): the page a merchant's
// server renders carries the session and the catalog it read with the secret key (here a JSON
// script the bench writes into the built HTML), and the editor renders from them with
// `initialSession`/`initialCatalog`: no API round trip before the form is editable. Same React,
// same Vite, same `vite preview` as the demo and the React floor.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { CheckoutEditor } from '../../../src/index.ts';
import '../../../src/ui/styles.css';

const params = new URLSearchParams(window.location.search);
const data = JSON.parse(document.getElementById('checkout-data')?.textContent ?? 'null');
if (!data) throw new Error('the bench did not write the session data into the page');
const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  h(CheckoutEditor, {
    sessionId: params.get('session_id') ?? '',
    clientSecret: params.get('client_secret') ?? '',
    locale: 'en-US',
    initialSession: data.session,
    initialCatalog: data.catalog,
  }),
);
