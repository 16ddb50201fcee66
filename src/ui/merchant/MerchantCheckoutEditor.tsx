import { forwardRef, useCallback, useMemo, useState } from 'react';
import type { CheckoutError } from '../../client/index.js';
import type { Session } from '../../core/index.js';
import { defaultSections } from '../../form/index.js';
import { CheckoutEditor as StorefrontEditor } from '../CheckoutEditor.js';
import type {
  CheckoutEditorHandle,
  CheckoutEditorProps,
  EditorState,
} from '../CheckoutEditorProps.js';
import { fill } from '../fill.js';
import { en } from '../messages/en.js';
import { MerchantContext } from '../useMerchant.js';
import { merchantEditors } from './merchantEditors.js';
import { merchantEn } from './messages.js';
import { useExpiryClock } from './useExpiryClock.js';

/**
 * `CheckoutEditor` for support staff: the same component and props, plus the sections
 * `"expires_at"`, `"currency"`, `"redirect_urls"`, `"attribution"`, `"custom_data"`,
 * `"update_reason"` and `"audit_trail"` (the Change history) when they are in `sections`.
 * Pass a support token as `clientSecret` (or from the client's `getToken`).
 * - Within 10 minutes of `expires_at` a `role="status"` warning says when the session expires;
 *   at `expires_at` the editor turns read-only with the expired sentence, without a reload.
 * - When the API answers 401 (the support token expired), the editor shows a read-only sentence
 *   and `onError` receives a `CheckoutApiError` with `status` 401 and `code` "unauthorized":
 *   mint a new token and pass it (a new `clientSecret` or `client`) to continue.
 * @example
 * import { CheckoutEditor } from 'checkout-editor/merchant';
 * <CheckoutEditor sessionId={id} clientSecret={supportToken} sections={['plan', 'update_reason', 'audit_trail']} />
 */
export const CheckoutEditor = forwardRef<CheckoutEditorHandle, CheckoutEditorProps>(
  function CheckoutEditor(props, ref) {
    const messages = useMemo(() => ({ ...en, ...merchantEn, ...props.messages }), [props.messages]);
    const [session, setSession] = useState<Session>();
    const clock = useExpiryClock(session?.expires_at);
    // Once the session has expired nothing can be edited: the sections that edit go and the
    // Change history stays. The new array also renders the memoised editor again, which then
    // sees the expiry and shows the read-only view, without a request.
    const sections = useMemo(() => {
      const chosen = props.sections ?? defaultSections;
      return clock.expired ? chosen.filter((section) => section === 'audit_trail') : [...chosen];
    }, [props.sections, clock.expired]);
    const editors = useMemo(() => ({ ...merchantEditors, sections }), [sections]);
    // The credential the 401 came with: a new one (a fresh token) opens the editor again.
    const credential = props.client ?? props.clientSecret;
    const [ended, setEnded] = useState<unknown>();
    const { onError, onStateChange, onUpdated } = props;
    const relays = {
      onError: useCallback(
        (error: CheckoutError) => {
          if (error.kind === 'api' && error.status === 401) setEnded(credential);
          onError?.(error);
        },
        [onError, credential],
      ),
      onStateChange: useCallback(
        (state: EditorState) => {
          if ('session' in state) setSession(state.session);
          onStateChange?.(state);
        },
        [onStateChange],
      ),
      onUpdated: useCallback(
        (next: Session) => {
          setSession(next);
          onUpdated?.(next);
        },
        [onUpdated],
      ),
    };
    const rootClass = props.className ? `ce-root ${props.className}` : 'ce-root';
    if (ended !== undefined && ended === credential) {
      return (
        <div className={rootClass} lang={props.locale}>
          <div className="ce-card ce-read-only">
            <p role="alert" className="ce-notice">
              {messages.read_only_access_expired}
            </p>
          </div>
        </div>
      );
    }
    const time = new Intl.DateTimeFormat(props.locale, { timeStyle: 'short' });
    return (
      <>
        {clock.soon && session?.status === 'open' && session.payment_status === 'not_started' ? (
          <div className={rootClass} lang={props.locale}>
            <p role="status" className="ce-notice ce-expiry">
              {fill(messages.expires_soon, { time: time.format(clock.at) })}
            </p>
          </div>
        ) : null}
        <MerchantContext.Provider value={editors}>
          <StorefrontEditor
            {...props}
            sections={sections}
            messages={messages}
            {...relays}
            ref={ref}
          />
        </MerchantContext.Provider>
      </>
    );
  },
);
