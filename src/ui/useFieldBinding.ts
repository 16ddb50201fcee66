import { createContext, useContext } from 'react';
import type { UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import type { EditorField, EditorValues } from '../react/index.js';

/** What the editors share: the form, field registration, and the error each field shows now. */
export interface FieldBindings {
  form: UseFormReturn<EditorValues>;
  register: (name: EditorField) => UseFormRegisterReturn;
  errors: Partial<Record<EditorField, string>>;
}

export const FieldBindingContext = createContext<FieldBindings | null>(null);

/**
 * The editor form's bindings; throws outside the editor form.
 * @example const { form } = useFieldBindings(); useWatch({ control: form.control, name: 'currency' })
 */
export function useFieldBindings(): FieldBindings {
  const bindings = useContext(FieldBindingContext);
  if (!bindings) throw new Error('Editor fields must be rendered inside the editor form.');
  return bindings;
}

/**
 * Binds an input to the editor form: value, change/blur handling and its visible error.
 * @example const { register, error } = useFieldBinding('email');
 */
export function useFieldBinding(name: EditorField): {
  register: UseFormRegisterReturn;
  error: string | undefined;
} {
  const { register, errors } = useFieldBindings();
  return { register: register(name), error: errors[name] };
}
