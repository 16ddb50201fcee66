// <checkout-editor> (embed.md §2): attributes, properties, events, shadow root, unmounting.
// Runs the element entry with React in jsdom; the standalone file (preact/compat) is driven in
// Chromium by scripts/consumer-element.mjs.
import { waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCheckoutClient } from '../../src/client/index.js';
import type { CheckoutEditorElement } from '../../src/element/index.js';
import { elementName, languages, messagesFor } from '../../src/element/index.js';
import { de } from '../../src/ui/messages/de.js';
import {
  base,
  clientSecret,
  installBackend,
  makeSession,
  server,
  sessionId,
} from '../ui/backend.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  document.body.innerHTML = '';
});

function mount(attributes: Record<string, string>) {
  const element = document.createElement(elementName) as CheckoutEditorElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const events: CustomEvent[] = [];
  for (const type of ['updated', 'error', 'statechange']) {
    // Listened for on the document: the events bubble out of the element.
    document.addEventListener(`checkout-editor:${type}`, (e) => events.push(e as CustomEvent));
  }
  document.body.append(element);
  const shadow = () => within(element.shadowRoot as unknown as HTMLElement);
  return { element, events, shadow };
}

const connection = { 'session-id': sessionId, 'client-secret': clientSecret, 'api-base-url': base };

describe('<checkout-editor>', () => {
  it('is defined once by importing the entry', async () => {
    expect(customElements.get(elementName)).toBeDefined();
    await import('../../src/element/index.js');
    expect(customElements.get(elementName)).toBeDefined();
  });

  it('renders the editor in an open shadow root and reports its events', async () => {
    const api = installBackend(makeSession());
    const { element, events, shadow } = mount({ ...connection, 'preview-debounce-ms': '20' });
    const form = await shadow().findByRole('form', { name: 'Edit checkout' });
    expect(element.shadowRoot?.mode).toBe('open');
    expect(document.querySelector('form')).toBeNull();
    const user = userEvent.setup();
    await user.click(within(form).getByRole('button', { name: 'Increase quantity' }));
    await waitFor(() => expect(api.requests('POST', '/summary').length).toBeGreaterThan(0));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(events.some((e) => e.type === 'checkout-editor:updated')).toBe(true),
    );
    const updated = events.find((e) => e.type === 'checkout-editor:updated');
    expect(updated?.detail.session.contract.quantity).toBe(4);
    expect(updated?.bubbles).toBe(true);
    expect(updated?.composed).toBe(true);
    const states = events.filter((e) => e.type === 'checkout-editor:statechange');
    expect(states.map((e) => e.detail.state)).toContain('editing');
    expect(states.some((e) => e.detail.state === 'editing' && e.detail.dirty === true)).toBe(true);
    expect(states.at(-1)?.detail).toMatchObject({ state: 'saved', dirty: false });
  });

  it('follows attribute changes: lang switches the words, sections the editors', async () => {
    installBackend(makeSession());
    const { element, shadow } = mount({ ...connection, lang: 'de' });
    await shadow().findByRole('button', { name: de.save });
    element.setAttribute('lang', 'en');
    await shadow().findByRole('button', { name: 'Save changes' });
    expect(shadow().getByRole('spinbutton', { name: 'Quantity' })).toBeTruthy();
    element.setAttribute('sections', 'plan, start_date');
    await waitFor(() =>
      expect(shadow().queryByRole('spinbutton', { name: 'Quantity' })).toBeNull(),
    );
    expect(shadow().getByRole('radiogroup', { name: 'Plan' })).toBeTruthy();
  });

  it('takes a client and messages as properties', async () => {
    installBackend(makeSession());
    const element = document.createElement(elementName) as CheckoutEditorElement;
    element.setAttribute('session-id', sessionId);
    element.client = createCheckoutClient({ baseUrl: base, clientSecret });
    element.messages = { save: 'Update plan' };
    document.body.append(element);
    await within(element.shadowRoot as unknown as HTMLElement).findByRole('button', {
      name: 'Update plan',
    });
  });

  it('reports a load failure as checkout-editor:error with its code', async () => {
    installBackend(makeSession());
    const { events } = mount({
      ...connection,
      'session-id': '00000000-0000-4000-8000-000000000000',
    });
    await waitFor(() => expect(events.some((e) => e.type === 'checkout-editor:error')).toBe(true));
    const error = events.find((e) => e.type === 'checkout-editor:error');
    expect(error?.detail.code).toMatch(/session_not_found|unauthorized/);
    expect(typeof error?.detail.message).toBe('string');
  });

  it('unmounts when removed, and sends nothing afterwards', async () => {
    const api = installBackend(makeSession());
    const { element, shadow } = mount({ ...connection, 'preview-debounce-ms': '200' });
    const form = await shadow().findByRole('form', { name: 'Edit checkout' });
    const user = userEvent.setup();
    await user.click(within(form).getByRole('button', { name: 'Increase quantity' }));
    element.remove();
    await waitFor(() => expect(element.shadowRoot?.textContent).toBe(''));
    const before = api.requests().length;
    await new Promise((r) => setTimeout(r, 400));
    expect(api.requests().length).toBe(before);
    expect(api.requests('POST', '/summary')).toHaveLength(0);
  });

  it('maps lang tags to the shipped messages, falling back to English', () => {
    expect(messagesFor('de')).toBe(languages.de);
    expect(messagesFor('de-CH')).toBe(languages.de);
    expect(messagesFor('xx')).toBe(languages.en);
    expect(messagesFor(null)).toBe(languages.en);
  });
});
