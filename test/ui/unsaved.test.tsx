import { screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EditorState } from '../../src/index.js';
import { installBackend, makeSession, server } from './backend.js';
import { renderEditor } from './renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('unsaved edits (onStateChange dirty)', () => {
  it('reports dirty from the first edit until the save lands, and clean after', async () => {
    installBackend(makeSession());
    const onStateChange = vi.fn<(state: EditorState) => void>();
    const { user } = renderEditor({ onStateChange });
    const last = () => onStateChange.mock.lastCall?.[0];
    await waitFor(() => expect(last()).toMatchObject({ kind: 'editing', dirty: false }));

    await user.click(screen.getByRole('button', { name: 'Increase quantity' }));
    await waitFor(() => expect(last()).toMatchObject({ dirty: true }));

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(last()).toMatchObject({ kind: 'saved', dirty: false }));
    expect(last()).toMatchObject({ session: expect.objectContaining({ version: 2 }) });
  });

  it('is clean again when the edit is undone', async () => {
    installBackend(makeSession());
    const onStateChange = vi.fn<(state: EditorState) => void>();
    const { user } = renderEditor({ onStateChange });
    const last = () => onStateChange.mock.lastCall?.[0];
    await user.click(await screen.findByRole('button', { name: 'Increase quantity' }));
    await waitFor(() => expect(last()).toMatchObject({ dirty: true }));
    await user.click(screen.getByRole('button', { name: 'Decrease quantity' }));
    await waitFor(() => expect(last()).toMatchObject({ dirty: false }));
  });
});
