import { forwardRef, useImperativeHandle, useMemo, useRef, useSyncExternalStore } from 'react';
import { type CheckoutError, createCheckoutSessionClient } from '../client/index.js';
import type { Session } from '../core/index.js';
import { CheckoutProvider } from '../react/index.js';
import type {
  CheckoutEditorHandle,
  CheckoutEditorProps,
  EditorState,
  Flusher,
} from './CheckoutEditorProps.js';
import { EditorRoot } from './EditorRoot.js';
import { en, type Messages } from './messages/en.js';
import { LocalizationContext } from './useMessages.js';

const subscribeNever = () => () => {};

/**
 * Lets a shopper (or support staff) change an open checkout session before paying, with the
 * price recomputed live.
 * @example
 * import 'checkout-editor/styles.css';
 * <CheckoutEditor sessionId={id} clientSecret={secret} onUpdated={(s) => console.log(s.version)} />
 */
export const CheckoutEditor = forwardRef<CheckoutEditorHandle, CheckoutEditorProps>(
  // forwardRef, not ref as a prop: the package supports React 18, and 19 honours it too.
  function CheckoutEditor(props, ref) {
    const { clientSecret, apiBaseUrl = '/api', client: given } = props;
    const client = useMemo(
      () =>
        given ??
        createCheckoutSessionClient({ baseUrl: apiBaseUrl, clientSecret: clientSecret ?? '' }),
      [given, apiBaseUrl, clientSecret],
    );
    // Without a `locale`, Intl uses the runtime's default, which differs between the server and
    // the shopper's browser: a server render and its hydration format with en-US, and the editor
    // switches to the browser's default right after hydrating (React re-renders on the snapshot).
    const locale = useSyncExternalStore(
      subscribeNever,
      () => props.locale,
      () => props.locale ?? 'en-US',
    );
    const localization = useMemo(
      // The support-staff strings come with their sections (`checkout-editor/merchant`).
      () => ({ messages: { ...en, ...props.messages } as Messages, locale }),
      [props.messages, locale],
    );
    // The host's callbacks reach the editor through stable relays, so a host that re-renders on
    // every reported state (to hold back its Pay button, say) does not re-render the editor.
    const latest = useRef(props);
    latest.current = props;
    const relays = useMemo(
      () => ({
        onUpdated: (session: Session) => latest.current.onUpdated?.(session),
        onError: (error: CheckoutError) => latest.current.onError?.(error),
        onStateChange: (state: EditorState) => latest.current.onStateChange?.(state),
        // Where EditorRoot, or the form while it is mounted, puts what `ref.flush()` runs.
        flusher: {} as Flusher,
      }),
      [],
    );
    // biome-ignore lint/style/noNonNullAssertion: EditorRoot sets it in its first render
    useImperativeHandle(ref, () => ({ flush: () => relays.flusher.current!() }));
    const className = props.className ? `ce-root ${props.className}` : 'ce-root';
    return (
      <CheckoutProvider client={client} queryClient={props.queryClient}>
        <LocalizationContext.Provider value={localization}>
          <div className={className} lang={props.locale} data-theme={props.theme}>
            <EditorRoot
              sessionId={props.sessionId}
              sections={props.sections}
              previewDebounceMs={props.previewDebounceMs}
              initialSession={props.initialSession}
              initialCatalog={props.initialCatalog}
              staleTimeMs={props.staleTimeMs}
              {...relays}
            />
          </div>
        </LocalizationContext.Provider>
      </CheckoutProvider>
    );
  },
);
