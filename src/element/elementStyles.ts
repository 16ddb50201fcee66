import css from '../ui/styles.css?inline';

let shared: CSSStyleSheet | undefined;

/**
 * The widget's stylesheet for a shadow root, built once per page. A constructed sheet through
 * `adoptedStyleSheets` is not an inline style, so a strict CSP (`style-src 'self'`) allows it.
 * The `--ce-*` defaults move from `.ce-root` to `:host`, so a page that sets them on the element
 * (`checkout-editor { --ce-accent: teal }`) wins; `all: initial` stops the page's inherited
 * text styles at the boundary (custom properties and `direction` still pass).
 * @example shadow.adoptedStyleSheets = [elementStyleSheet()];
 */
export function elementStyleSheet(): CSSStyleSheet {
  if (shared) return shared;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  let defaults = '';
  for (const rule of Array.from(sheet.cssRules)) {
    if (!(rule instanceof CSSStyleRule) || rule.selectorText !== '.ce-root') continue;
    for (const name of Array.from(rule.style)) {
      if (!name.startsWith('--ce-')) continue;
      defaults += `${name}:${rule.style.getPropertyValue(name)};`;
      rule.style.removeProperty(name);
    }
  }
  sheet.insertRule(':host([hidden]){display:none}', 0);
  sheet.insertRule(`:host{all:initial;display:block;${defaults}}`, 0);
  shared = sheet;
  return sheet;
}

/** Whether this browser can adopt constructed stylesheets (all current ones can). */
export const canAdoptStyleSheets = () =>
  typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;

/** The CSS text, for a browser without constructed stylesheets (a `<style>`; needs CSP leeway). */
export const elementCss = css;
