import { memo } from 'react';
import { updateReasonSchema } from '../../core/session.js';
import { utmKeys } from '../../form/index.js';
import { SelectField } from '../SelectField.js';
import { TextAreaField } from '../TextAreaField.js';
import { TextField } from '../TextField.js';
import type { MerchantSectionsProps } from '../useMerchant.js';
import { useMessages } from '../useMessages.js';
import { ChangeHistory } from './ChangeHistory.js';
import { CustomDataEditor } from './CustomDataEditor.js';

/**
 * The support-staff sections (expiry, currency, redirects, attribution, custom data, reason) of
 * `sections`. Part of the `checkout-editor/merchant` entry, so storefronts do not download them.
 * @example <MerchantSections sections={['expires_at', 'update_reason']} catalog={catalog} … />
 */
export const MerchantSections = memo(function MerchantSections({
  session,
  sections,
  catalog,
  onCustomDataEdit,
}: MerchantSectionsProps) {
  const { messages: t } = useMessages();
  const shown = new Set(sections);
  const currencies = [...new Set(catalog.plans.flatMap((plan) => Object.keys(plan.prices)))].sort();
  return (
    <>
      {shown.has('expires_at') || shown.has('currency') ? (
        <fieldset className="ce-section ce-fieldset">
          <legend className="ce-section-title">{t.settings}</legend>
          <div className="ce-grid">
            {shown.has('expires_at') ? (
              <TextField
                name="expires_at"
                label={t.expires_at}
                type="datetime-local"
                hint={t.expires_at_hint}
              />
            ) : null}
            {shown.has('currency') ? (
              <SelectField
                name="currency"
                label={t.currency}
                options={currencies.map((code) => ({ value: code, label: code }))}
              />
            ) : null}
          </div>
        </fieldset>
      ) : null}
      {shown.has('redirect_urls') ? (
        <fieldset className="ce-section ce-fieldset">
          <legend className="ce-section-title">{t.redirect_urls}</legend>
          <TextField name="success_url" label={t.success_url} type="url" />
          <TextField name="cancel_url" label={t.cancel_url} type="url" />
          <TextField name="pending_url" label={t.pending_url} type="url" />
        </fieldset>
      ) : null}
      {shown.has('attribution') ? (
        <fieldset className="ce-section ce-fieldset">
          <legend className="ce-section-title">{t.attribution}</legend>
          <div className="ce-grid">
            {utmKeys.map((key) => (
              <TextField key={key} name={key} label={t[key]} />
            ))}
          </div>
        </fieldset>
      ) : null}
      {shown.has('custom_data') ? <CustomDataEditor onEdit={onCustomDataEdit} /> : null}
      {shown.has('update_reason') ? (
        <div className="ce-section">
          <SelectField
            name="update_reason"
            label={t.update_reason}
            options={[
              { value: '', label: t.reason_auto },
              ...updateReasonSchema.options.map((reason) => ({
                value: reason,
                label: t[`reason_${reason}`],
              })),
            ]}
          />
          <TextAreaField name="update_note" label={t.update_note} />
        </div>
      ) : null}
      <ChangeHistory session={session} />
    </>
  );
});
