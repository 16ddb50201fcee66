import type { ApiRequestBody } from '../core/api/apiRequest.js';

/**
 * Reads a request body up to `limit` bytes. A declared Content-Length over the limit is refused
 * without reading a byte; a body that streams past it (chunked, or a lying length) is cancelled
 * as soon as it does, so a huge upload never sits in memory.
 */
export async function readCappedBody(request: Request, limit: number): Promise<ApiRequestBody> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    return { kind: 'too_large' };
  }
  if (!request.body) return { kind: 'none' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { kind: 'too_large' };
    }
    chunks.push(value);
  }
  if (size === 0) return { kind: 'none' };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // Invalid UTF-8 becomes U+FFFD and then, most likely, a 400 from JSON.parse: never a crash.
  return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes) };
}
