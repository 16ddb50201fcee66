import { createContext, useContext } from 'react';
import { en, type Messages } from './messages/en.js';

/** The strings and locale every part of the editor renders with. */
export interface Localization {
  messages: Messages;
  /** BCP 47; undefined means the browser's. */
  locale: string | undefined;
}

export const LocalizationContext = createContext<Localization>({
  messages: en as Messages,
  locale: undefined,
});

/**
 * The editor's strings and locale.
 * @example const { messages: t } = useMessages(); <span>{t.quantity}</span>
 */
export function useMessages(): Localization {
  return useContext(LocalizationContext);
}
