import type { QueryClient } from '@tanstack/react-query';
import type { CheckoutError, CheckoutSessionClient } from '../client/index.js';
import type { Catalog, Estimate, Session } from '../core/index.js';
import type { Section } from '../form/index.js';
import type { Messages } from './messages/en.js';

// The types CheckoutEditor and what it renders share, so that the root imports what it renders
// and nothing it renders imports the root.

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

/** Props of `CheckoutEditor`. */
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

/** What the editor is doing, for `onStateChange`. */
export type EditorActivity = 'editing' | 'invalid' | 'previewing' | 'saving' | 'saved' | 'failed';

/** The widget's state as reported through `onStateChange`. */
export type EditorState =
  | { kind: 'loading' }
  | { kind: 'load_failed'; error: CheckoutError }
  | { kind: 'read_only'; session: Session; reason: string }
  /**
   * `dirty`: edits are typed but not saved; what the session holds is `session`. `estimates`:
   * the figures the price summary shows, a preview of the edits or the session's own; a host
   * compares them with `ref.flush()`'s session to know whether the shopper saw the price.
   */
  | { kind: EditorActivity; session: Session; dirty: boolean; estimates: Estimate };

/** What `ref` on `CheckoutEditor` gives the host: its payment step's "save first". */
export interface CheckoutEditorHandle {
  /**
   * Saves pending edits, if any, and resolves with the saved (or unchanged current) session;
   * rejects with the CheckoutError otherwise (invalid input: a 422 `validation_failed`, shown in
   * the form too). Confirm the payment with `If-Match` set to the resolved session's version.
   */
  flush(): Promise<Session>;
}

/** The editor's `flush()`, as whatever is rendered (form, or not) implements it. */
export type Flusher = { current?: (() => Promise<Session>) | undefined };
