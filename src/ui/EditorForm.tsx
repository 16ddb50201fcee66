import {
  lazy,
  Suspense,
  type SyntheticEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useForm } from 'react-hook-form';
import type { CheckoutError } from '../client/index.js';
import type { Catalog, Session } from '../core/index.js';
import { addDays, todayUtc } from '../core/rules/dates.js';
import {
  buildSubmission,
  type EditorField,
  type EditorValues,
  editorValues,
  merchantSections,
  type Section,
  validateEditorValues,
} from '../react/index.js';
import { CustomerFields } from './CustomerFields.js';
import { FormAlert } from './FormAlert.js';
import { fill } from './fill.js';
import { date } from './format.js';
import { PlanField } from './PlanField.js';
import { PriceSummary } from './PriceSummary.js';
import { problemMessage } from './problemMessage.js';
import { QuantityField } from './QuantityField.js';
import { TextField } from './TextField.js';
import { type FieldBinding, FieldBindingContext } from './useFieldBinding.js';
import { useMessages } from './useMessages.js';
import { usePriceFigures } from './usePriceFigures.js';
import { useReveal } from './useReveal.js';
import { useSaveFlow } from './useSaveFlow.js';

// Support-staff sections load on first use, so a storefront bundle does not carry them.
const MerchantSections = lazy(() =>
  import('./merchant/MerchantSections.js').then((m) => ({ default: m.MerchantSections })),
);

/** What the editor is doing, for `onStateChange`. */
export type EditorActivity = 'editing' | 'invalid' | 'previewing' | 'saving' | 'saved' | 'failed';

/** Props of {@link EditorForm}. */
export interface EditorFormProps {
  session: Session;
  catalog: Catalog;
  sections: readonly Section[];
  previewDebounceMs: number;
  reloadSession: () => void;
  onUpdated?: ((session: Session) => void) | undefined;
  onError?: ((error: CheckoutError) => void) | undefined;
  onActivity?: ((activity: EditorActivity) => void) | undefined;
}

/**
 * The "Edit checkout" form of an editable session: the editors of the shown sections, the live
 * price summary, "Save changes" and the save outcome.
 * @example <EditorForm session={session} catalog={catalog} sections={defaultSections} previewDebounceMs={300} reloadSession={reload} />
 */
