import { screen, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allSections } from '../../src/form/sections.js';
import { merchantEn } from '../../src/ui/merchant/messages.js';
import { en, type Messages } from '../../src/ui/messages/en.js';
import { catalog, installBackend, makeSession, server } from './backend.js';
import { renderEditor } from './renderEditor.js';

/*
 * A pseudo-locale: every string of the messages accented, lengthened by a third and wrapped in
 * [ ]. Rendered in every state, the widget must show no letters outside those brackets except
 * data (plan names and descriptions, customer details, currency codes): a hard-coded English
 * word anywhere (text, aria-label, title, placeholder) fails the test.
 */

const accents: Record<string, string> = { a: 'à', e: 'é', i: 'î', o: 'ô', u: 'û', c: 'ç', n: 'ñ' };
const pseudoText = (text: string) =>
  // Placeholders stay as they are: the widget fills them in.
  text
    .split(/(\{\w+\})/)
    .map((part) =>
      part.startsWith('{') ? part : part.replace(/[aeioucn]/g, (c) => accents[c] ?? c),
    )
    .join('');
const pseudo = Object.fromEntries(
  Object.entries({ ...en, ...merchantEn }).map(([key, text]) => [
    key,
    `[${pseudoText(text)} ${'~'.repeat(Math.ceil(text.length / 3))}]`,
  ]),
) as Messages;

/** Data the widget shows as it is: not its own strings. */
const data: string[] = [
  ...catalog.plans.flatMap((p) => [p.name, p.description ?? '', p.quantity?.unit_label ?? '']),
  'ada@example.com',
  'Ada Lovelace',
  'USD',
  'EUR',
  'JPY',
];

/** Every letter run on screen that is neither inside a pseudo string nor data. */
function bareText(root: HTMLElement): string[] {
  const chunks: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    chunks.push(node.nodeValue ?? '');
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = element.getAttribute(name);
      if (value) chunks.push(value);
    }
  }
  // Brackets nest (a pseudo string filled into another), so strip innermost first.
  let text = chunks.join('\n');
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/\[[^[\]]*\]/g, ' ');
  }
  for (const value of data) if (value) text = text.split(value).join(' ');
  return text.match(/\p{L}{2,}/gu) ?? [];
}

async function expectAllFromMessages(state: string) {
  await waitFor(() =>
    expect(bareText(document.body), `bare text in the ${state} state`).toEqual([]),
  );
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('pseudo-locale: every visible string comes from the messages', () => {
  it('the pseudo messages cover every key with a wrapped, longer string', () => {
    for (const [key, text] of Object.entries(pseudo)) {
      expect(text, key).toMatch(/^\[.*~\]$/s);
      expect(text.length, key).toBeGreaterThan(
        ((en as Messages)[key as keyof Messages] ?? '').length,
      );
    }
  });

  it('loading, editing, invalid, previewing, saving, saved', async () => {
    installBackend(makeSession(), {
      sessionDelayMs: 200,
      summaryDelay: () => 300,
      patchDelayMs: 300,
    });
    const { user } = renderEditor({ messages: pseudo, locale: 'de-DE' });
    await screen.findByText(pseudo.loading);
    await expectAllFromMessages('loading');

    await screen.findByRole('form', { name: pseudo.form });
    await expectAllFromMessages('editing');

    await user.click(screen.getByRole('button', { name: pseudo.increase_quantity }));
    await screen.findByText(pseudo.updating);
    await expectAllFromMessages('previewing');
    await waitFor(() => expect(screen.queryByText(pseudo.updating)).toBeNull());

    const quantity = screen.getByRole('spinbutton', { name: pseudo.quantity });
    await user.clear(quantity);
    await user.type(quantity, '0');
    await user.click(screen.getByRole('button', { name: pseudo.save }));
    await screen.findByRole('alert');
    await expectAllFromMessages('invalid');

    await user.clear(quantity);
    await user.type(quantity, '4');
    await user.click(screen.getByRole('button', { name: pseudo.save }));
    await screen.findByText(pseudo.saving);
    await expectAllFromMessages('saving');
    await screen.findByText(pseudo.saved);
    await expectAllFromMessages('saved');
  });

  it('failed: a network failure, a conflict and a state error', async () => {
    let answer: 'network' | 'conflict' | 'state' = 'network';
    const api = installBackend(makeSession({ version: 1 }), {
      onPatch: () =>
        answer === 'network'
          ? HttpResponse.error()
          : answer === 'state'
            ? HttpResponse.json(
                { error: { code: 'payment_already_started', message: 'Payment started.' } },
                { status: 409 },
              )
            : undefined,
    });
    const { user } = renderEditor({ messages: pseudo, locale: 'de-DE' });
    await user.click(await screen.findByRole('button', { name: pseudo.increase_quantity }));
    await user.click(screen.getByRole('button', { name: pseudo.save }));
    await screen.findByRole('button', { name: pseudo.retry });
    await expectAllFromMessages('failed (network)');

    answer = 'state';
    await user.click(screen.getByRole('button', { name: pseudo.save }));
    await screen.findByText(pseudo.payment_already_started);
    await expectAllFromMessages('failed (state)');

    answer = 'conflict';
    api.setSession(
      makeSession({ version: 2, customer: { email: 'ada@example.com', name: 'Ada Lovelace' } }),
    );
    await user.click(screen.getByRole('button', { name: pseudo.save }));
    await screen.findByText(pseudo.version_conflict);
    await expectAllFromMessages('failed (conflict)');
  });

  it.each([
    ['paid', { payment_status: 'paid', status: 'complete' }],
    ['expired', { expires_at: new Date(Date.now() - 60_000).toISOString() }],
  ] as const)('read-only (%s)', async (_, overrides) => {
    installBackend(makeSession(overrides));
    renderEditor({ messages: pseudo, locale: 'de-DE' });
    await screen.findByRole('region', { name: pseudo.summary });
    await expectAllFromMessages('read-only');
  });

  it('a known customer and the load failure', async () => {
    installBackend(makeSession({ customer_id: 'cus_1' }));
    const view = renderEditor({ messages: pseudo, locale: 'de-DE' });
    await screen.findByText(pseudo.customer_read_only_hint);
    await expectAllFromMessages('customer');
    view.unmount();
    server.use(
      ...[
        (await import('msw')).http.get('*/checkout_session/*', () =>
          HttpResponse.json(
            { error: { code: 'session_not_found', message: 'No.' } },
            { status: 404 },
          ),
        ),
      ],
    );
    renderEditor({ messages: pseudo, locale: 'de-DE' });
    await screen.findByText(pseudo.not_found);
    await expectAllFromMessages('not found');
  });

  it('the merchant sections', async () => {
    installBackend(makeSession());
    const { user } = renderEditor(
      { messages: pseudo, locale: 'de-DE', sections: allSections },
      { merchant: true },
    );
    await screen.findByRole('form', { name: pseudo.form });
    await user.click(screen.getByRole('button', { name: pseudo.custom_data_add }));
    await expectAllFromMessages('merchant');
  });
});
