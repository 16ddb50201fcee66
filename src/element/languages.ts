import type { Messages } from '../ui/index.js';
import { en } from '../ui/messages/en.js';
import { ar } from '../ui/messages/storefront/ar.js';
import { de } from '../ui/messages/storefront/de.js';
import { es } from '../ui/messages/storefront/es.js';
import { fr } from '../ui/messages/storefront/fr.js';
import { ja } from '../ui/messages/storefront/ja.js';

/**
 * The `lang` attribute of `<checkout-editor>` → the shipped messages of that language. One line
 * per language in `src/ui/messages/storefront/<lang>.ts` (the storefront's strings alone: the element
 * has no support-staff sections); the element (and its standalone file) carries all.
 * @example languages.de?.save // 'Änderungen speichern'
 */
export const languages: Record<string, Partial<Messages>> = { en, de, fr, es, ja, ar };

/**
 * The messages for a `lang` value: the exact tag, else its primary language (`de-CH` → `de`),
 * else English.
 * @example messagesFor('de-AT') === languages.de
 */
export function messagesFor(lang: string | null): Partial<Messages> {
  const tag = (lang ?? '').trim().toLowerCase();
  return languages[tag] ?? languages[tag.split('-')[0] ?? ''] ?? en;
}
