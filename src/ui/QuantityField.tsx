import { memo } from 'react';
import { useWatch } from 'react-hook-form';
import type { Offer } from '../core/index.js';
import { clampQuantity } from '../core/rules/clampQuantity.js';
import { planQuantityRange } from '../core/rules/planQuantityRange.js';
import { Field } from './Field.js';
import { fill } from './fill.js';
import { useFieldBinding, useFieldBindings } from './useFieldBinding.js';
import { useMessages } from './useMessages.js';

/** Props of {@link QuantityField}. */
export interface QuantityFieldProps {
  /** The catalog's plans: the chosen one bounds the quantity. */
  plans: Offer[];
  /** Sets a new quantity (the − and + buttons). */
  onStep: (quantity: number) => void;
}

/**
 * A "Quantity" spinbutton with "Decrease quantity" / "Increase quantity" buttons, bounded by the
 * chosen plan's range; the unit label and range are its description. Hidden for a plan with a
 * fixed quantity. It watches only the plan and the quantity.
 * @example <QuantityField plans={catalog.plans} onStep={set} />
 */
export const QuantityField = memo(function QuantityField({ plans, onStep }: QuantityFieldProps) {
  const { messages: t } = useMessages();
  const { form } = useFieldBindings();
  const [planId, value] = useWatch({ control: form.control, name: ['plan_id', 'quantity'] });
  const { register, error } = useFieldBinding('quantity');
  // A plan without a range (or none chosen) has exactly one quantity: nothing to edit.
  const range = planQuantityRange(plans, planId);
  const { min, max, unit_label: unit } = range;
  if (min === max) return null;
  const current = /^\d+$/.test(value.trim()) ? Number(value) : undefined;
  // aria-disabled rather than disabled: a focused button that turns disabled would drop focus.
  // The − and + signs are drawn by styles.css; the buttons are named by aria-label.
  const button = (id: string, delta: number, label: string, blocked: boolean) => (
    <button
      type="button"
      className="ce-step"
      aria-label={label}
      aria-controls={id}
      aria-disabled={blocked || undefined}
      onClick={() => {
        if (!blocked) onStep(clampQuantity((current ?? Number.NaN) + delta, range));
      }}
    />
  );
  return (
    <Field
      label={t.quantity}
      hint={fill(unit ? t.quantity_hint : t.quantity_hint_no_unit, { unit, min, max })}
      error={error}
    >
      {(control) => (
        <div className="ce-stepper">
          {button(control.id, -1, t.decrease_quantity, current !== undefined && current <= min)}
          <input
            {...register}
            {...control}
            defaultValue={value}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            className="ce-input ce-quantity"
          />
          {button(control.id, 1, t.increase_quantity, current !== undefined && current >= max)}
        </div>
      )}
    </Field>
  );
});
