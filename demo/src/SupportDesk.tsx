import { useCallback, useEffect, useState } from 'react';
import type { CheckoutError } from '../../src/client/index.js';
import { allSections } from '../../src/form/sections.js';
import { CheckoutEditor } from '../../src/ui/merchant/index.js';
import type { DemoLanguage } from './readDemoConfig.js';
import { widgetMessages } from './widgetMessages.js';

/** Props of {@link SupportDesk}. */
export interface SupportDeskProps {
  sessionId: string;
  /** A token minted elsewhere (`?support_token=`), used instead of asking the demo's server. */
  givenToken: string | undefined;
  locale: string | undefined;
  language: DemoLanguage;
}

type Token =
  | { kind: 'loading' }
  | { kind: 'ready'; token: string; expiresAt: string }
  | { kind: 'failed'; message: string };

/** Asks the demo's server side (demo/supportDesk.ts) for a support token for "Demo agent". */
async function mintToken(sessionId: string): Promise<Token> {
  const response = await fetch(`/desk/support_token?session_id=${encodeURIComponent(sessionId)}`, {
    method: 'POST',
  });
  const body = (await response.json().catch(() => ({}))) as {
    token?: string;
    expires_at?: string;
    error?: { message?: string } | string;
  };
  if (response.ok && body.token && body.expires_at)
    return { kind: 'ready', token: body.token, expiresAt: body.expires_at };
  const message = typeof body.error === 'string' ? body.error : body.error?.message;
  return {
    kind: 'failed',
    message: message ?? `The token could not be minted (${response.status}).`,
  };
}

/**
 * The demo's support desk: a merchant admin page for one session, with the merchant editor
 * (every section and the Change history) working on a support token minted by the demo's server
 * side; the page never sees the secret key. A token that expires (401) is replaced by a new one.
 * @example <SupportDesk sessionId={id} locale="en-US" language="en" />
 */
export function SupportDesk({ sessionId, givenToken, locale, language }: SupportDeskProps) {
  const [token, setToken] = useState<Token>(
    givenToken ? { kind: 'ready', token: givenToken, expiresAt: '' } : { kind: 'loading' },
  );
  const renew = useCallback(() => {
    void mintToken(sessionId).then(setToken);
  }, [sessionId]);
  // A token on mount, unless the page came with one (a 401 later mints a fresh one: onError).
  useEffect(() => {
    if (!givenToken) renew();
  }, [givenToken, renew]);
  // The editor reports the expired token as a 401 `unauthorized`: mint a fresh one.
  const onError = useCallback(
    (error: CheckoutError) => {
      if (error.kind === 'api' && error.status === 401) renew();
    },
    [renew],
  );
  return (
    <div className="storefront desk">
      <header className="store-header">
        <span className="brand">Acme Cloud · Support desk</span>
        <span className="secure">Signed in as Demo agent</span>
      </header>
      <main className="store-main">
        <section className="product" aria-labelledby="desk-title">
          <h1 id="desk-title">Checkout session</h1>
          <p>
            Session <code>{sessionId}</code>. Changes made here are recorded as “Support: Demo
            agent” with the reason and note you give.
          </p>
        </section>
        {token.kind === 'ready' ? (
          <CheckoutEditor
            sessionId={sessionId}
            clientSecret={token.token}
            sections={allSections}
            locale={locale}
            messages={widgetMessages(language)}
            onError={onError}
          />
        ) : token.kind === 'failed' ? (
          <p role="alert">{token.message}</p>
        ) : (
          <p className="boot">Signing in to the support desk…</p>
        )}
      </main>
    </div>
  );
}
