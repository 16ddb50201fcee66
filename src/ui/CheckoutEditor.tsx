import type { QueryClient } from '@tanstack/react-query';
import { forwardRef, useImperativeHandle, useMemo, useRef, useSyncExternalStore } from 'react';
import {
  type CheckoutError,
  type CheckoutSessionClient,
  createCheckoutSessionClient,
} from '../client/index.js';
import type { Catalog, Session } from '../core/index.js';
import type { Section } from '../form/index.js';
import { CheckoutProvider } from '../react/index.js';
import type { Flusher } from './EditorForm.js';
import { EditorRoot, type EditorState } from './EditorRoot.js';
import { en, type Messages } from './messages/en.js';
import { LocalizationContext } from './useMessages.js';

/** How the editor reaches the API: a client secret (and base URL), or a ready client. */
export type CheckoutEditorConnection =
  | {
      /** The session's client secret, from `POST /checkout_session`. */
      clientSecret: string;
      /** API root; default `"/api"`. */
      apiBaseUrl?: string | undefined;
      client?: never;
    }
  | {
      /** A `createCheckoutClient(...)` result (custom fetch, token refresh, tests). */
      client: CheckoutSessionClient;
      clientSecret?: never;
      apiBaseUrl?: never;
    };

/** Props of {@link CheckoutEditor}. */
export type CheckoutEditorProps = CheckoutEditorConnection & {
  /** The checkout session to edit. */
  sessionId: string;
  /**
   * Which editors show. Default `["plan", "quantity", "start_date", "customer"]`; support staff
   * may add `"expires_at"`, `"currency"`, `"redirect_urls"`, `"attribution"`, `"custom_data"`,
   * `"update_reason"`.
   */
  sections?: readonly Section[] | undefined;
  /** BCP 47 locale for numbers, money and dates; default the browser's. */
  locale?: string | undefined;
  /** Overrides of any visible string, e.g. `messages={de}` or `{ save: 'Update plan' }`. */
  messages?: Partial<Messages> | undefined;
  /** Quiet time after an edit before the price is recomputed; default 300 ms. */
  previewDebounceMs?: number | undefined;
  /** Called with the server's session after each successful save. */
  onUpdated?: ((session: Session) => void) | undefined;
  /** Called when loading or saving fails. */
  onError?: ((error: CheckoutError) => void) | undefined;
  /** Called when the editor moves between loading, editing, previewing, saving, saved, failed… */
  onStateChange?: ((state: EditorState) => void) | undefined;
  /** A query cache to share; default a private one that never touches the host's. */
  queryClient?: QueryClient | undefined;
  /** Extra class on the root element. */
  className?: string | undefined;
  /**
   * The session as `GET /checkout_session/{id}` returned it to the host's server (read with the
   * secret key). With `initialCatalog` too, the form renders at once, on the server as well, and
   * no request is made until the data is older than `staleTimeMs`.
   * @example <CheckoutEditor sessionId={id} clientSecret={secret} initialSession={s} initialCatalog={c} />
   */
  initialSession?: Session | undefined;
  /** The catalog as `GET /catalog` returned it; see `initialSession`. */
  initialCatalog?: Catalog | undefined;
  /** How long initial data counts as fresh, from the editor's first render; default 30 000 ms. */
  staleTimeMs?: number | undefined;
  /**
   * `"light"`, `"dark"`, or `"auto"` (the default): follow the shopper's `prefers-color-scheme`.
   * Sets `data-theme` on the root; the colours are the `--ce-*` custom properties of styles.css.
   */
  theme?: 'light' | 'dark' | 'auto' | undefined;
};

const subscribeNever = () => () => {};

/** What `ref` on {@link CheckoutEditor} gives the host: its payment step's "save first". */
export interface CheckoutEditorHandle {
  /**
   * Saves pending edits, if any, and resolves with the saved (or unchanged current) session;
   * rejects with the CheckoutError otherwise (invalid input: a 422 `validation_failed`, shown in
   * the form too). Confirm the payment with `If-Match` set to the resolved session's version.
   */
  flush(): Promise<Session>;
}

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
