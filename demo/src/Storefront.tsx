import { useCallback, useEffect, useMemo, useState } from 'react';
import { createCheckoutClient } from '../../src/client/index.js';
import type { Session } from '../../src/core/index.js';
import { CheckoutEditor } from '../../src/index.js';
import { demoMessages } from './demoMessages.js';
import { PaymentPanel } from './PaymentPanel.js';
import { widgetMessages } from './widgetMessages.js';

/** Props of {@link Storefront}. */
export interface StorefrontProps {
  sessionId: string;
  clientSecret: string;
  locale: string | undefined;
}

/**
 * A merchant's checkout page: product header, the drop-in `<CheckoutEditor>`, and a payment
 * step that the merchant owns (the widget edits the session; paying is the page's business).
 *
 * @example <Storefront sessionId={id} clientSecret={secret} locale="de-DE" />
 */
export function Storefront({ sessionId, clientSecret, locale }: StorefrontProps) {
  const messages = demoMessages(locale);
  const client = useMemo(
    () => createCheckoutClient({ baseUrl: '/api', clientSecret }),
    [clientSecret],
  );
  const [session, setSession] = useState<Session | null>(null);
  // Remounting the editor is how the page makes it reload after a payment or a conflict.
  const [editorKey, setEditorKey] = useState(0);

  const reload = useCallback(() => {
    client.getSession(sessionId).then(setSession, () => setSession(null));
  }, [client, sessionId]);
  useEffect(reload, [reload]);

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
          clientSecret={clientSecret}
          apiBaseUrl="/api"
          locale={locale}
          messages={widgetMessages(locale)}
          onUpdated={setSession}
        />
        <PaymentPanel
          client={client}
          session={session}
          messages={messages}
          onConfirmed={(confirmed) => {
            setSession(confirmed);
            setEditorKey((key) => key + 1);
          }}
          onStale={() => {
            reload();
            setEditorKey((key) => key + 1);
          }}
        />
      </main>
    </div>
  );
}
