// The `checkout-editor/element` entry: importing it defines `<checkout-editor>` (embed.md §2),
// once per page. React and the other peers stay imports; `checkout-editor/element/standalone`
// is the same element with every dependency inside, for a plain `<script type="module">`.
import { createCheckoutEditorElement } from './CheckoutEditorElement.js';

export {
  type CheckoutEditorElement,
  type CheckoutEditorEventMap,
  createCheckoutEditorElement,
  elementAttributes,
} from './CheckoutEditorElement.js';
export { languages, messagesFor } from './languages.js';

/** The tag name the entry defines. */
export const elementName = 'checkout-editor';

// Nothing to define where there is no DOM (a server render importing this entry).
if (typeof customElements !== 'undefined' && !customElements.get(elementName)) {
  customElements.define(elementName, createCheckoutEditorElement());
}
