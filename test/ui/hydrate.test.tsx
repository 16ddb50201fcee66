// Server HTML hydrated in the browser (embed.md §1): no hydration warning, no request before the
// shopper edits, and the form works at once; refreshed in the background only when stale.
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCheckoutClient } from '../../src/client/index.js';
import { CheckoutEditor, type CheckoutEditorProps } from '../../src/index.js';
import {
  base,
  catalog,
  clientSecret,
  installBackend,
  makeSession,
  server,
  sessionId,
} from './backend.js';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // hydrateRoot is called directly (Testing Library's render cannot hydrate given HTML).
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => server.resetHandlers());

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Renders to HTML as a server would, then hydrates it; returns what the console and network saw. */
async function hydrate(
  props: Omit<CheckoutEditorProps, 'sessionId' | 'client' | 'clientSecret' | 'apiBaseUrl'>,
) {
  const requests: string[] = [];
  const client = createCheckoutClient({
    baseUrl: base,
    clientSecret,
    fetch: (input, init) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    },
  });
  const element = <CheckoutEditor sessionId={sessionId} client={client} {...props} />;
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  const errors: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
  await act(async () => {
    root = hydrateRoot(container, element, {
      onRecoverableError: (error) => errors.push(error),
    });
  });
  return { requests, errors, container };
}

describe('hydrating server HTML', () => {
  it('hydrates without a warning and without a request, and is editable at once', async () => {
    const session = makeSession();
    const api = installBackend(session);
    const { requests, errors } = await hydrate({
      initialSession: session,
      initialCatalog: catalog,
      previewDebounceMs: 20,
    });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const quantity = screen.getByRole('spinbutton', { name: 'Quantity' });
    expect(quantity).toHaveProperty('value', '3');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Increase quantity' }));
    expect(quantity).toHaveProperty('value', '4');
    // The first request is the shopper's own edit being priced.
    await waitFor(() => expect(api.requests('POST', '/summary')).toHaveLength(1));
    expect(requests.every((url) => url.endsWith('/checkout_session/summary'))).toBe(true);
  });

  it('hydrates without a locale given, then formats with the browser default', async () => {
    const session = makeSession();
    installBackend(session);
    const { errors } = await hydrate({ initialSession: session, initialCatalog: catalog });
    expect(errors).toEqual([]);
    expect(screen.getByRole('form', { name: 'Edit checkout' })).toBeTruthy();
  });

  it('refreshes in the background when the data is older than staleTimeMs', async () => {
    const session = makeSession();
    installBackend(session);
    const { requests, errors } = await hydrate({
      initialSession: session,
      initialCatalog: catalog,
      staleTimeMs: 0,
    });
    expect(errors).toEqual([]);
    // The form was there from the start; the refresh happens behind it.
    expect(screen.getByRole('form', { name: 'Edit checkout' })).toBeTruthy();
    await waitFor(() =>
      expect(requests.some((u) => u.endsWith(`/checkout_session/${sessionId}`))).toBe(true),
    );
  });
});
