import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import type { Catalog } from '../../src/core/catalog.js';
import { createMemoryStore } from '../../src/mock/createMemoryStore.js';
import { createBatchedWriter, nodeListenerFor } from '../../src/server/createNodeListener.js';
import { createNodeServer } from '../../src/server/createNodeServer.js';
import type { HttpRequest, RequestHandler } from '../../src/server/createRequestHandler.js';

/*
 * The front door writes the answers ready within one event-loop turn together, after it
 * (docs/performance.md): none may be lost, reordered on its socket, or taken down by another.
 * Large work gives way: a large request body is handled, and a large answer written, a whole
 * turn later, after the small requests that arrived meanwhile.
 */

/** A stand-in for Node's ServerResponse that records what was written to it. */
function fakeResponse(name: string, log: string[], failure?: Error) {
  const res = {
    writeHead: () => {
      if (failure) throw failure;
      log.push(`${name}: head`);
    },
    cork: () => {},
    write: () => true,
    end: () => log.push(`${name}: end`),
    destroy: (error: Error) => log.push(`${name}: destroyed (${error.message})`),
  };
  return res as unknown as ServerResponse;
}

const answer = { status: 200, headers: {}, body: '{}' };

describe('createBatchedWriter', () => {
  it('writes the answers of one turn after it, in the order they were ready', async () => {
    const log: string[] = [];
    const write = createBatchedWriter();
    for (const name of ['a', 'b', 'c']) write(fakeResponse(name, log), answer);
    expect(log).toEqual([]);
    await nextTurn();
    expect(log).toEqual(['a: head', 'a: end', 'b: head', 'b: end', 'c: head', 'c: end']);
    write(fakeResponse('d', log), answer);
    await nextTurn();
    expect(log.slice(6)).toEqual(['d: head', 'd: end']);
  });

  it('writes an answer over 256 KB after a whole turn more, after the small ones', async () => {
    const log: string[] = [];
    const write = createBatchedWriter();
    const ofBytes = (n: number) => ({ status: 200, headers: {}, body: [new Uint8Array(n)] });
    write(fakeResponse('large', log), ofBytes(256 * 1024 + 1));
    write(fakeResponse('a', log), answer);
    write(fakeResponse('256 KB', log), ofBytes(256 * 1024));
    await nextTurn();
    expect(log).toEqual(['a: head', 'a: end', '256 KB: head', '256 KB: end']);
    write(fakeResponse('b', log), answer);
    await nextTurn();
    expect(log.slice(4)).toEqual(['b: head', 'b: end']);
    await nextTurn();
    expect(log.slice(6)).toEqual(['large: head', 'large: end']);
  });

  it('fails only the answer whose write failed', async () => {
    const log: string[] = [];
    const write = createBatchedWriter();
    write(fakeResponse('a', log), answer);
    write(fakeResponse('b', log, new Error('bad header')), answer);
    write(fakeResponse('c', log), answer);
    await nextTurn();
    expect(log).toEqual(['a: head', 'a: end', 'b: destroyed (bad header)', 'c: head', 'c: end']);
  });

  it('answers pipelined requests on one socket in order, and many sockets at once', async () => {
    const server = createNodeServer({
      store: createMemoryStore(),
      catalog: catalogJson as Catalog,
      secretKey: 'sk_test_batched',
      logger: () => {},
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      // Two requests in one packet: /health answers from the store, /catalog at once.
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let text = '';
        socket.on('data', (chunk) => {
          text += chunk.toString();
          if (text.includes('"plans"')) {
            socket.destroy();
            resolve(text);
          }
        });
        socket.on('error', reject);
        socket.write(
          'GET /health HTTP/1.1\r\nHost: localhost\r\n\r\nGET /catalog HTTP/1.1\r\nHost: localhost\r\n\r\n',
        );
      });
      expect(raw.indexOf('"ok":true')).toBeGreaterThan(0);
      expect(raw.indexOf('"ok":true')).toBeLessThan(raw.indexOf('"plans"'));

      const answers = await Promise.all(
        Array.from({ length: 64 }, (_, i) =>
          fetch(`http://127.0.0.1:${port}/${i % 2 ? 'catalog' : 'health'}`).then((res) =>
            res.json(),
          ),
        ),
      );
      answers.forEach((body, i) => {
        expect(body).toHaveProperty(i % 2 ? 'plans' : 'ok');
      });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('a large request body', () => {
  /** A stand-in for Node's IncomingMessage: a POST whose body is `text`. */
  function fakeRequest(path: string, text: string) {
    const req = Object.assign(new PassThrough(), {
      method: 'POST',
      url: path,
      headers: { host: 'localhost', 'content-length': String(text.length) },
      rawHeaders: ['Host', 'localhost', 'Content-Length', String(text.length)],
    });
    req.end(text);
    return req as unknown as IncomingMessage;
  }

  it('is handled after a whole turn of the event loop; 16 K characters or fewer at once', async () => {
    const order: string[] = [];
    const handle = Object.assign(
      async (request: HttpRequest) => {
        const body = await request.readBody(64 * 1024);
        order.push(`${request.path} (${body.kind === 'text' ? body.text.length : body.kind})`);
        return { status: 204, headers: {}, body: null };
      },
      { refuse: () => ({ status: 400, headers: {}, body: null }) },
    ) as RequestHandler;
    const listen = nodeListenerFor(handle);
    const log: string[] = [];
    setImmediate(() => setImmediate(() => order.push('next turn')));
    listen(fakeRequest('/large', 'x'.repeat(16 * 1024 + 1)), fakeResponse('large', log));
    listen(fakeRequest('/small', 'x'.repeat(16 * 1024)), fakeResponse('small', log));
    await expect.poll(() => order.length).toBe(3);
    expect(order).toEqual(['/small (16384)', 'next turn', '/large (16385)']);
  });
});
