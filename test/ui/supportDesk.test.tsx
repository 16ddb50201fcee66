import { screen, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CheckoutError } from '../../src/client/index.js';
import { installBackend, makeSession, server } from './backend.js';
import { renderEditor } from './renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('support desk: expiry', () => {
  it('warns within 10 minutes of expires_at, with the time', async () => {
    installBackend(makeSession({ expires_at: inMs(9 * 60_000) }));
    renderEditor({ sections: ['quantity', 'expires_at'], locale: 'en-US' }, { merchant: true });
    await waitFor(() =>
      expect(
        screen.getByText(/This checkout expires at \d+:\d\d [AP]M, in less than 10 minutes\./),
      ).toBeTruthy(),
    );
    expect(screen.getByText(/expires at/).getAttribute('role')).toBe('status');
  });

  it('shows no warning earlier, and shows it once the 10 minutes start, without a reload', async () => {
    installBackend(makeSession({ expires_at: inMs(600_000 + 5000) }));
    renderEditor({ sections: ['quantity'] }, { merchant: true });
    await screen.findByRole('form', { name: 'Edit checkout' });
    expect(screen.queryByText(/expires at/)).toBeNull();
    await waitFor(() => expect(screen.getByText(/expires at/)).toBeTruthy(), { timeout: 10_000 });
  });

  it('turns read-only with the expired sentence when the session expires while open', async () => {
    const api = installBackend(makeSession({ expires_at: inMs(4000) }));
    renderEditor({ sections: ['quantity', 'audit_trail'] }, { merchant: true });
    await screen.findByRole('form', { name: 'Edit checkout' });
    await waitFor(
      () =>
        expect(screen.getByText('This checkout has expired and cannot be changed.')).toBeTruthy(),
      { timeout: 10_000 },
    );
    expect(screen.queryByRole('form')).toBeNull();
    // Support still sees the change history of a session that cannot be changed any more.
    expect(screen.getByRole('list', { name: 'Change history' })).toBeTruthy();
    expect(api.requests('GET', `/checkout_session/${api.session.id}`)).toHaveLength(1);
  });
});

describe('support desk: an expired support token', () => {
  it('turns read-only with a sentence and hands the host a 401 unauthorized', async () => {
    installBackend(makeSession(), {
      onPatch: () =>
        HttpResponse.json(
          {
            error: { code: 'unauthorized', message: 'The token has expired.', request_id: 'req_x' },
          },
          { status: 401 },
        ),
    });
    const onError = vi.fn<(error: CheckoutError) => void>();
    const { user } = renderEditor({ sections: ['quantity'], onError }, { merchant: true });
    await user.click(await screen.findByRole('button', { name: 'Increase quantity' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Your access to this checkout has expired. Open it again from your support tool to continue.',
    );
    expect(screen.queryByRole('form')).toBeNull();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'api', status: 401, code: 'unauthorized' }),
    );
  });
});

describe('support desk: no expiry warning where nothing can expire any more', () => {
  it('shows none on a paid session', async () => {
    installBackend(
      makeSession({
        expires_at: inMs(5 * 60_000),
        status: 'complete',
        payment_status: 'paid',
      }),
    );
    renderEditor({ sections: ['quantity', 'audit_trail'] }, { merchant: true });
    await screen.findByText('This checkout has been paid and cannot be changed.');
    expect(screen.queryByText(/expires at/)).toBeNull();
  });
});
