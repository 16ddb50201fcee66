import { useCallback, useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Estimate, Session } from '../core/index.js';
import type { EditorValues } from '../form/index.js';
import type { EditorActivity, EditorState } from './CheckoutEditorProps.js';

/** What changed for `onStateChange`: the summary previews (and what it shows). */
export type ActivityChange = { previewing: boolean; shown: Estimate };

/** What the form reports from, and what it last reported. */
interface ActivityReport {
  /** Saving, failed or saved, set in every render (before any report). */
  save?: EditorActivity | undefined;
  /** The session being edited, set in every render. */
  session: Session;
  /** A client-side problem shows on a field. */
  invalid?: boolean;
  previewing?: boolean;
  dirty: boolean;
  shown: Estimate;
  /** The last report, so that each is sent once. */
  sent?: string;
  on?: ((state: EditorState) => void) | undefined;
}

/**
 * Reports the editor's activity through `onStateChange`, each change once, from a ref and form
 * subscriptions: the summary saying it previews, a field error appearing or the form turning
 * dirty never re-render the form. `dirty`: edits not saved yet; `estimates`: the figures shown.
 * Returns the summary's `onPreviewing`.
 * @example const onPreviewing = useActivityReport(form, save.saving ? 'saving' : undefined, session, onStateChange);
 */
export function useActivityReport(
  form: UseFormReturn<EditorValues>,
  save: EditorActivity | undefined,
  session: Session,
  onStateChange: ((state: EditorState) => void) | undefined,
): (change: ActivityChange) => void {
  const activity = useRef<ActivityReport>({ dirty: false, shown: session.estimates, session });
  Object.assign(activity.current, { on: onStateChange, save, session });
  const report = useCallback((change?: Partial<ActivityReport>) => {
    const a = Object.assign(activity.current, change);
    const kind = a.save ?? (a.invalid ? 'invalid' : a.previewing ? 'previewing' : 'editing');
    const key = kind + a.dirty + a.shown.computed_at;
    if (key === a.sent) return;
    a.sent = key;
    a.on?.({ kind, session: a.session, dirty: a.dirty, estimates: a.shown });
  }, []);
  useEffect(() => report());
  // Unsaved edits, for the host (a storefront must not take payment for a price the shopper sees
  // but has not saved), and client-side problems on fields (a server's detail is a failed save).
  useEffect(
    () =>
      form.subscribe({
        formState: { isDirty: true, errors: true },
        callback: ({ isDirty, errors }) =>
          report({
            dirty: !!isDirty,
            invalid: Object.values(errors ?? {}).some((error) => error?.type !== 'server'),
          }),
      }),
    [form, report],
  );
  return report;
}
