import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { Profiler, useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CheckoutClient, createCheckoutClient } from '../../src/client/index.js';
import { CheckoutEditor } from '../../src/index.js';
import { base, clientSecret, installBackend, makeSession, server, sessionId } from './backend.js';

/** Names of the components that rendered, read off the stack of the hooks every editor calls. */
const rendered: string[] = [];
function recordCaller(): void {
  // [0] Error, [1] recordCaller, [2] the mocked hook, [3] the component calling it.
  const frame = new Error().stack?.split('\n')[3] ?? '';
  rendered.push(/at (\w+)/.exec(frame)?.[1] ?? frame);
}
vi.mock('../../src/ui/useMessages.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/useMessages.js')>();
  return {
    ...actual,
    useMessages: () => {
      recordCaller();
      return actual.useMessages();
    },
  };
});
vi.mock('../../src/ui/useFieldBinding.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/useFieldBinding.js')>();
  return {
    ...actual,
    useFieldBinding: (name: Parameters<typeof actual.useFieldBinding>[0]) => {
      recordCaller();
      return actual.useFieldBinding(name);
    },
    useFieldBindings: () => {
      recordCaller();
      return actual.useFieldBindings();
    },
  };
});

interface HostControls {
  /** `<host render generation>:<reported kind>`, one per onStateChange call. */
  reports: string[];
  rerender: () => void;
}

/**
 * A storefront that keeps every state the editor reports (to hold back its Pay button) and
 * passes a new callback closure on every render.
 */
function StoringHost(props: { client: CheckoutClient; controls: HostControls }) {
  const [state, setState] = useState('');
  const [generation, setGeneration] = useState(0);
  props.controls.rerender = () => setGeneration((g) => g + 1);
  return (
    <div>
      <p>{state}</p>
      <CheckoutEditor
        sessionId={sessionId}
        client={props.client}
        previewDebounceMs={3000}
        onStateChange={(s) => {
          props.controls.reports.push(`${generation}:${s.kind}`);
          setState(s.kind + ('dirty' in s ? String(s.dirty) : ''));
        }}
      />
    </div>
  );
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('renders per keystroke (the quantity field and the price summary only)', () => {
  it('re-renders only the quantity field and the summary, in one commit per keystroke', async () => {
    installBackend(makeSession());
    let commits = 0;
    const user = userEvent.setup();
    const client = createCheckoutClient({ baseUrl: base, clientSecret });
    render(
      <Profiler
        id="editor"
        onRender={() => {
          commits += 1;
        }}
      >
        {/* Long enough that no preview settles while the keys are typed, even on a busy machine. */}
        <CheckoutEditor sessionId={sessionId} client={client} previewDebounceMs={3000} />
      </Profiler>,
    );
    const quantity = await screen.findByRole('spinbutton', { name: 'Quantity' });
    await user.click(quantity);
    await user.keyboard('{End}');
    // The first key starts a preview (the summary shows "Updating…"); measure the keys after it.
    await user.keyboard('1');
    const summary = screen.getByRole('region', { name: 'Price summary' });
    await within(summary).findByText('Updating…');
    rendered.length = 0;
    commits = 0;

    await user.keyboard('2');
    await user.keyboard('5');

    expect((quantity as HTMLInputElement).value).toBe('3125');
    expect(commits).toBeLessThanOrEqual(2);
    expect(new Set(rendered)).toEqual(
      new Set(['QuantityField', 'LivePriceSummary', 'PriceSummary']),
    );
  });

  it('re-renders nothing but the field itself when typing a guest detail', async () => {
    installBackend(makeSession());
    const user = userEvent.setup();
    const client = createCheckoutClient({ baseUrl: base, clientSecret });
    render(<CheckoutEditor sessionId={sessionId} client={client} previewDebounceMs={3000} />);
    const company = await screen.findByRole('textbox', { name: 'Company' });
    await user.click(company);
    rendered.length = 0;
    await user.keyboard('Acme');
    await waitFor(() => expect((company as HTMLInputElement).value).toBe('Acme'));
    expect(rendered).toEqual([]);
  });

  it('stays out of the host re-renders, and still calls the latest callbacks', async () => {
    installBackend(makeSession());
    const user = userEvent.setup();
    const client = createCheckoutClient({ baseUrl: base, clientSecret });
    const reports: string[] = [];
    const host: HostControls = { reports, rerender: () => {} };
    render(<StoringHost client={client} controls={host} />);
    const quantity = await screen.findByRole('spinbutton', { name: 'Quantity' });
    await user.click(quantity);
    await user.keyboard('{End}');
    rendered.length = 0;
    // The first key flips `dirty` and starts a preview: the host re-renders, the editor does not.
    await user.keyboard('1');
    await within(screen.getByRole('region', { name: 'Price summary' })).findByText('Updating…');
    expect(new Set(rendered)).toEqual(
      new Set(['QuantityField', 'LivePriceSummary', 'PriceSummary']),
    );
    // A callback from a later host render is the one called.
    act(() => host.rerender());
    await user.keyboard('{Backspace}');
    await waitFor(() => expect(reports.at(-1)).toMatch(/^1:/));
  });
});
