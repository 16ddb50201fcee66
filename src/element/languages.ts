import type { Messages } from '../ui/index.js';
import { ar } from '../ui/messages/ar.js';
import { de } from '../ui/messages/de.js';
import { en } from '../ui/messages/en.js';
import { es } from '../ui/messages/es.js';
import { fr } from '../ui/messages/fr.js';
import { ja } from '../ui/messages/ja.js';

/**
 * The `lang` attribute of `<checkout-editor>` → the shipped messages of that language. One line
 * per language in `src/ui/messages/<lang>.ts`; the element (and its standalone file) carries all.
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
