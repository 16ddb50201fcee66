import type { Messages } from '../../src/index.js';
// The package's `checkout-editor/locales/de` entry; imported from source like the rest.
import { de } from '../../src/ui/messages/de.js';

/**
 * The widget's strings for a language: its German messages, else its defaults (English). The
 * widget formats numbers and dates from `locale` on its own.
 *
 * @example widgetMessages('de') // the German messages
 */
export function widgetMessages(language: 'en' | 'de'): Partial<Messages> | undefined {
  return language === 'de' ? de : undefined;
}
