import { memo, useId } from 'react';
import { useWatch } from 'react-hook-form';
import type { Offer } from '../core/index.js';
import { planPrice } from './planPrice.js';
import { useFieldBinding, useFieldBindings } from './useFieldBinding.js';
import { useMessages } from './useMessages.js';

/** Props of {@link PlanField}. */
export interface PlanFieldProps {
  /** The catalog's plans; those without a price in the chosen currency are not offered. */
  plans: Offer[];
}

/**
 * The plan choice: a radiogroup "Plan" with one radio per plan, named by the plan's name and
 * described by its price per interval. It watches only the currency.
 * @example <PlanField plans={catalog.plans} />
 */
export const PlanField = memo(function PlanField({ plans }: PlanFieldProps) {
  const id = useId();
  const { messages: t, locale } = useMessages();
  const { form } = useFieldBindings();
  const currency = useWatch({ control: form.control, name: 'currency' });
  const { register, error, value } = useFieldBinding('plan_id');
  return (
    <div className="ce-field">
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        className="ce-plans"
      >
        <span id={`${id}-label`} className="ce-label">
          {t.plan}
        </span>
        {plans
          .filter((plan) => plan.prices[currency])
          .map((plan) => {
            const planId = `${id}-${plan.id}`;
            return (
              // The whole card is clickable; aria-labelledby keeps the radio's name the plan name.
              <label key={plan.id} className="ce-plan" htmlFor={planId}>
                <input
                  {...register}
                  id={planId}
                  type="radio"
                  value={plan.id}
                  defaultChecked={plan.id === value}
                  className="ce-plan-radio"
                  aria-labelledby={`${planId}-name`}
                  aria-describedby={`${planId}-price`}
                />
                <span id={`${planId}-name`} className="ce-plan-name">
                  {plan.name}
                </span>
                {plan.description && (
                  <span className="ce-plan-description">{plan.description}</span>
                )}
                <span id={`${planId}-price`} className="ce-plan-price">
                  {planPrice(t, plan, currency, locale)}
                </span>
              </label>
            );
          })}
      </div>
      {error && (
        <p id={`${id}-error`} className="ce-error">
          {error}
        </p>
      )}
    </div>
  );
});
