import type { EditorField } from './editorValues.js';
import { matchField, shopperPaths } from './pathPatterns.js';

/**
 * The storefront field an API error detail belongs on, or undefined when none owns it (the
 * editor then lists it in the form-level alert).
 * @example fieldForPath('customer.email') // 'email'
 */
export function fieldForPath(path: string): EditorField | undefined {
  return matchField(shopperPaths, path);
}
