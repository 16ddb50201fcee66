import { useMemo, useRef, useState } from 'react';
import { createCheckoutClient } from '../../src/client/index.js';
import {
  CheckoutEditor,
  type CheckoutEditorHandle,
  type EditorState,
  type Messages,
  type Session,
} from '../../src/index.js';
import { totalPerInterval } from '../../src/ui/format.js';
import { en } from '../../src/ui/messages/en.js';
import { demoMessages } from './demoMessages.js';
import { PaymentPanel } from './PaymentPanel.js';
import type { DemoLanguage, DemoTheme } from './readDemoConfig.js';
import { widgetMessages } from './widgetMessages.js';

/** Props of {@link Storefront}. */
export interface StorefrontProps {
  sessionId: string;
  clientSecret: string;
  locale: string | undefined;
  language: DemoLanguage;
  theme: DemoTheme;
  /** A fixed column width for the widget, in px (`?width=`). */
  width: number | undefined;
}

/**
 * A merchant's checkout page: product header, the drop-in `<CheckoutEditor>`, and a payment
 * step that the merchant owns (the widget edits the session; paying is the page's business).
 * "Continue to payment" is the page's one primary action: it flushes the editor first.
 *
 * @example <Storefront sessionId={id} clientSecret={secret} locale="de-DE" language="de" theme="auto" width={undefined} />
 */
export function Storefront(props: StorefrontProps) {
  const { sessionId, clientSecret, locale, language, width } = props;
  const messages = demoMessages(language);
  const widgetStrings = widgetMessages(language);
  // One client for the page and the widget: same base URL, same credentials.
  const client = useMemo(
    () => createCheckoutClient({ baseUrl: '/api', clientSecret }),
    [clientSecret],
  );
  const editor = useRef<CheckoutEditorHandle>(null);
  const [editorState, setEditorState] = useState<EditorState>({ kind: 'loading' });
  const [confirmed, setConfirmed] = useState<Session | null>(null);
  // Remounting the editor is how the page makes it reload after a payment or a conflict.
  const [editorKey, setEditorKey] = useState(0);
  const session = confirmed ?? ('session' in editorState ? editorState.session : null);
  const seen = 'estimates' in editorState ? editorState.estimates : (session?.estimates ?? null);
  const t = { ...en, ...widgetStrings } as Messages;

  return (
    <div className="storefront">
      <header className="store-header">
        <span className="brand">{messages.brand}</span>
        <span className="secure">{messages.secureCheckout}</span>
      </header>
      <main
        className={width ? 'store-main store-main--fixed' : 'store-main'}
        // Set through the CSSOM by React, which style-src 'self' allows (no inline style markup).
        style={width ? { inlineSize: `${width}px` } : undefined}
        data-width={width}
      >
        <section className="product" aria-labelledby="product-title">
          <h1 id="product-title">{messages.productTitle}</h1>
          <p>{messages.productLead}</p>
        </section>
        <CheckoutEditor
          key={editorKey}
          ref={editor}
          sessionId={sessionId}
          client={client}
          locale={locale}
          messages={widgetStrings}
          theme={props.theme}
          onStateChange={(state) => {
            setEditorState(state);
            if (state.kind === 'read_only') setConfirmed(null);
          }}
        />
        <PaymentPanel
          client={client}
          session={session}
          seen={seen}
          flush={() =>
            editor.current ? editor.current.flush() : Promise.reject(new Error('no editor'))
          }
          formatTotal={(estimates) => totalPerInterval(t, estimates, locale)}
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
