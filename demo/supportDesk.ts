import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** Where the desk page asks the demo's server side for a support token. */
export const deskTokenPath = '/desk/support_token';

/** The agent the demo desk mints its tokens for. */
export const deskAgent = 'Demo agent';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Errors in the API's own shape, so the page reads one kind.
const problem = (code: string, message: string) => ({ error: { code, message } });

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * The demo desk's server side, as a merchant's admin would have it: `POST
 * /desk/support_token?session_id=<id>` mints a support token for "Demo agent" on that session
 * with the secret key (which stays in this Node process) and answers only
 * `{ token, expires_at, actor }`. Added to the dev and the preview server.
 * @example plugins: [supportDesk({ apiUrl: 'http://127.0.0.1:8787', secretKey })]
 */
export function supportDesk(options: { apiUrl: string; secretKey: string }): Plugin {
  const handle = async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = new URL(req.url ?? '/', 'http://desk.invalid');
    if (url.pathname !== deskTokenPath) return next();
    if (req.method !== 'POST') return send(res, 405, problem('method_not_allowed', 'Use POST.'));
    const sessionId = url.searchParams.get('session_id') ?? '';
    if (!uuid.test(sessionId))
      return send(res, 400, problem('invalid_session_id', 'session_id must be a uuid.'));
    try {
      const minted = await fetch(`${options.apiUrl}/checkout_session/${sessionId}/support_tokens`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${options.secretKey}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ actor: deskAgent, ttl_seconds: 900 }),
      });
      const body = (await minted.json()) as Record<string, unknown>;
      if (!minted.ok) return send(res, minted.status, body);
      // Only what the page needs: never the secret key, nothing else of the API's answer.
      return send(res, 201, { token: body.token, expires_at: body.expires_at, actor: body.actor });
    } catch {
      return send(res, 502, problem('api_unreachable', 'The checkout API could not be reached.'));
    }
  };
  return {
    name: 'demo:support-desk',
    configureServer(server) {
      server.middlewares.use((req, res, next) => void handle(req, res, next));
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => void handle(req, res, next));
    },
  };
}
