import { screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckoutEditorHandle } from '../../src/index.js';
import { installBackend, makeSession, server } from './backend.js';
import { renderEditor } from './renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Renders the editor with a ref and waits for the form. */
async function renderWithRef() {
  const ref = createRef<CheckoutEditorHandle>();
  const view = renderEditor({ ref });
  await screen.findByRole('form', { name: 'Edit checkout' });
  const handle = ref.current;
  if (!handle) throw new Error('ref not set');
  return { ...view, handle };
}

describe('ref.flush() (widget.md, "One checkout action")', () => {
  it('resolves with the current session and sends nothing when nothing is pending', async () => {
    const api = installBackend(makeSession({ version: 4 }));
    const { handle } = await renderWithRef();
    await expect(handle.flush()).resolves.toMatchObject({ version: 4 });
    expect(api.requests('PATCH')).toHaveLength(0);
    // Quiet: the shopper paying sees no "There are no changes to save."
    expect(screen.queryByText('There are no changes to save.')).toBeNull();
  });

  it('saves pending edits and resolves with the saved session', async () => {
    const api = installBackend(makeSession({ version: 4 }));
    const { handle, user } = await renderWithRef();
    await user.click(screen.getByRole('button', { name: 'Increase quantity' }));
    const saved = await handle.flush();
    expect(saved).toMatchObject({ version: 5, contract: expect.objectContaining({ quantity: 4 }) });
    const [patch] = api.requests('PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"4"');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('saved'));
  });

  it('joins a save already in flight instead of sending a second one', async () => {
    const api = installBackend(makeSession({ version: 2 }), { patchDelayMs: 150 });
    const { handle, user } = await renderWithRef();
    await user.click(screen.getByRole('button', { name: 'Increase quantity' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await expect(handle.flush()).resolves.toMatchObject({ version: 3 });
    expect(api.requests('PATCH')).toHaveLength(1);
  });

  it('rejects invalid input with a validation error and shows it on the field', async () => {
    const api = installBackend(makeSession());
    const { handle, user } = await renderWithRef();
    const quantity = screen.getByRole('spinbutton', { name: 'Quantity' });
    await user.clear(quantity);
    await user.type(quantity, '0');
    await expect(handle.flush()).rejects.toMatchObject({
      kind: 'api',
      status: 422,
      code: 'validation_failed',
      message: 'Please fix the marked fields.',
    });
    await waitFor(() => expect(quantity.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toContain('Please fix the marked fields.');
    expect(api.requests('PATCH')).toHaveLength(0);
  });

  it('rejects with the CheckoutError when the save fails (a conflict), and the form says why', async () => {
    const api = installBackend(makeSession({ version: 1 }));
    const { handle, user } = await renderWithRef();
    api.setSession(makeSession({ version: 2 }));
    await user.click(screen.getByRole('button', { name: 'Increase quantity' }));
    await expect(handle.flush()).rejects.toMatchObject({ kind: 'api', code: 'version_conflict' });
    expect(await screen.findByRole('button', { name: 'Reload session' })).toBeTruthy();
  });
});
