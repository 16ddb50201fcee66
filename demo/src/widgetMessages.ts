import type { Messages } from '../../src/index.js';
// The package's `checkout-editor/locales/de` entry; imported from source like the rest.
import { de } from '../../src/ui/messages/de.js';

/**
 * The widget's strings for a locale: its German messages for any `de-*`, else its defaults
 * (English). The widget formats numbers and dates from `locale` on its own.
 *
 * @example widgetMessages('de-DE') // the German messages
 */
export function widgetMessages(locale: string | undefined): Partial<Messages> | undefined {
  return locale?.toLowerCase().startsWith('de') ? de : undefined;
}
