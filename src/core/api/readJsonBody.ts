import type { Failure } from '../errors.js';
import type { ApiRequestBody } from './apiRequest.js';
import { findUnstorableText } from './findUnstorableText.js';

/** The body as JSON (`undefined` when there was none), or the 413 / 415 / 400 it earns. */
export type JsonBody = { ok: true; json: unknown } | { ok: false; failure: Failure };

/** `application/json`, any case, optionally with `charset=utf-8` (JSON is UTF-8 by RFC 8259). */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  if (header === 'application/json') return true;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => {
    const [name, value] = param.split('=').map((s) => s.trim());
    return name !== 'charset' || value === 'utf-8' || value === '"utf-8"';
  });
}

/**
 * Checks size, media type and syntax, in the contract's order (413, then 415, then 400). An
 * empty body counts as none, so a client that sends `Content-Length: 0` needs no Content-Type.
 */
export function readJsonBody(body: ApiRequestBody, contentType: string | undefined): JsonBody {
  if (body.kind === 'too_large') {
    return fail(413, 'payload_too_large', 'The request body is larger than 64 KiB.');
  }
  if (body.kind === 'none' || body.text.trim() === '') return { ok: true, json: undefined };
  if (!isJsonContentType(contentType)) {
    return fail(415, 'unsupported_media_type', 'Send the body as Content-Type: application/json.');
  }
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return fail(400, 'invalid_request', 'The request body is not valid JSON.');
  }
  // Only a \u0000 or surrogate escape, or a raw surrogate, can put unstorable text in the
  // parsed value: bodies without one (nearly all) skip walking it.
  const bad = mayHoldUnstorableText.test(body.text) ? findUnstorableText(json) : null;
  if (bad === null) return { ok: true, json };
  const message = 'Strings must be valid Unicode without NUL characters.';
  return {
    ok: false,
    failure: {
      httpStatus: 400,
      code: 'invalid_request',
      message,
      details: [{ path: bad, code: 'invalid_request', message }],
    },
  };
}

const mayHoldUnstorableText = /\\u(?:0000|[dD][89a-fA-F])|[\ud800-\udfff]/;

function fail(httpStatus: 400 | 413 | 415, code: Failure['code'], message: string): JsonBody {
  return { ok: false, failure: { httpStatus, code, message } };
}
