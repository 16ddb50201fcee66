import { useCallback, useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { EditorField, EditorValues } from '../form/index.js';

/** The two events that change which problems show, per widget.md rule 7. */
export type Reveal = [
  /** The user is typing in `field`: hide its error until they pause or leave it. */
  typing: (field: EditorField) => void,
  /** The user left the fields, stepped, or submitted: check and show their errors now. */
  reveal: (...fields: EditorField[]) => void,
];

/**
 * Errors appear once the user pauses (`pauseMs`) or leaves a field, never mid-typing: the form's
 * resolver runs (`trigger`) for the fields revealed so far, only then, not on every keystroke.
 * A server error stays on its field until the field is edited.
 * @example const [typing, reveal] = useReveal(form, 300);
 */
export function useReveal(form: UseFormReturn<EditorValues>, pauseMs: number): Reveal {
  const revealed = useRef(new Set<EditorField>());
  const timers = useRef(new Map<EditorField, ReturnType<typeof setTimeout>>());

  const reveal = useCallback(
    (...fields: EditorField[]) => {
      for (const field of fields) {
        clearTimeout(timers.current.get(field));
        revealed.current.add(field);
      }
      const checked = [...revealed.current].filter(
        (field) => form.getFieldState(field).error?.type !== 'server',
      );
      if (checked.length > 0) void form.trigger(checked);
    },
    [form],
  );

  const typing = useCallback(
    (field: EditorField) => {
      clearTimeout(timers.current.get(field));
      revealed.current.delete(field);
      // Only when there is one: a keystroke must not re-render the fields.
      if (form.getFieldState(field).error) form.clearErrors(field);
      timers.current.set(
        field,
        setTimeout(() => reveal(field), pauseMs),
      );
    },
    [form, pauseMs, reveal],
  );

  // No reveal after the form is gone (the Map is never replaced).
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  return [typing, reveal];
}
