import { forwardRef, useMemo } from 'react';
import {
  type CheckoutEditorHandle,
  type CheckoutEditorProps,
  CheckoutEditor as StorefrontEditor,
} from '../CheckoutEditor.js';
import { MerchantContext } from '../useMerchant.js';
import { merchantEditors } from './merchantEditors.js';
import { merchantEn } from './messages.js';

/**
 * `CheckoutEditor` for support staff: the same component and props, plus the sections
 * `"expires_at"`, `"currency"`, `"redirect_urls"`, `"attribution"`, `"custom_data"` and
 * `"update_reason"` when they are in `sections`.
 * @example
 * import { CheckoutEditor } from 'checkout-editor/merchant';
 * <CheckoutEditor sessionId={id} client={client} sections={['plan', 'quantity', 'update_reason']} />
 */
export const CheckoutEditor = forwardRef<CheckoutEditorHandle, CheckoutEditorProps>(
  function CheckoutEditor(props, ref) {
    const messages = useMemo(() => ({ ...merchantEn, ...props.messages }), [props.messages]);
    return (
      <MerchantContext.Provider value={merchantEditors}>
        <StorefrontEditor {...props} messages={messages} ref={ref} />
      </MerchantContext.Provider>
    );
  },
);
