import type { QueryClient } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
import type { CheckoutClient, CheckoutError } from '../client/index.js';
import type { Session } from '../core/index.js';
import { createCheckoutQueryClient } from '../react/index.js';
import {
  CheckoutEditor,
  type CheckoutEditorProps,
  type EditorState,
  type Messages,
} from '../ui/index.js';
import { editorPropsFromAttributes, type Theme } from './editorPropsFromAttributes.js';
import { canAdoptStyleSheets, elementCss, elementStyleSheet } from './elementStyles.js';

/** The attributes `<checkout-editor>` reads (embed.md §2); each change re-renders the editor. */
export const elementAttributes = [
  'session-id',
  'client-secret',
  'api-base-url',
  'locale',
  'lang',
  'sections',
  'preview-debounce-ms',
  'theme',
] as const;

/** `detail` of the element's events. */
export interface CheckoutEditorEventMap {
  'checkout-editor:updated': CustomEvent<{ session: Session }>;
  'checkout-editor:error': CustomEvent<{ code: string; message: string; error: CheckoutError }>;
  'checkout-editor:statechange': CustomEvent<{
    state: EditorState['kind'];
    dirty: boolean;
    session: Session | undefined;
  }>;
}

/** `<checkout-editor>`'s instance API, beside its attributes. */
export interface CheckoutEditorElement extends HTMLElement {
  /** A `createCheckoutClient(...)` result, instead of `client-secret` (token refresh flows). */
  client: CheckoutClient | undefined;
  /** Overrides of visible strings, over those of `lang`. */
  messages: Partial<Messages> | undefined;
}

/**
 * Makes the `<checkout-editor>` class. A function, not a module-level class, so that importing
 * the element entry where `HTMLElement` does not exist (a server render) is harmless.
 * @example customElements.define('checkout-editor', createCheckoutEditorElement());
 */
export function createCheckoutEditorElement(): CustomElementConstructor {
  return class extends HTMLElement implements CheckoutEditorElement {
    static observedAttributes = elementAttributes;
    #root: Root | undefined;
    #queryClient: QueryClient | undefined;
    #client: CheckoutClient | undefined;
    #messages: Partial<Messages> | undefined;
    #scheduled = false;
    #shadow: ShadowRoot;

    constructor() {
      super();
      // Open, so tests and assistive tooling can look in; styles come along, never inline.
      this.#shadow = this.attachShadow({ mode: 'open' });
      if (canAdoptStyleSheets()) this.#shadow.adoptedStyleSheets = [elementStyleSheet()];
      else {
        const style = document.createElement('style');
        style.textContent = elementCss;
        this.#shadow.append(style);
      }
    }

    get client() {
      return this.#client;
    }
    set client(value) {
      this.#client = value;
      this.#schedule();
    }
    get messages() {
      return this.#messages;
    }
    set messages(value) {
      this.#messages = value;
      this.#schedule();
    }

    connectedCallback() {
      this.#schedule();
    }
    attributeChangedCallback() {
      this.#schedule();
    }
    disconnectedCallback() {
      // A move (disconnect + connect in one task) keeps the editor; a removal unmounts it.
      queueMicrotask(() => {
        if (this.isConnected || !this.#root) return;
        this.#root.unmount();
        this.#root = undefined;
        this.#shadow.lastChild?.remove();
        // Drops cached queries and their garbage-collection timers with them.
        this.#queryClient?.clear();
        this.#queryClient = undefined;
      });
    }

    /** Attribute and property changes in one task render once. */
    #schedule() {
      if (this.#scheduled) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        if (this.isConnected) this.#render();
      });
    }

    #emit(type: keyof CheckoutEditorEventMap, detail: object) {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }

    #render() {
      const sessionId = this.getAttribute('session-id');
      const clientSecret = this.getAttribute('client-secret');
      if (!sessionId || !(clientSecret || this.#client)) {
        // Not configured (yet): attributes may arrive one by one.
        this.#root?.render(null);
        return;
      }
      if (!this.#root) {
        const container = document.createElement('div');
        this.#shadow.append(container);
        this.#root = createRoot(container);
        this.#queryClient = createCheckoutQueryClient();
      }
      const props: CheckoutEditorProps & { theme?: Theme | undefined } = {
        ...editorPropsFromAttributes(this, sessionId, this.#client, this.#messages),
        queryClient: this.#queryClient,
        onUpdated: (session: Session) => this.#emit('checkout-editor:updated', { session }),
        onError: (error: CheckoutError) =>
          this.#emit('checkout-editor:error', {
            code: error.kind === 'api' ? error.code : 'network_error',
            message: error.message,
            error,
          }),
        onStateChange: (state: EditorState) =>
          this.#emit('checkout-editor:statechange', {
            state: state.kind,
            dirty: 'dirty' in state ? state.dirty : false,
            session: 'session' in state ? state.session : undefined,
          }),
      };
      this.#root.render(<CheckoutEditor {...props} />);
    }
  };
}
