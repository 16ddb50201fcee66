import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorField } from '../react/index.js';

/** Which fields may show their errors, per widget.md rule 7. */
export interface Reveal {
  revealed: ReadonlySet<EditorField>;
  /** The user is typing in `field`: hide its error until they pause or leave it. */
  typing: (field: EditorField) => void;
  /** The user left the field, stepped it, or submitted: show its error now. */
  reveal: (...fields: EditorField[]) => void;
}

/**
 * Errors appear once the user pauses (`pauseMs`) or leaves a field, never mid-typing.
 * @example const { revealed, typing, reveal } = useReveal(300);
 */
export function useReveal(pauseMs: number): Reveal {
  const [revealed, setRevealed] = useState<ReadonlySet<EditorField>>(() => new Set());
  const timers = useRef(new Map<EditorField, ReturnType<typeof setTimeout>>());

  const reveal = useCallback((...fields: EditorField[]) => {
    for (const field of fields) clearTimeout(timers.current.get(field));
    setRevealed((current) =>
      fields.every((field) => current.has(field)) ? current : new Set([...current, ...fields]),
    );
  }, []);

  const typing = useCallback(
    (field: EditorField) => {
      clearTimeout(timers.current.get(field));
      setRevealed((current) => {
        if (!current.has(field)) return current;
        const next = new Set(current);
        next.delete(field);
        return next;
      });
      timers.current.set(
        field,
        setTimeout(() => reveal(field), pauseMs),
      );
    },
    [pauseMs, reveal],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  return { revealed, typing, reveal };
}
