import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { joinJsonBody } from '../../src/server/createJsonBody.js';
import { writeResponse } from '../../src/server/createNodeListener.js';
import type { HttpResponse } from '../../src/server/createRequestHandler.js';

/* Large bodies go out as one Buffer (docs/server.md, Bounded storage): the same bytes, the same
 * Content-Length as a string body. */

async function served(body: HttpResponse['body']) {
  const server = createServer((_req, res) =>
    writeResponse(res, { status: 200, headers: { 'content-type': 'application/json' }, body }),
  ).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return { length: res.headers.get('content-length'), text: await res.text() };
  } finally {
    server.close();
  }
}

describe('writeResponse', () => {
  it('sends small and large bodies, non-ASCII included, byte for byte with their length', async () => {
    for (const body of ['{"a":"é"}', JSON.stringify({ text: 'é😀"'.repeat(40_000) })]) {
      const answer = await served(body);
      expect(answer.text).toBe(body);
      expect(answer.length).toBe(String(Buffer.byteLength(body)));
    }
  });

  it('sends a body in pieces as their joined text, with its length in bytes', async () => {
    const entry = JSON.stringify({ text: 'é😀"'.repeat(5_000) });
    const pieces = [
      '{"trail":[',
      ...Array.from({ length: 120 }, (_, i) => (i ? `,${entry}` : entry)),
      ']}',
    ];
    const answer = await served(pieces);
    expect(answer.text).toBe(joinJsonBody(pieces));
    expect(JSON.parse(answer.text).trail).toHaveLength(120);
    expect(answer.length).toBe(String(Buffer.byteLength(joinJsonBody(pieces))));
  });

  it('stops writing the pieces when the client goes away', async () => {
    const pieces = Array.from({ length: 400 }, () => 'x'.repeat(64 * 1024));
    let finished!: Promise<void>;
    const server = createServer((_req, res) => {
      finished = writeResponse(res, { status: 200, headers: {}, body: pieces });
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const controller = new AbortController();
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
        signal: controller.signal,
      });
      const reader = res.body?.getReader();
      await reader?.read();
      controller.abort();
      await expect(finished).resolves.toBeUndefined();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
