import type { IncomingMessage } from 'node:http';
import type { ApiRequestBody } from '../core/api/apiRequest.js';

/**
 * Reads a request body straight from Node's IncomingMessage, up to `limit` bytes: the same
 * rules as readCappedBody without building a web Request and stream per request. A declared
 * Content-Length over the limit is refused without reading a byte; a body that streams past it
 * stops being read at once (the caller answers 413 with `Connection: close`).
 */
export function readIncomingBody(
  incoming: IncomingMessage,
  limit: number,
): Promise<ApiRequestBody> {
  const declared = incoming.headers['content-length'];
  if (declared !== undefined && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    return Promise.resolve({ kind: 'too_large' });
  }
  if (incoming.readableEnded) return Promise.resolve({ kind: 'none' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (body: ApiRequestBody) => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('close', onClose);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        incoming.pause();
        done({ kind: 'too_large' });
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      if (size === 0) return done({ kind: 'none' });
      const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
      // Like TextDecoder: invalid UTF-8 becomes U+FFFD (then a 400), a leading BOM is dropped.
      const text = bytes.toString('utf8');
      done({ kind: 'text', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
    };
    // The client went away mid-body: nobody reads the answer, and no body means no write.
    const onClose = () => done({ kind: 'none' });
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('close', onClose);
  });
}
