import {
  type SyntheticEvent,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type UseFormReturn, useForm } from 'react-hook-form';
import { CheckoutApiError, type CheckoutError } from '../client/index.js';
import type { Catalog, Estimate, Session } from '../core/index.js';
import { clampQuantity } from '../core/rules/clampQuantity.js';
import { planQuantityRange } from '../core/rules/planQuantityRange.js';
import { startDateWindow } from '../core/rules/startDateWindow.js';
import {
  buildSubmission,
  type EditorField,
  type EditorValues,
  editorValues,
  guestFields,
  type Section,
  validateEditorValues,
} from '../form/index.js';
import type { EditorActivity, Flusher } from './CheckoutEditorProps.js';
import { CustomerFields } from './CustomerFields.js';
import { FormAlert } from './FormAlert.js';
import { fill } from './fill.js';
import { date } from './format.js';
import { LivePriceSummary } from './LivePriceSummary.js';
import { PlanField } from './PlanField.js';
import { problemMessage } from './problemMessage.js';
import { QuantityField } from './QuantityField.js';
import { TextField } from './TextField.js';
import { FieldBindingContext, type FieldBindings } from './useFieldBinding.js';
import { MerchantContext } from './useMerchant.js';
import { useMessages } from './useMessages.js';
import { useReveal } from './useReveal.js';
import { useSaveFlow } from './useSaveFlow.js';

/** Props of {@link EditorForm}. */
export interface EditorFormProps {
  session: Session;
  catalog: Catalog;
  sections: readonly Section[];
  previewDebounceMs: number;
  reloadSession: () => void;
  onUpdated?: ((session: Session) => void) | undefined;
  onError?: ((error: CheckoutError) => void) | undefined;
  /** `dirty`: the form holds edits that are not saved yet; `shown`: the summary's figures. */
  onActivity?: ((activity: EditorActivity, dirty: boolean, shown: Estimate) => void) | undefined;
  /** Where the form puts the host's `ref.flush()` while it is mounted. */
  flusher: Flusher;
}

/** What changed for `onActivity`: the summary previews (and what it shows), or the edits. */
export type ActivityChange = { previewing: boolean; shown: Estimate } | { dirty: boolean };

/** What the form reports through `onActivity` from, and what it last reported. */
interface ActivityReport {
  /** Set in every render (before any report: the summary's effects run before the form's). */
  base?: EditorActivity;
  previewing: boolean;
  dirty: boolean;
  shown: Estimate;
  /** The last report, so that each is sent once. */
  sent: string;
  /** `onActivity` of the latest render. */
  on?: EditorFormProps['onActivity'];
}

/**
 * The "Edit checkout" form of an editable session: the editors of the shown sections, the live
 * price summary, "Save changes" and the save outcome. It does not watch the values: each editor
 * and the summary subscribe to the fields they show, so a keystroke re-renders only those.
 * @example <EditorForm session={session} catalog={catalog} sections={defaultSections} previewDebounceMs={300} reloadSession={reload} />
 */
