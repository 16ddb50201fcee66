import { screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, it } from 'vitest';
import { installBackend, makeSession, server } from '../backend.js';
import { renderEditor } from '../renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it('debug', async () => {
  const api = installBackend(makeSession());
  const { user, container } = renderEditor();
  const email = await screen.findByRole('textbox', { name: 'Email' });
  await user.clear(email);
  await user.type(email, 'grace@example.com');
  console.log('value', (email as HTMLInputElement).value);
  await user.click(screen.getByRole('radio', { name: 'Starter' }));
  console.log('qty', screen.queryByRole('spinbutton'));
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  await new Promise((r) => setTimeout(r, 300));
  console.log(container.querySelector('[role=alert]')?.textContent, container.querySelector('[role=status].ce-status')?.textContent, api.requests('PATCH').length);
  console.log([...container.querySelectorAll('[aria-invalid]')].map((e) => e.outerHTML));
});
