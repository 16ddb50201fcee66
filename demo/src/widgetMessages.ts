import type { Messages } from '../../src/index.js';
// The package's `checkout-editor/locales/<lang>` entries; imported from source like the rest.
import { ar } from '../../src/ui/messages/ar.js';
import { de } from '../../src/ui/messages/de.js';
import { es } from '../../src/ui/messages/es.js';
import { fr } from '../../src/ui/messages/fr.js';
import { ja } from '../../src/ui/messages/ja.js';
import type { DemoLanguage } from './readDemoConfig.js';

const byLanguage: Record<DemoLanguage, Partial<Messages> | undefined> = {
  en: undefined,
  de,
  fr,
  es,
  ja,
  ar,
};

/**
 * The widget's strings for a language; undefined for English, its defaults. The widget formats
 * numbers and dates from `locale` on its own. (A storefront in one language imports only its
 * entry; the demo switches at run time, so it bundles them all.)
 *
 * @example widgetMessages('de') // the German messages
 */
export function widgetMessages(language: DemoLanguage): Partial<Messages> | undefined {
  return byLanguage[language];
}
