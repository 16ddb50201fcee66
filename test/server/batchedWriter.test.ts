import type { ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import type { Catalog } from '../../src/core/catalog.js';
import { createMemoryStore } from '../../src/mock/createMemoryStore.js';
import { createBatchedWriter } from '../../src/server/createNodeListener.js';
import { createNodeServer } from '../../src/server/createNodeServer.js';

/*
 * The front door writes the answers ready within one event-loop turn together, after it
 * (docs/performance.md): none may be lost, reordered on its socket, or taken down by another.
 */

/** A stand-in for Node's ServerResponse that records what was written to it. */
function fakeResponse(name: string, log: string[], failure?: Error) {
  const res = {
    writeHead: () => {
      if (failure) throw failure;
      log.push(`${name}: head`);
    },
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