export function EditorForm(props: EditorFormProps) {
  const { session, catalog, sections, previewDebounceMs } = props;
  const { messages: t, locale } = useMessages();
  const merchant = useContext(MerchantContext);
  const [now] = useState(() => new Date());
  const toValues = merchant?.values ?? editorValues;
  const form = useForm<EditorValues>({ defaultValues: toValues(session) });
  const [notice, setNoticeState] = useState<'none' | 'invalid' | 'unchanged'>('none');
  const noticeRef = useRef(notice);
  // Guarded, not left to React's bail-out: that may still render the form on a keystroke.
  const setNotice = useCallback((next: typeof notice) => {
    if (noticeRef.current === next) return;
    noticeRef.current = next;
    setNoticeState(next);
  }, []);
  const has = (section: Section) => sections.includes(section);

  const validate = (values: EditorValues) => [
    ...validateEditorValues(session, values, sections, catalog, now),
    ...(merchant?.validate(session, values, sections, catalog, now) ?? []),
  ];
  const [shown, typing, reveal] = useReveal(previewDebounceMs, () => validate(form.getValues()));

  const visible = useCallback(
    (field: EditorField): EditorField | undefined => {
      if (field === 'currency' && !sections.includes('currency')) return 'plan_id';
      if ((guestFields as readonly string[]).includes(field)) {
        return sections.includes('customer') && session.customer_id === null ? field : undefined;
      }
      return field;
    },
    [sections, session.customer_id],
  );
  // reloadSession, onUpdated and onError go on as they came.
  const save = useSaveFlow(session, { ...props, visible });
  const latest = useRef(save);
  latest.current = save;

  // The server's session replaces whatever was typed: after a save, or a reload after a conflict.
  // keepFieldsRef: the editors are memoised and do not re-register after a reset.
  useEffect(() => {
    form.reset(toValues(session), { keepFieldsRef: true });
    reveal();
  }, [session, form, reveal, toValues]);

  const edited = useCallback(
    (field: EditorField) => {
      typing(field);
      latest.current.edited(field);
      setNotice('none');
    },
    [typing, setNotice],
  );

  const register = useCallback(
    (name: EditorField) =>
      form.register(name, {
        onChange: (event: { target: { value: string } }) => {
          edited(name);
          if (name === 'plan_id') {
            // A new plan keeps the quantity where it can and clamps it into the plan's range.
            const range = planQuantityRange(catalog.plans, event.target.value);
            form.setValue(
              'quantity',
              String(clampQuantity(Number(form.getValues('quantity')), range)),
            );
          }
        },
        onBlur: () => reveal(name),
      }),
    [form, catalog, edited, reveal],
  );
  const onStep = useCallback(
    (quantity: number) => {
      form.setValue('quantity', String(quantity), { shouldDirty: true });
      edited('quantity');
      reveal('quantity');
    },
    [form, edited, reveal],
  );
  const onCustomDataEdit = useCallback(() => edited('custom_data'), [edited]);

  const startDate = startDateWindow(now);
  // The window as the shopper reads it, in the date field's hint and its range error.
  const startDateShown = useMemo(() => {
    const window = startDateWindow(now);
    return { min: date(window.min, locale), max: date(window.max, locale) };
  }, [now, locale]);
  // The sentence each field shows: its revealed problem, or the server's detail on it.
  const errors = useMemo(() => {
    const fillers = {
      quantity_out_of_range: planQuantityRange(catalog.plans, form.getValues('plan_id')),
      start_date_out_of_range: startDateShown,
    };
    const errors: FieldBindings['errors'] = {};
    for (const [field, problem] of Object.entries({ ...shown, ...save.serverErrors })) {
      if (problem) errors[field as EditorField] = problemMessage(t, problem, fillers);
    }
    return errors;
  }, [shown, save.serverErrors, t, catalog, form, startDateShown]);
  const bindings = useMemo(() => ({ form, register, errors }), [form, register, errors]);

  // "Save changes", and the host's `ref.flush()` (quiet: no "nothing to save" notice): the saved
  // session, the unchanged one, or the CheckoutError (invalid input: a 422 validation_failed).
  const attempt = (quiet?: boolean): Promise<Session> => {
    if (save.saving) return save.settled();
    const current = form.getValues();
    const problems = validate(current);
    const first = problems[0];
    if (first) {
      reveal(...problems.map((p) => p.field));
      setNotice('invalid');
      focusField(form, first.field);
      return Promise.reject(
        new CheckoutApiError({ status: 422, code: 'validation_failed', message: t.invalid_form }),
      );
    }
    const submission = buildSubmission(session, current, sections, merchant?.body);
    if (submission || !quiet) setNotice(submission ? 'none' : 'unchanged');
    return submission ? save.submit(submission) : Promise.resolve(session);
  };
  props.flusher.current = () => attempt(true);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    // The outcome shows in the form; only the host's flush() needs the promise.
    attempt().catch(() => undefined);
  };

  const firstFailed = save.failedFields[0];
  useEffect(() => {
    if (firstFailed) focusField(form, firstFailed);
  }, [firstFailed, form]);

  // Reported from a ref: the summary says when it previews without re-rendering the form.
  const activity = useRef<ActivityReport>({
    previewing: false,
    dirty: false,
    shown: session.estimates,
    sent: '',
  });
  activity.current.on = props.onActivity;
  const report = useCallback((change?: ActivityChange) => {
    const a = Object.assign(activity.current, change);
    const kind = (a.base === 'editing' && a.previewing ? 'previewing' : a.base) as EditorActivity;
    const key = kind + a.dirty + a.shown.computed_at;
    if (key === a.sent) return;
    a.sent = key;
    a.on?.(kind, a.dirty, a.shown);
  }, []);
  activity.current.base = save.saving
    ? 'saving'
    : save.problem
      ? 'failed'
      : save.saved
        ? 'saved'
        : Object.keys(shown).length > 0
          ? 'invalid'
          : 'editing';
  useEffect(() => report());
  // Unsaved edits, for the host (a storefront must not take payment for a price the shopper sees
  // but has not saved); a subscription, so the flag flipping never re-renders the form.
  useEffect(
    () =>
      form.subscribe({
        formState: { isDirty: true },
        callback: (state) => report({ dirty: !!state.isDirty }),
      }),
    [form, report],
  );

  const problem = notice === 'invalid' ? ({ kind: 'invalid' } as const) : save.problem;
  const Merchant = merchant?.Sections;

  return (
    <FieldBindingContext.Provider value={bindings}>
      <form className="ce-card" aria-label={t.form} noValidate onSubmit={onSubmit}>
        <div className="ce-layout">
          <div className="ce-main">
            {has('plan') && <PlanField plans={catalog.plans} />}
            {has('quantity') && <QuantityField plans={catalog.plans} onStep={onStep} />}
            {has('start_date') && (
              <TextField
                name="start_date"
                label={t.start_date}
                type="date"
                min={startDate.min}
                max={startDate.max}
                hint={fill(t.start_date_hint, startDateShown)}
              />
            )}
            {has('customer') && <CustomerFields session={session} />}
            {Merchant && (
              <Merchant
                session={session}
                sections={sections}
                catalog={catalog}
                customDataError={errors.custom_data}
                onCustomDataEdit={onCustomDataEdit}
              />
            )}
          </div>
          <div className="ce-aside">
            {/* session, catalog, sections and previewDebounceMs as the form got them */}
            <LivePriceSummary {...props} now={now} onPreviewing={report} />
            {problem && <FormAlert problem={problem} actions={save} />}
            <button
              type="submit"
              className="ce-button-save"
              aria-disabled={save.saving || undefined}
            >
              {t.save}
            </button>
            <p role="status" className="ce-status">
              {save.saving
                ? t.saving
                : save.saved
                  ? t.saved
                  : notice === 'unchanged'
                    ? t.nothing_to_save
                    : ''}
            </p>
          </div>
        </div>
      </form>
    </FieldBindingContext.Provider>
  );
}

/**
 * Focus a field by name. Custom data has no single input: React Hook Form's setFocus does
 * nothing for it (its rows are registered under `custom_data.<n>.…`).
 */
function focusField(form: UseFormReturn<EditorValues>, field: EditorField): void {
  try {
    form.setFocus(field);
  } catch {
    // Hidden fields (a section that is not shown) cannot take focus; the alert still says why.
  }
}
