import { screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allSections } from '../../src/form/sections.js';
import { description } from './a11y.js';
import { installBackend, makeSession, server } from './backend.js';
import { renderEditor } from './renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('merchant sections', () => {
  it('shows every merchant field by its name', async () => {
    installBackend(makeSession());
    renderEditor({ sections: allSections }, { merchant: true });
    for (const name of [
      'Expires at',
      'Currency',
      'Success URL',
      'Cancel URL',
      'Pending URL',
      'UTM source',
      'UTM medium',
      'UTM campaign',
      'UTM term',
      'UTM content',
      'Reason for update',
      'Note',
    ]) {
      expect(await screen.findByLabelText(name)).toBeTruthy();
    }
  });

  it('validates URLs before sending and saves the chosen reason and note', async () => {
    const api = installBackend(makeSession());
    const { user } = renderEditor({ sections: allSections }, { merchant: true });
    const success = await screen.findByLabelText('Success URL');
    await user.type(success, 'http://shop.example/done');
    await user.tab();
    await waitFor(() => expect(success.getAttribute('aria-invalid')).toBe('true'));
    expect(description(success)).toBe('The URL must start with https://.');
    await user.clear(success);
    await user.type(success, 'https://shop.example/done');
    await user.selectOptions(screen.getByLabelText('Reason for update'), 'other');
    await user.type(screen.getByLabelText('Note'), 'Customer called');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('saved'));
    expect(api.requests('PATCH')[0]?.body).toEqual({
      success_url: 'https://shop.example/done',
      update_reason: 'other',
      update_note: 'Customer called',
    });
  });
});
