import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { base, installBackend, makeSession, server } from './backend.js';
import { renderEditor } from './renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('loading and read-only sessions (widget.md 1, 2)', () => {
  it('shows a skeleton while the session loads, then the form', async () => {
    installBackend(makeSession(), { sessionDelayMs: 100 });
    const { container } = renderEditor();
    expect(container.querySelector('.ce-skeleton')).not.toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
    expect(await screen.findByRole('form', { name: 'Edit checkout' })).toBeTruthy();
    expect(container.querySelector('.ce-skeleton')).toBeNull();
  });

  it.each([
    [{ status: 'complete', payment_status: 'paid' }, /has been paid/],
    [{ payment_status: 'processing' }, /Payment for this checkout is in progress/],
    [{ status: 'expired' }, /has expired/],
    [{ expires_at: new Date(Date.now() - 1000).toISOString() }, /has expired/],
  ] as const)('renders no form for %o, only the summary and why', async (overrides, why) => {
    installBackend(makeSession(overrides));
    renderEditor();
    expect(await screen.findByRole('region', { name: 'Price summary' })).toBeTruthy();
    expect(screen.getByText(why)).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('asks for the catalog while the session loads, not after it', async () => {
    const api = installBackend(makeSession(), { sessionDelayMs: 400 });
    renderEditor();
    // The catalog request is out well before the (slow) session has answered.
    await waitFor(() => expect(api.requests('GET', '/catalog')).toHaveLength(1), { timeout: 300 });
    expect(screen.queryByRole('form')).toBeNull();
    expect(await screen.findByRole('form', { name: 'Edit checkout' })).toBeTruthy();
    expect(api.requests('GET', '/catalog')).toHaveLength(1);
  });

  it('shows a read-only session even when the catalog fails, and reports no load failure', async () => {
    installBackend(makeSession({ status: 'complete', payment_status: 'paid' }));
    server.use(http.get(`${base}/catalog`, () => HttpResponse.json({}, { status: 503 })));
    const onError = vi.fn();
    const onStateChange = vi.fn();
    renderEditor({ onError, onStateChange });
    expect(await screen.findByText(/has been paid/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onError).not.toHaveBeenCalled();
    expect(onStateChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'read_only' }));
  });
});
