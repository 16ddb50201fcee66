import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { Ref } from 'react';
import { createCheckoutClient } from '../../src/client/index.js';
import {
  CheckoutEditor,
  type CheckoutEditorHandle,
  type CheckoutEditorProps,
} from '../../src/index.js';
import { CheckoutEditor as MerchantCheckoutEditor } from '../../src/ui/merchant/index.js';
import { base, clientSecret, sessionId } from './backend.js';

type Extra = Omit<CheckoutEditorProps, 'sessionId' | 'client' | 'clientSecret' | 'apiBaseUrl'> & {
  ref?: Ref<CheckoutEditorHandle>;
};

/**
 * Renders the editor against the msw backend with a short debounce, and a userEvent instance;
 * `{ merchant: true }` renders the support-staff editor of `checkout-editor/merchant`.
 * @example const { user } = renderEditor({ onUpdated });
 */
export function renderEditor(props: Extra = {}, { merchant = false } = {}) {
  const client = createCheckoutClient({ baseUrl: base, clientSecret });
  const user = userEvent.setup();
  const Editor = merchant ? MerchantCheckoutEditor : CheckoutEditor;
  const view = render(
    <Editor sessionId={sessionId} client={client} previewDebounceMs={50} {...props} />,
  );
  return { user, ...view };
}
