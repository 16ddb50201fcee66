import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorField, FieldProblem } from '../form/index.js';

/** The problems shown per field. */
export type ShownProblems = Partial<Record<EditorField, FieldProblem>>;

/** Which problems show, per widget.md rule 7, and the two events that change it. */
export type Reveal = [
  shown: ShownProblems,
  /** The user is typing in `field`: hide its error until they pause or leave it. */
  typing: (field: EditorField) => void,
  /** The user left the fields, stepped, or submitted: check and show their errors now. */
  reveal: (...fields: EditorField[]) => void,
];

/**
 * Errors appear once the user pauses (`pauseMs`) or leaves a field, never mid-typing. `check`
 * runs only then, not on every keystroke, and state changes only when what shows changes, so
 * typing re-renders nothing here.
 * @example const [shown, typing, reveal] = useReveal(300, () => validate(form.getValues()));
 */
export function useReveal(pauseMs: number, check: () => FieldProblem[]): Reveal {
  const [shown, setShown] = useState<ShownProblems>({});
  const current = useRef(shown);
  const revealed = useRef(new Set<EditorField>());
  const timers = useRef(new Map<EditorField, ReturnType<typeof setTimeout>>());
  const checkRef = useRef(check);
  checkRef.current = check;

  const show = useCallback((next: ShownProblems) => {
    if (JSON.stringify(next) === JSON.stringify(current.current)) return;
    current.current = next;
    setShown(next);
  }, []);

  const reveal = useCallback(
    (...fields: EditorField[]) => {
      for (const field of fields) {
        clearTimeout(timers.current.get(field));
        revealed.current.add(field);
      }
      const next: ShownProblems = {};
      for (const problem of checkRef.current()) {
        if (revealed.current.has(problem.field)) next[problem.field] ??= problem;
      }
      show(next);
    },
    [show],
  );

  const typing = useCallback(
    (field: EditorField) => {
      clearTimeout(timers.current.get(field));
      revealed.current.delete(field);
      if (field in current.current) {
        const { [field]: _, ...rest } = current.current;
        show(rest);
      }
      timers.current.set(
        field,
        setTimeout(() => reveal(field), pauseMs),
      );
    },
    [pauseMs, reveal, show],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  return [shown, typing, reveal];
}
