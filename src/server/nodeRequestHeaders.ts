import type { IncomingMessage } from 'node:http';
import type { RequestHeaders } from './createRequestHandler.js';

/**
 * The headers the server reads, from Node's IncomingMessage. Node keeps only the first of a
 * repeated `Authorization` or `Content-Type` and drops the rest, while fetch's Headers (Hono's
 * `app.request`, the mock under MSW or `page.route`, browsers) join repeats with ", ". Here they
 * are joined too, so a request with two credentials or two media types gets the same answer
 * (401, 415) from every adapter instead of being judged on whichever came first. The common
 * case, no repeat, costs one pass over `rawHeaders` and no copy.
 * @example handle({ method, path, headers: nodeRequestHeaders(req), readBody })
 */
export function nodeRequestHeaders(req: IncomingMessage): RequestHeaders {
  const raw = req.rawHeaders;
  let authorization = 0;
  let contentType = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name.length === 13 && name.toLowerCase() === 'authorization') authorization += 1;
    else if (name.length === 12 && name.toLowerCase() === 'content-type') contentType += 1;
  }
  const headers = req.headers as RequestHeaders;
  if (authorization < 2 && contentType < 2) return headers;
  const distinct = req.headersDistinct;
  return {
    ...headers,
    authorization: distinct.authorization?.join(', '),
    'content-type': distinct['content-type']?.join(', '),
  };
}
