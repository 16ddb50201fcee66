/** The languages of the page's and the widget's words (`?lang=`). */
export const demoLanguages = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const;
export type DemoLanguage = (typeof demoLanguages)[number];

/** The widget's `theme` (`?theme=`); `auto` follows the shopper's `prefers-color-scheme`. */
export type DemoTheme = 'light' | 'dark' | 'auto';

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
  language: DemoLanguage;
  /** `?theme=light|dark`; default `auto`, the shopper's preference. */
  theme: DemoTheme;
  /**
   * `?width=<px>`: the widget sits in a column exactly that wide (240 to 2000), to see and test
   * the layout by container width whatever the window; undefined: the page's own column.
   */
  width: number | undefined;
}

const pick = <T extends string>(options: readonly T[], value: string | null | undefined, or: T) =>
  options.find((option) => option === value) ?? or;

const isOn = (value: string | null) => value !== null && value !== '0' && value !== 'false';

/**
 * Reads `?session_id=&client_secret=&mock=1&locale=&lang=&theme=&width=` (widget.md, "The demo").
 * An unknown language, theme or width falls back to the default instead of breaking the page.
 *
 * @example
 * readDemoConfig('?mock=1&locale=de-DE') // { mock: true, session: null, locale: 'de-DE', language: 'en', theme: 'auto', width: undefined }
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
  const width = Number(params.get('width') ?? Number.NaN);
  return {
    mock: isOn(params.get('mock')),
    session: id && clientSecret ? { id, clientSecret } : null,
    locale: validLocale,
    language: pick(demoLanguages, params.get('lang')?.trim().toLowerCase().slice(0, 2), 'en'),
    theme: pick(['light', 'dark', 'auto'] as const, params.get('theme'), 'auto'),
    width: width >= 240 && width <= 2000 ? Math.round(width) : undefined,
  };
}
