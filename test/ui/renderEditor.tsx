import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createCheckoutClient } from '../../src/client/index.js';
import { CheckoutEditor, type CheckoutEditorProps } from '../../src/index.js';
import { base, sessionId } from './backend.js';

type Extra = Omit<CheckoutEditorProps, 'sessionId' | 'client' | 'clientSecret' | 'apiBaseUrl'>;

/**
 * Renders the editor against the msw backend with a short debounce, and a userEvent instance.
 * @example const { user } = renderEditor({ onUpdated });
 */
export function renderEditor(props: Extra = {}) {
  const client = createCheckoutClient({ baseUrl: base, clientSecret: 'cs_test' });
  const user = userEvent.setup();
  const view = render(
    <CheckoutEditor sessionId={sessionId} client={client} previewDebounceMs={50} {...props} />,
  );
  return { user, ...view };
}
