import type { EditorField } from './editorValues.js';
import { matchField, merchantPaths, shopperPaths } from './pathPatterns.js';

/**
 * `fieldForPath` with the support-staff fields too; only `checkout-editor/merchant` uses it.
 * @example merchantFieldForPath('custom_data.campaign') // 'custom_data'
 */
export function merchantFieldForPath(path: string): EditorField | undefined {
  return matchField(shopperPaths, path) ?? matchField(merchantPaths, path);
}
