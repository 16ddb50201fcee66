// `checkout-editor/element/standalone`: src/element/standalone.ts as ONE self-contained ES module
// for a plain page (`<script type="module" src="…/checkout-editor.standalone.js">`): every
// dependency and the CSS inside, minified, production code paths. React is replaced by
// preact/compat for this file only (docs/embed.md: React 19 alone is ~60 kB gzipped of the 64 kB
// budget); the same components render through it. Bundled from src/ directly (Rolldown
// transforms TypeScript), so the demo can build it without the package build.
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { cssInline } from './cssInline.mjs';

/** The file name a page loads. */
export const standaloneFileName = 'checkout-editor.standalone.js';

/**
 * Bundles the standalone element. With `outFile` it is written there; the code is returned.
 * @param {{ root: string, outFile?: string, renderer?: 'preact' | 'react' }} options
 *   `renderer: 'react'` keeps React (only to measure the alternative, docs/embed.md)
 */
export async function buildStandalone({ root, outFile, renderer = 'preact' }) {
  const bundle = await rolldown({
    input: join(root, 'src', 'element', 'standalone.ts'),
    platform: 'browser',
    treeshake: {
      moduleSideEffects: (id) => !id.includes('/node_modules/') || id.includes('preact'),
    },
    logLevel: 'warn',
    // react-query's "use client" lines mean nothing in a browser-only bundle.
    onLog: (level, log, handler) => {
      if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
    },
    plugins: [cssInline()],
    resolve: {
      // Source imports name the compiled `.js`; the files are `.ts`/`.tsx`.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      alias:
        renderer === 'preact'
          ? {
              'react-dom/client': 'preact/compat/client',
              'react/jsx-runtime': 'preact/compat/jsx-runtime',
              'react-dom': 'preact/compat',
              react: 'preact/compat',
            }
          : {},
    },
    transform: {
      jsx: 'react-jsx',
      define: { 'process.env.NODE_ENV': '"production"' },
    },
  });
  try {
    const { output } = await bundle[outFile ? 'write' : 'generate']({
      format: 'esm',
      minify: true,
      codeSplitting: false,
      ...(outFile ? { file: outFile } : {}),
    });
    const [chunk] = output;
    return chunk.type === 'chunk' ? chunk.code : '';
  } finally {
    await bundle.close();
  }
}
