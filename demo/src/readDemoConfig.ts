/** What the page was asked to show, from its query string. */
export interface DemoConfig {
  /** Run on the in-browser MSW backend instead of the server behind /api. */
  mock: boolean;
  /** The session to open; without it the mock opens its seeded guest session. */
  session: { id: string; clientSecret: string } | null;
  /** BCP 47 tag for number, money and date formats, or undefined for the browser's. */
  locale: string | undefined;
  /**
   * The language of the page's and the widget's words. Separate from `locale` on purpose:
   * `?locale=de-DE` changes formats only, so the accessible names stay the default English ones
   * that widget.md names; `?lang=de` switches the words to German.
   */
  language: 'en' | 'de';
}

const isOn = (value: string | null) => value !== null && value !== '0' && value !== 'false';

/**
 * Reads `?session_id=&client_secret=&mock=1&locale=&lang=` (widget.md, "The demo").
 *
 * @example
 * readDemoConfig('?mock=1&locale=de-DE') // { mock: true, session: null, locale: 'de-DE', language: 'en' }
 */
export function readDemoConfig(search: string): DemoConfig {
  const params = new URLSearchParams(search);
  const id = params.get('session_id');
  const clientSecret = params.get('client_secret');
  const locale = params.get('locale')?.trim();
  let validLocale: string | undefined;
  if (locale) {
    try {
      validLocale = Intl.getCanonicalLocales(locale)[0];
    } catch {
      // An invalid tag falls back to the browser's language rather than breaking the page.
      validLocale = undefined;
    }
  }
  return {
    mock: isOn(params.get('mock')),
    session: id && clientSecret ? { id, clientSecret } : null,
    locale: validLocale,
    language: params.get('lang')?.trim().toLowerCase().startsWith('de') ? 'de' : 'en',
  };
}
