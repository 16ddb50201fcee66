import { useMemo, useState } from 'react';
import { createCheckoutClient } from '../../src/client/index.js';
import { CheckoutEditor, type EditorState, type Session } from '../../src/index.js';
import { demoMessages } from './demoMessages.js';
import { PaymentPanel } from './PaymentPanel.js';
import { widgetMessages } from './widgetMessages.js';

/** Props of {@link Storefront}. */
export interface StorefrontProps {
  sessionId: string;
  clientSecret: string;
  locale: string | undefined;
  language: 'en' | 'de';
}

// States in which paying now would pay for something other than what the shopper sees.
const unsettled: ReadonlySet<EditorState['kind']> = new Set([
  'loading',
  'load_failed',
  'invalid',
  'previewing',
  'saving',
  'failed',
]);

/**
 * A merchant's checkout page: product header, the drop-in `<CheckoutEditor>`, and a payment
 * step that the merchant owns (the widget edits the session; paying is the page's business).
 *
 * @example <Storefront sessionId={id} clientSecret={secret} locale="de-DE" language="de" />
 */
export function Storefront({ sessionId, clientSecret, locale, language }: StorefrontProps) {
  const messages = demoMessages(language);
  // One client for the page and the widget: same base URL, same credentials.
  const client = useMemo(
    () => createCheckoutClient({ baseUrl: '/api', clientSecret }),
    [clientSecret],
  );
  const [editorState, setEditorState] = useState<EditorState>({ kind: 'loading' });
  const [confirmed, setConfirmed] = useState<Session | null>(null);
  // Remounting the editor is how the page makes it reload after a payment or a conflict.
  const [editorKey, setEditorKey] = useState(0);
  const session = confirmed ?? ('session' in editorState ? editorState.session : null);

  return (
    <div className="storefront">
      <header className="store-header">
        <span className="brand">{messages.brand}</span>
        <span className="secure">{messages.secureCheckout}</span>
      </header>
      <main className="store-main">
        <section className="product" aria-labelledby="product-title">
          <h1 id="product-title">{messages.productTitle}</h1>
          <p>{messages.productLead}</p>
        </section>
        <CheckoutEditor
          key={editorKey}
          sessionId={sessionId}
          client={client}
          locale={locale}
          messages={widgetMessages(language)}
          onStateChange={(state) => {
            setEditorState(state);
            if (state.kind === 'read_only') setConfirmed(null);
          }}
        />
        <PaymentPanel
          client={client}
          session={session}
          busy={!confirmed && unsettled.has(editorState.kind)}
          unsaved={!confirmed && 'dirty' in editorState && editorState.dirty}
          messages={messages}
          onConfirmed={(paid) => {
            setConfirmed(paid);
            setEditorKey((key) => key + 1);
          }}
          onStale={() => setEditorKey((key) => key + 1)}
        />
      </main>
    </div>
  );
}
