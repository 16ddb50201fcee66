import { createContext, useContext } from 'react';
import {
  type FieldError,
  type UseFormRegisterReturn,
  type UseFormReturn,
  useFormState,
} from 'react-hook-form';
import type { EditorField, EditorValues } from '../form/index.js';

/** What the editors share: the form and field registration. Errors live in the form's state. */
export interface FieldBindings {
  form: UseFormReturn<EditorValues>;
  register: (name: EditorField) => UseFormRegisterReturn;
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
 * The sentence a field shows now, from react-hook-form's errors: a client check (the resolver)
 * or the server's detail (`setError`). Re-renders only when the form's errors change.
 * @example const error = useFieldError('custom_data');
 */
export function useFieldError(name: EditorField): string | undefined {
  const { form } = useFieldBindings();
  const { errors } = useFormState({ control: form.control, name });
  return (errors[name] as FieldError | undefined)?.message;
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
  const { form, register } = useFieldBindings();
  return {
    register: register(name),
    error: useFieldError(name),
    value: form.getValues(name) as string,
  };
}
