import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import type { Catalog, Session } from '../core/index.js';
import { clampQuantity } from '../core/rules/clampQuantity.js';
import { planQuantityRange } from '../core/rules/planQuantityRange.js';
import { startDateWindow } from '../core/rules/startDateWindow.js';
import {
  type EditorField,
  type EditorValues,
  editorValues,
  type FieldProblem,
  type Section,
  toFieldErrors,
  validateEditorValues,
} from '../form/index.js';
import { fill } from './fill.js';
import { date } from './format.js';
import { problemMessage } from './problemMessage.js';
import type { FieldBindings } from './useFieldBinding.js';
import { MerchantContext } from './useMerchant.js';
import { useMessages } from './useMessages.js';
import { useReveal } from './useReveal.js';

/** What {@link useEditorForm} gives the editor form. */
export interface EditorFormModel {
  /** The editors' bindings, stable while the form lives (the editors are memoised). */
  bindings: FieldBindings;
  now: Date;
  /** The client-side checks of every field (the resolver's), for "Save changes". */
  validate: (values: EditorValues) => FieldProblem[];
  /** The sentence a problem shows, filled with the plan's range or the start date window. */
  describe: (problem: Pick<FieldProblem, 'code' | 'message'>) => string;
  /** The start date field's range (the dates the API accepts) and its hint (as people read it). */
  startDateField: { min: string; max: string; hint: string };
  /** The user changed `field` (an editor calls it; the register bindings do too). */
  edited: (field: EditorField) => void;
  reveal: (...fields: EditorField[]) => void;
  onStep: (quantity: number) => void;
}

/**
 * The editor's react-hook-form: values from the session (reset when the server's session
 * changes), the client-side checks as its resolver (run when errors reveal, widget.md rule 7),
 * and the bindings the editors register with. `onEdit` hears every edit.
 * @example const model = useEditorForm(session, catalog, sections, 300, save.edited);
 */
export function useEditorForm(
  session: Session,
  catalog: Catalog,
  sections: readonly Section[],
  previewDebounceMs: number,
  onEdit: (field: EditorField) => void,
): EditorFormModel {
  const { messages: t, locale } = useMessages();
  const merchant = useContext(MerchantContext);
  const [now] = useState(() => new Date());
  const toValues = merchant?.values ?? editorValues;
  const startDate = startDateWindow(now);
  // The window as the shopper reads it, in the date field's hint and its range error.
  const startDateShown = { min: date(startDate.min, locale), max: date(startDate.max, locale) };
  const validate = (values: EditorValues) => [
    ...validateEditorValues(session, values, sections, catalog, now),
    ...(merchant?.validate(session, values, sections, catalog, now) ?? []),
  ];
  const describe = (problem: Pick<FieldProblem, 'code' | 'message'>) =>
    problemMessage(t, problem, {
      quantity_out_of_range: planQuantityRange(catalog.plans, form.getValues('plan_id')),
      start_date_out_of_range: startDateShown,
    });
  // Only the errors count: the form is never submitted through react-hook-form.
  const resolver: Resolver<EditorValues> = (values) => ({
    values: {},
    errors: toFieldErrors(validate(values), describe) as FieldErrors<EditorValues>,
  });
  const form = useForm<EditorValues>({ defaultValues: toValues(session), resolver });
  const [typing, reveal] = useReveal(form, previewDebounceMs);

  // The server's session replaces whatever was typed: after a save, or a reload after a conflict.
  // keepFieldsRef: the editors are memoised and do not re-register after a reset.
  useEffect(() => {
    form.reset(toValues(session), { keepFieldsRef: true });
    reveal();
  }, [session, form, reveal, toValues]);

  // The latest onEdit, through a ref: the bindings stay the same for the editors' sake.
  const latestOnEdit = useRef(onEdit);
  latestOnEdit.current = onEdit;
  const edited = useCallback(
    (field: EditorField) => {
      typing(field);
      latestOnEdit.current(field);
    },
    [typing],
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
  const startDateField = { ...startDate, hint: fill(t.start_date_hint, startDateShown) };
  const bindings = useMemo(() => ({ form, register }), [form, register]);
  return {
    bindings,
    now,
    validate,
    describe,
    startDateField,
    edited,
    reveal,
    onStep,
  };
}
