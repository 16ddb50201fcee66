import { memo, useId } from 'react';
import type { Session } from '../core/index.js';
import { guestFields } from '../form/index.js';
import { TextField } from './TextField.js';
import { useMessages } from './useMessages.js';

// type and autoComplete of each guest detail
const inputs = {
  email: ['email', 'email'],
  name: ['text', 'name'],
  company: ['text', 'organization'],
  phone: ['tel', 'tel'],
} as const;

/**
 * Guest details: editable on a guest session; a known customer's details are shown read-only
 * (the API refuses `customer_not_guest`).
 * @example <CustomerFields session={session} />
 */
export const CustomerFields = memo(function CustomerFields({ session }: { session: Session }) {
  const { messages: t } = useMessages();
  const headingId = useId();
  if (session.customer_id !== null) {
    const customer = session.customer ?? {};
    return (
      <section className="ce-section" aria-labelledby={headingId}>
        <h3 id={headingId} className="ce-section-title">
          {t.customer_read_only}
        </h3>
        <p className="ce-hint">{t.customer_read_only_hint}</p>
        <dl className="ce-details">
          {guestFields
            .filter((key) => customer[key])
            .map((key) => (
              <div key={key} className="ce-detail">
                <dt>{t[key]}</dt>
                <dd>{customer[key]}</dd>
              </div>
            ))}
        </dl>
      </section>
    );
  }
  return (
    <fieldset className="ce-section ce-fieldset">
      <legend className="ce-section-title">{t.customer}</legend>
      <div className="ce-grid">
        {guestFields.map((key) => (
          <TextField
            key={key}
            name={key}
            label={t[key]}
            type={inputs[key][0]}
            autoComplete={inputs[key][1]}
            hint={key === 'email' ? undefined : t.optional}
          />
        ))}
      </div>
    </fieldset>
  );
});
