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

/** The mock backend's secret key (createMockBackend's default), for minting support tokens. */
const mockSecretKey = 'sk_test_mock';

/**
 * A client that authenticates with a support token for `actor`, minted (once, on first use)
 * with the secret key as a merchant's server would, and handed over through `getToken`.
 * @example createCheckoutClient(...) // see renderEditor({}, { merchant: true })
 */
export function supportClient(actor = 'Test agent') {
  let token: Promise<string> | undefined;
  const merchantServer = createCheckoutClient({ baseUrl: base, clientSecret: mockSecretKey });
  return createCheckoutClient({
    baseUrl: base,
    getToken: () => {
      token ??= merchantServer.createSupportToken(sessionId, { actor }).then((t) => t.token);
      return token;
    },
  });
}

/**
 * Renders the editor against the msw backend with a short debounce, and a userEvent instance;
 * `{ merchant: true }` renders the support-staff editor of `checkout-editor/merchant` with a
 * support token for "Test agent" (`actor` names another).
 * @example const { user } = renderEditor({ onUpdated });
 */
export function renderEditor(props: Extra = {}, { merchant = false, actor = 'Test agent' } = {}) {
  const client = merchant
    ? supportClient(actor)
    : createCheckoutClient({ baseUrl: base, clientSecret });
  const user = userEvent.setup();
  const Editor = merchant ? MerchantCheckoutEditor : CheckoutEditor;
  const view = render(
    <Editor sessionId={sessionId} client={client} previewDebounceMs={50} {...props} />,
  );
  return { user, ...view };
}
