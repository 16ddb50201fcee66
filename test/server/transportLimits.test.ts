import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/startServer.js';

/* The transport's own limits, on real sockets: slow clients, unparsable requests, too many. */

const lines: Record<string, unknown>[] = [];
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    env: { PORT: '0', DATA_DIR: ':memory:' },
    logger: (line) => lines.push(line),
    limits: { headersTimeoutMs: 400, requestTimeoutMs: 800, maxConnections: 4 },
  });
});
afterAll(() => server?.close());

/** Opens a socket, writes `text`, and collects everything until the server closes it. */
function exchange(text: string, { wait = 5_000 } = {}) {
  return new Promise<{ received: string; ms: number; closed: boolean }>((resolve, reject) => {
    const started = Date.now();
    const socket = connect(server.port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      received += chunk;
    });
    socket.on('error', reject);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ received, ms: Date.now() - started, closed: false });
    }, wait);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ received, ms: Date.now() - started, closed: true });
    });
    socket.write(text);
  });
}

const bodyOf = (received: string) => JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4));

describe('transport limits', () => {
  it('headers that never end: a JSON 408 and the socket closed, within the headers timeout', async () => {
    const { received, ms, closed } = await exchange('GET /catalog HTTP/1.1\r\nHost: x\r\n');
    expect(closed).toBe(true);
    expect(ms).toBeLessThan(3_000);
    expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(received).toMatch(/content-type: application\/json/i);
    expect(bodyOf(received).error.code).toBe('request_timeout');
    expect(lines).toContainEqual(expect.objectContaining({ status: 408 }));
  });

  it('a body that stalls: 408 within the request timeout, not minutes later', async () => {
    const head =
      'POST /checkout_session/summary HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
      'Authorization: Bearer sk_test_checkout_editor_dev\r\nContent-Length: 200\r\n\r\n';
    const { received, ms, closed } = await exchange(`${head}{"contract":`);
    expect(closed).toBe(true);
    expect(ms).toBeLessThan(3_000);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(bodyOf(received).error.code).toBe('request_timeout');
  });

  it('a request Node cannot parse: a JSON 400; oversized headers: a JSON 431', async () => {
    const garbage = await exchange('NOT HTTP AT ALL\r\n\r\n');
    expect(garbage.received).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(bodyOf(garbage.received).error).toMatchObject({ code: 'invalid_request' });
    const head = await exchange('HEAD http://a.aa# HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(head.received).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*\r\n\r\n$/);
    const big = await exchange(
      `GET /catalog HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(big.received).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(big.received).error.code).toBe('headers_too_large');
    // Each answer stays small, whatever was sent.
    expect(big.received.length).toBeLessThan(600);
  });

  it('connections beyond the cap are closed at once; the others keep working', async () => {
    const open: Socket[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        const socket = connect(server.port, '127.0.0.1');
        await new Promise((resolve) => socket.once('connect', resolve));
        open.push(socket);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      const extra = await exchange('GET /health HTTP/1.1\r\nHost: x\r\n\r\n', { wait: 2_000 });
      expect(extra).toMatchObject({ received: '', closed: true });
      expect(lines).toContainEqual(
        expect.objectContaining({ msg: 'connections_dropped', maxConnections: 4 }),
      );
    } finally {
      for (const socket of open) socket.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});
