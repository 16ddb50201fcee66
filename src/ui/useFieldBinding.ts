import { createContext, useContext } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { EditorField } from '../react/index.js';

/** What an input needs from the form: its registration and the error it shows now, if any. */
export interface FieldBinding {
  register: UseFormRegisterReturn;
  error: string | undefined;
}

export const FieldBindingContext = createContext<((name: EditorField) => FieldBinding) | null>(
  null,
);

/**
 * Binds an input to the editor form: value, change/blur handling and its visible error.
 * @example const { register, error } = useFieldBinding('email');
 */
export function useFieldBinding(name: EditorField): FieldBinding {
  const bind = useContext(FieldBindingContext);
  if (!bind) throw new Error('Editor fields must be rendered inside the editor form.');
  return bind(name);
}
