import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCheckoutClient } from '../../src/client/index.js';
import { CheckoutEditor } from '../../src/index.js';
import {
  base,
  clientSecret,
  installBackend,
  makeSession,
  server,
  sessionId,
} from '../ui/backend.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () => createCheckoutClient({ baseUrl: base, clientSecret });

describe('the widget and the host query cache', () => {
  it('never writes into a host QueryClientProvider cache', async () => {
    installBackend(makeSession());
    const host = new QueryClient();
    render(
      <QueryClientProvider client={host}>
        <CheckoutEditor sessionId={sessionId} client={client()} />
      </QueryClientProvider>,
    );
    await screen.findByRole('form', { name: 'Edit checkout' });
    expect(host.getQueryCache().getAll()).toHaveLength(0);
  });

  it('uses a queryClient it is handed', async () => {
    installBackend(makeSession());
    const shared = new QueryClient();
    render(<CheckoutEditor sessionId={sessionId} client={client()} queryClient={shared} />);
    await screen.findByRole('form', { name: 'Edit checkout' });
    const keys = shared
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey[2]);
    expect(keys).toEqual(expect.arrayContaining(['session', 'catalog']));
  });
});
