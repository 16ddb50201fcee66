import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { writeResponse } from '../../src/server/createNodeListener.js';
import type { HttpResponse } from '../../src/server/createRequestHandler.js';

/* Large bodies go out as bytes, and a session's as a list of chunks (docs/server.md, Bounded
 * storage): the same bytes, the same Content-Length as a string body. */

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

  it('sends a list of chunks as one body, in order, with their total length', async () => {
    const parts = ['{"trail":[', '{"a":"é😀"}', ',', `"${'x'.repeat(300_000)}"`, ']}'];
    const answer = await served(parts.map((part) => Buffer.from(part)));
    expect(answer.text).toBe(parts.join(''));
    expect(JSON.parse(answer.text).trail).toHaveLength(2);
    expect(answer.length).toBe(String(Buffer.byteLength(parts.join(''))));
    expect(await served([])).toEqual({ length: '0', text: '' });
  });
});
