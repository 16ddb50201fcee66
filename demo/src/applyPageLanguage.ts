import type { DemoConfig } from './readDemoConfig.js';

/**
 * The page's `<html>` for the demo's query parameters, the same on every demo page: `lang` from
 * `?lang=` (the locale when it belongs to that language), `dir="rtl"` for Arabic so the page and
 * the widget mirror, and `?theme=` pinning the colour scheme (auto follows the shopper's).
 * @example applyPageLanguage(readDemoConfig(location.search))
 */
export function applyPageLanguage(config: Pick<DemoConfig, 'language' | 'locale' | 'theme'>) {
  const html = document.documentElement;
  html.lang = config.locale?.startsWith(config.language) ? config.locale : config.language;
  html.dir = config.language === 'ar' ? 'rtl' : 'ltr';
  html.dataset.theme = config.theme;
}