export function EditorForm(props: EditorFormProps) {
  const { session, catalog, sections, previewDebounceMs } = props;
  const { messages: t, locale } = useMessages();
  const [now] = useState(() => new Date());
  const form = useForm<EditorValues>({ defaultValues: editorValues(session) });
  const values = form.watch();
  const shown = useMemo(() => new Set(sections), [sections]);
  const { revealed, typing, reveal } = useReveal(previewDebounceMs);
  const [notice, setNotice] = useState<'none' | 'invalid' | 'unchanged'>('none');

  const plan = catalog.plans.find((p) => p.id === values.plan_id);
  const range = plan?.quantity ?? { min: 1, max: 1 };
  const today = todayUtc(now);
  const startDate = { min: today, max: addDays(today, 365) };
  const ctx = { quantity: range, startDate, locale };

  const visible = useCallback(
    (field: EditorField): EditorField | undefined => {
      if (field === 'currency' && !shown.has('currency')) return 'plan_id';
      if (['email', 'name', 'company', 'phone'].includes(field)) {
        return shown.has('customer') && session.customer_id === null ? field : undefined;
      }
      return field;
    },
    [shown, session.customer_id],
  );
  const save = useSaveFlow(session, {
    visible,
    reloadSession: props.reloadSession,
    onUpdated: props.onUpdated,
    onError: props.onError,
  });

  // The server's session replaces whatever was typed: after a save, or a reload after a conflict.
  useEffect(() => {
    form.reset(editorValues(session));
  }, [session, form]);

  const problems = validateEditorValues(session, values, sections, catalog, now);
  const figures = usePriceFigures({
    session,
    catalog,
    values,
    problems,
    sections,
    debounceMs: previewDebounceMs,
  });

  const errorFor = (field: EditorField): string | undefined => {
    const server = save.serverErrors[field];
    if (server) return problemMessage(t, server, ctx);
    const problem = revealed.has(field) ? problems.find((p) => p.field === field) : undefined;
    return problem && problemMessage(t, problem, ctx);
  };

  const edited = (field: EditorField) => {
    typing(field);
    save.clearFieldError(field);
    save.dismiss();
    setNotice('none');
  };

  const bind = (name: EditorField): FieldBinding => ({
    register: form.register(name, {
      onChange: (event: { target: { value: string } }) => {
        edited(name);
        if (name === 'plan_id') {
          // A new plan keeps the quantity where it can and clamps it into the plan's range.
          const next = catalog.plans.find((p) => p.id === event.target.value);
          const r = next?.quantity ?? { min: 1, max: 1 };
          const typed = Number(form.getValues('quantity'));
          const q = Number.isInteger(typed) ? Math.min(r.max, Math.max(r.min, typed)) : r.min;
          form.setValue('quantity', String(q));
        }
      },
      onBlur: () => reveal(name),
    }),
    error: errorFor(name),
  });

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (save.saving) return;
    const current = form.getValues();
    const found = validateEditorValues(session, current, sections, catalog, now);
    const first = found[0];
    if (first) {
      reveal(...found.map((p) => p.field));
      setNotice('invalid');
      focusField(form, first.field);
      return;
    }
    const submission = buildSubmission(session, current, sections);
    if (!submission) {
      setNotice('unchanged');
      return;
    }
    setNotice('none');
    save.submit(submission);
  };

  const firstFailed = save.failedFields[0];
  useEffect(() => {
    if (firstFailed) focusField(form, firstFailed);
  }, [firstFailed, form]);

  const activity: EditorActivity = save.saving
    ? 'saving'
    : save.problem
      ? 'failed'
      : save.saved
        ? 'saved'
        : problems.length > 0 && revealed.size > 0
          ? 'invalid'
          : figures.isUpdating
            ? 'previewing'
            : 'editing';
  const onActivity = useRef(props.onActivity);
  onActivity.current = props.onActivity;
  useEffect(() => onActivity.current?.(activity), [activity]);

  const plans = catalog.plans.filter((p) => p.prices[values.currency]);
  const problem = notice === 'invalid' ? ({ kind: 'invalid' } as const) : save.problem;
  const showQuantity = shown.has('quantity') && plan !== undefined && range.min !== range.max;
  const hasMerchant = sections.some((s) => merchantSections.includes(s));

  return (
    <FieldBindingContext.Provider value={bind}>
      <form className="ce-card" aria-label={t.form} noValidate onSubmit={onSubmit}>
        <div className="ce-layout">
          <div className="ce-main">
            {shown.has('plan') ? <PlanField plans={plans} currency={values.currency} /> : null}
            {showQuantity ? (
              <QuantityField
                range={range}
                value={values.quantity}
                onStep={(quantity) => {
                  form.setValue('quantity', String(quantity), { shouldDirty: true });
                  edited('quantity');
                  reveal('quantity');
                }}
              />
            ) : null}
            {shown.has('start_date') ? (
              <TextField
                name="start_date"
                label={t.start_date}
                type="date"
                min={startDate.min}
                max={startDate.max}
                hint={fill(t.start_date_hint, {
                  min: date(startDate.min, locale),
                  max: date(startDate.max, locale),
                })}
              />
            ) : null}
            {shown.has('customer') ? <CustomerFields session={session} /> : null}
            {hasMerchant ? (
              <Suspense fallback={<div className="ce-bone ce-bone-input" />}>
                <MerchantSections
                  sections={sections}
                  catalog={catalog}
                  form={form}
                  customDataError={errorFor('custom_data')}
                  onCustomDataEdit={() => edited('custom_data')}
                />
              </Suspense>
            ) : null}
          </div>
          <div className="ce-aside">
            <PriceSummary
              estimates={figures.estimates}
              baseline={session.estimates}
              isUpdating={figures.isUpdating}
              failed={figures.failed}
              announcement={figures.announcement}
              notes={figures.notes}
            />
            {problem ? (
              <FormAlert problem={problem} onRetry={save.retry} onReload={save.reload} />
            ) : null}
            <div className="ce-actions">
              <button
                type="submit"
                className="ce-button ce-button-primary"
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
        </div>
      </form>
    </FieldBindingContext.Provider>
  );
}

/** Focus a field by name; radio groups and custom data have no single input RHF can focus. */
function focusField(form: ReturnType<typeof useForm<EditorValues>>, field: EditorField): void {
  if (field === 'custom_data') return;
  try {
    form.setFocus(field);
  } catch {
    // Hidden fields (a section that is not shown) cannot take focus; the alert still says why.
  }
}
