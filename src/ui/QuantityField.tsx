import { useId } from 'react';
import type { QuantityRange } from '../core/index.js';
import { describedBy } from './describedBy.js';
import { FieldMessages } from './FieldMessages.js';
import { fill } from './fill.js';
import { useFieldBinding } from './useFieldBinding.js';
import { useMessages } from './useMessages.js';

/** Props of {@link QuantityField}. */
export interface QuantityFieldProps {
  /** The selected plan's bounds and unit label. */
  range: QuantityRange;
  /** The quantity as typed (may be half-typed). */
  value: string;
  /** Sets a new quantity (the − and + buttons). */
  onStep: (quantity: number) => void;
}

/**
 * A "Quantity" spinbutton with "Decrease quantity" / "Increase quantity" buttons, bounded by the
 * plan's range; the unit label and range are its description.
 * @example <QuantityField range={{ min: 1, max: 500, unit_label: 'seats' }} value="5" onStep={set} />
 */
export function QuantityField({ range, value, onStep }: QuantityFieldProps) {
  const id = useId();
  const { messages: t } = useMessages();
  const { register, error } = useFieldBinding('quantity');
  const hint = range.unit_label
    ? fill(t.quantity_hint, { unit: range.unit_label, min: range.min, max: range.max })
    : fill(t.quantity_hint_no_unit, { min: range.min, max: range.max });
  const current = /^\d+$/.test(value.trim()) ? Number(value) : undefined;
  const clamp = (n: number) => Math.min(range.max, Math.max(range.min, n));
  const atMin = current !== undefined && current <= range.min;
  const atMax = current !== undefined && current >= range.max;
  // aria-disabled rather than disabled: a focused button that turns disabled would drop focus.
  const step = (delta: number, blocked: boolean) => () => {
    if (!blocked) onStep(clamp(current === undefined ? range.min : current + delta));
  };
  return (
    <div className="ce-field">
      <label htmlFor={id} className="ce-label">
        {t.quantity}
      </label>
      <div className="ce-stepper">
        <button
          type="button"
          className="ce-step"
          aria-label={t.decrease_quantity}
          aria-controls={id}
          aria-disabled={atMin || undefined}
          onClick={step(-1, atMin)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          {...register}
          id={id}
          type="number"
          inputMode="numeric"
          min={range.min}
          max={range.max}
          step={1}
          className="ce-input ce-quantity"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, Boolean(error), true)}
        />
        <button
          type="button"
          className="ce-step"
          aria-label={t.increase_quantity}
          aria-controls={id}
          aria-disabled={atMax || undefined}
          onClick={step(1, atMax)}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
