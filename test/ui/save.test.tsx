import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../src/core/index.js';
import { description } from './a11y.js';
import { installBackend, makeSession, server } from './backend.js';
import { renderEditor } from './renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('saving (widget.md 8, 10)', () => {
  it('sends only what changed, with If-Match, an Idempotency-Key and the inferred reason', async () => {
    const api = installBackend(makeSession({ version: 7 }));
    const onUpdated = vi.fn();
    const { user } = renderEditor({ onUpdated });
    await user.click(await screen.findByRole('button', { name: 'Increase quantity' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('saved'));
    const [patch] = api.requests('PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"7"');
    expect(patch?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/);
    expect(patch?.body).toEqual({
      contract: expect.objectContaining({ plan_id: 'team', quantity: 4, currency: 'USD' }),
      update_reason: 'quantity_change',
    });
    expect(onUpdated).toHaveBeenCalledWith(expect.objectContaining({ version: 8 }));
    expect((screen.getByRole('spinbutton', { name: 'Quantity' }) as HTMLInputElement).value).toBe(
      '4',
    );
  });

  it.each([
    ['guest details only', 'customer_correction'],
    ['plan and email', 'plan_change'],
    ['quantity and email', 'configuration_update'],
  ])('infers the reason for %s', async (what, reason) => {
    const api = installBackend(makeSession());
    const { user } = renderEditor();
    const email = await screen.findByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, 'grace@example.com');
    if (what.startsWith('plan')) await user.click(screen.getByRole('radio', { name: 'Starter' }));
    if (what.startsWith('quantity')) {
      await user.click(screen.getByRole('button', { name: 'Increase quantity' }));
    }
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.requests('PATCH')).toHaveLength(1));
    const body = api.requests('PATCH')[0]?.body as Record<string, unknown>;
    expect(body.update_reason).toBe(reason);
    expect(body.customer).toEqual({ email: 'grace@example.com' });
  });

  it('cannot be submitted twice at once', async () => {
    const api = installBackend(makeSession(), { patchDelayMs: 200 });
    const { user } = renderEditor();
    await user.click(await screen.findByRole('button', { name: 'Increase quantity' }));
    const save = screen.getByRole('button', { name: 'Save changes' });
    await user.dblClick(save);
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Company' }), '{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('saved'));
    expect(api.requests('PATCH')).toHaveLength(1);
  });

  it('says so when there is nothing to save, and sends nothing', async () => {
    const api = installBackend(makeSession());
    const { user } = renderEditor();
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('status').textContent).toMatch(/no changes/);
    expect(api.requests('PATCH')).toHaveLength(0);
  });
});

describe('server errors (widget.md 9)', () => {
  it('puts each details[].path on its field', async () => {
    installBackend(makeSession(), {
      onPatch: () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: 'Invalid.',
              details: [{ path: 'customer.phone', code: 'too_long', message: 'At most 200.' }],
            },
          },
          { status: 422 },
        ),
    });
    const { user } = renderEditor();
    await user.type(await screen.findByRole('textbox', { name: 'Phone' }), '+49 30 1234');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(description(phone)).toBe('This is too long.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a version conflict and reloads the session', async () => {
    const api = installBackend(makeSession());
    const { user } = renderEditor();
    await user.click(await screen.findByRole('button', { name: 'Increase quantity' }));
    const theirs = api.session;
    const changed: Session = {
      ...theirs,
      contract: { ...theirs.contract, quantity: 9 } as Session['contract'],
      version: theirs.version + 1,
    };
    api.setSession(changed);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    await within(alert).findByText(/Changed meanwhile: quantity/);
    await user.click(within(alert).getByRole('button', { name: 'Reload session' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((screen.getByRole('spinbutton', { name: 'Quantity' }) as HTMLInputElement).value).toBe(
      '9',
    );
  });

  it('shows state errors with Reload session, which then shows the read-only view', async () => {
    const api = installBackend(makeSession());
    const { user } = renderEditor();
    await user.click(await screen.findByRole('button', { name: 'Increase quantity' }));
    api.setSession({ ...api.session, payment_status: 'processing' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/already started/);
    await user.click(within(alert).getByRole('button', { name: 'Reload session' }));
    await screen.findByText(/is in progress/);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('keeps what was typed on a network failure and retries with the same key', async () => {
    const api = installBackend(makeSession(), {
      onPatch: (_, attempt) => (attempt === 1 ? HttpResponse.error() : undefined),
    });
    const onError = vi.fn();
    const { user } = renderEditor({ onError });
    await user.click(await screen.findByRole('button', { name: 'Increase quantity' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }));
    expect((screen.getByRole('spinbutton', { name: 'Quantity' }) as HTMLInputElement).value).toBe(
      '4',
    );
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('saved'));
    const [first, second] = api.requests('PATCH');
    expect(second?.headers.get('Idempotency-Key')).toBe(first?.headers.get('Idempotency-Key'));
    expect(second?.body).toEqual(first?.body);
  });
});
