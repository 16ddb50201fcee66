// `import css from './styles.css?inline'` for the project's Rolldown builds (Vite and Vitest do
// it natively): the stylesheet as a string, comments and spare whitespace removed. Used by the
// element entries, which put the widget's CSS into their shadow root.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const suffix = '.css?inline';

/** Comments and whitespace out; nothing else (no selector or value is rewritten). */
export const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();

/**
 * @param {{ from?: string, to?: string }} [map] a folder whose modules import CSS that lives in
 *   another folder (tsc's staging output imports the CSS that stayed in src/)
 */
export function cssInline(map = {}) {
  return {
    name: 'checkout-editor:css-inline',
    resolveId(source, importer) {
      if (!source.endsWith(suffix) || !importer) return null;
      let file = resolve(dirname(importer), source.slice(0, -'?inline'.length));
      if (map.from && map.to && !relative(map.from, file).startsWith('..')) {
        file = join(map.to, relative(map.from, file));
      }
      return `${file}?inline`;
    },
    load(id) {
      if (!id.endsWith(suffix)) return null;
      const css = minifyCss(readFileSync(id.slice(0, -'?inline'.length), 'utf8'));
      return { code: `export default ${JSON.stringify(css)};`, moduleSideEffects: false };
    },
  };
}
