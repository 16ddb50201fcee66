import type { CheckoutClient } from '../client/index.js';
import type { Section } from '../form/index.js';
import type { CheckoutEditorConnection, CheckoutEditorProps, Messages } from '../ui/index.js';
import { messagesFor } from './languages.js';

/** The editor's `theme` prop (light | dark | auto), as the `theme` attribute gives it. */
export type Theme = 'light' | 'dark' | 'auto';

/** What the attributes and properties set; the element adds its query client and events. */
export type AttributeProps = CheckoutEditorConnection &
  Pick<
    CheckoutEditorProps,
    'sessionId' | 'locale' | 'messages' | 'sections' | 'previewDebounceMs'
  > & {
    theme?: Theme | undefined;
  };

/**
 * The editor props that `<checkout-editor>`'s attributes (embed.md §2) and its `client` and
 * `messages` properties set; an empty or invalid attribute leaves the editor's default.
 * @example <CheckoutEditor {...editorPropsFromAttributes(element, id, undefined, undefined)} />
 */
export function editorPropsFromAttributes(
  element: Element,
  sessionId: string,
  client: CheckoutClient | undefined,
  messages: Partial<Messages> | undefined,
): AttributeProps {
  const debounce = Number(element.getAttribute('preview-debounce-ms') ?? Number.NaN);
  const sections = element
    .getAttribute('sections')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) as Section[] | undefined;
  const connection = client
    ? { client }
    : {
        clientSecret: element.getAttribute('client-secret') ?? '',
        apiBaseUrl: element.getAttribute('api-base-url') ?? undefined,
      };
  return {
    ...connection,
    sessionId,
    locale: element.getAttribute('locale') || undefined,
    messages: { ...messagesFor(element.getAttribute('lang')), ...messages },
    sections: sections?.length ? sections : undefined,
    previewDebounceMs: Number.isFinite(debounce) && debounce >= 0 ? debounce : undefined,
    // `theme` is a prop of the editor (light | dark | auto); passed through as given.
    theme: (element.getAttribute('theme') as Theme | null) ?? undefined,
  };
}
