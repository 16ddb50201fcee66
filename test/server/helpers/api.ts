import type { Hono } from 'hono';

/** Options of one test request. */
export interface CallOptions {
  token?: string;
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** What a test looks at: status, headers, the body as sent and parsed as JSON. */
export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely.
  body: any;
}

/** Sends a request to a Hono app (no socket) or a base URL (real socket), JSON in and out. */
export function apiCaller(target: Hono | string) {
  return async (method: string, path: string, options: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const init: RequestInit = { method, headers, ...(body === undefined ? {} : { body }) };
    const response =
      typeof target === 'string'
        ? await fetch(`${target}${path}`, init)
        : await target.request(path, init);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: text ? JSON.parse(text) : null,
    };
  };
}
