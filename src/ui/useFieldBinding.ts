import { createContext, useContext } from 'react';
import type { UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import type { EditorField, EditorValues } from '../form/index.js';

/** What the editors share: the form, field registration, and the error each field shows now. */
export interface FieldBindings {
  form: UseFormReturn<EditorValues>;
  register: (name: EditorField) => UseFormRegisterReturn;
  errors: Partial<Record<EditorField, string>>;
}

export const FieldBindingContext = createContext<FieldBindings | null>(null);

/**
 * The editor form's bindings. Internal: the editors render only inside the editor form, which
 * always provides them.
 * @example const { form } = useFieldBindings(); useWatch({ control: form.control, name: 'currency' })
 */
export function useFieldBindings(): FieldBindings {
  return useContext(FieldBindingContext) as FieldBindings;
}

/**
 * Binds an input to the editor form: change/blur handling, its visible error, and the value to
 * render it with (`defaultValue`), so a server render already shows the session's values.
 * @example const { register, error, value } = useFieldBinding('email');
 */
export function useFieldBinding(name: EditorField): {
  register: UseFormRegisterReturn;
  error: string | undefined;
  value: string;
} {
  const { form, register, errors } = useFieldBindings();
  return { register: register(name), error: errors[name], value: form.getValues(name) as string };
}
