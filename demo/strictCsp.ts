import type { Plugin } from 'vite';

/**
 * The policy every HTML response of the demo carries (widget.md, "The demo"). Nothing inline,
 * nothing from elsewhere: the widget, the mock's service worker and the API all live on 'self'.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

type Middleware = (
  req: { url?: string },
  res: { setHeader(n: string, v: string): void },
  next: () => void,
) => void;

const setHeaders: Middleware = (_req, res, next) => {
  // Set on every response, not just HTML: a header on a script or JSON costs nothing, and it
  // covers the SPA fallback and error pages that a path-based rule could miss.
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  next();
};

const inlineModulePattern = /<script type="module">([\s\S]*?)<\/script>/g;
const inlinePrefix = '/@demo-inline/';

/**
 * Sends the strict CSP from both the dev and the preview server, and keeps the dev server
 * compatible with it: @vitejs/plugin-react injects its Fast Refresh preamble as an inline
 * module script, which `script-src 'self'` blocks, so in dev each inline module script is
 * served from a URL instead (same code, same document order).
 */
export function strictCsp(): Plugin {
  const inlineScripts = new Map<string, string>();
  const urlByCode = new Map<string, string>();
  return {
    name: 'demo:strict-csp',
    configureServer(server) {
      server.middlewares.use(setHeaders);
      server.middlewares.use((req, res, next) => {
        const code = req.url ? inlineScripts.get(req.url) : undefined;
        if (code === undefined) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(code);
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(setHeaders);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.server) return html;
        return html.replace(inlineModulePattern, (_match, code: string) => {
          let url = urlByCode.get(code);
          if (!url) {
            url = `${inlinePrefix}${urlByCode.size}.js`;
            urlByCode.set(code, url);
            inlineScripts.set(url, code);
          }
          return `<script type="module" src="${url}"></script>`;
        });
      },
    },
  };
}
