import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { writeResponse } from '../../src/server/createNodeListener.js';

/* Large bodies go out as one Buffer (docs/server.md, Bounded storage): the same bytes, the same
 * Content-Length as a string body. */

async function served(body: string) {
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
});
