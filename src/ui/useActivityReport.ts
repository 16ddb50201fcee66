import { useCallback, useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Estimate } from '../core/index.js';
import type { EditorValues } from '../form/index.js';
import type { EditorActivity } from './CheckoutEditorProps.js';

/** Reports what the editor is doing: `dirty` (edits not saved yet) and the figures shown. */
export type OnActivity = (activity: EditorActivity, dirty: boolean, shown: Estimate) => void;

/** What changed for `onActivity`: the summary previews (and what it shows). */
export type ActivityChange = { previewing: boolean; shown: Estimate };

/** What the form reports from, and what it last reported. */
interface ActivityReport {
  /** Saving, failed or saved, set in every render (before any report). */
  save?: EditorActivity | undefined;
  /** A client-side problem shows on a field. */
  invalid: boolean;
  previewing: boolean;
  dirty: boolean;
  shown: Estimate;
  /** The last report, so that each is sent once. */
  sent: string;
  on?: OnActivity | undefined;
}

/**
 * Reports the editor's activity through `onActivity`, each change once, from a ref and form
 * subscriptions: the summary saying it previews, a field error appearing or the form turning
 * dirty never re-render the form. Returns the summary's `onPreviewing`.
 * @example const onPreviewing = useActivityReport(form, save.saving ? 'saving' : undefined, estimates, onActivity);
 */
export function useActivityReport(
  form: UseFormReturn<EditorValues>,
  save: EditorActivity | undefined,
  estimates: Estimate,
  onActivity: OnActivity | undefined,
): (change: ActivityChange) => void {
  const activity = useRef<ActivityReport>({
    invalid: false,
    previewing: false,
    dirty: false,
    shown: estimates,
    sent: '',
  });
  activity.current.on = onActivity;
  activity.current.save = save;
  const report = useCallback((change?: Partial<ActivityReport>) => {
    const a = Object.assign(activity.current, change);
    const kind = a.save ?? (a.invalid ? 'invalid' : a.previewing ? 'previewing' : 'editing');
    const key = kind + a.dirty + a.shown.computed_at;
    if (key === a.sent) return;
    a.sent = key;
    a.on?.(kind, a.dirty, a.shown);
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
