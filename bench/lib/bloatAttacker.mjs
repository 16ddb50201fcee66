// The attacker of bench/bloat.mjs, in a worker thread: reading its ~5 MB responses must not
// stall the event loop that times the other sessions' updates (it did: the victims' latency
// then included the bench's own work on the attacker's responses).
// Messages: { kind: 'update', count } sends `count` new ~40 KB PATCHes, each with a fresh
// Idempotency-Key; { kind: 'keyed', from, count } sends the last body again with the keys
// n<from>…n<from+count-1> (no-ops the first time, replays the second). Answers { requestBytes }.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { attackBody, patch } from './bloatClients.mjs';

const { origin, secretKey, id } = workerData;
let body;
let requestBytes = 0;

parentPort.on('message', async ({ kind, count, from = 0 }) => {
  try {
    for (let i = 0; i < count; i++) {
      if (kind === 'update') {
        body = attackBody();
        requestBytes += JSON.stringify(body).length;
        await patch(origin, secretKey, id, body, randomUUID());
      } else {
        await patch(origin, secretKey, id, body, `n${from + i}`);
      }
    }
    parentPort.postMessage({ requestBytes });
  } catch (error) {
    parentPort.postMessage({ error: error.message });
  }
});
