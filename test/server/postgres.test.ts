import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/server/storage/createPostgresStore.js';
import { migrations } from '../../src/server/storage/migrations.js';
import { concurrencySuite } from './helpers/concurrencySuite.js';
import {
  type PostgresCluster,
  skipPostgres,
  startPostgresCluster,
} from './helpers/postgresCluster.js';
import { type ServerProcess, startServerProcess } from './helpers/serverProcess.js';

/*
 * The same storage and races on a real PostgreSQL, with TWO server processes sharing it: row
 * locks, advisory locks and idempotency records must coordinate across processes.
 */

if (skipPostgres) console.warn('SKIP_PG=1: skipping the PostgreSQL tests.');

const key = 'sk_test_postgres_suite';
let cluster: PostgresCluster | undefined;
let servers: ServerProcess[] = [];

describe.skipIf(skipPostgres)('PostgreSQL with two server processes', () => {
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const env = { DATABASE_URL: cluster.url, CHECKOUT_SECRET_KEY: key };
    // Both start at once, so both race to migrate: the advisory lock must make that safe.
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await cluster?.stop();
  });

  it('migrated the schema exactly once', async () => {
    const client = new pg.Client({ connectionString: cluster?.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(rows).toEqual(migrations.map(({ version, name }) => ({ version, name })));
    } finally {
      await client.end();
    }
    const again = await createPostgresStore({ connectionString: cluster?.url ?? '' });
    await again.close();
  });

  it('both processes see the same sessions', async () => {
    const [a, b] = servers;
    const created = await fetch(`${a?.url}/checkout_session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ contract: { plan_id: 'team', quantity: 4, currency: 'USD' } }),
    }).then((r) => r.json());
    const read = await fetch(`${b?.url}/checkout_session/${created.id}`, {
      headers: { authorization: `Bearer ${created.client_secret}` },
    });
    expect(read.status).toBe(200);
    expect((await read.json()).estimates.total).toBe(4800);
  });

  it("answers summary with a completed session's client secret 401 on both processes at once", async () => {
    const [a, b] = servers;
    const created = await fetch(`${a?.url}/checkout_session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        contract: { plan_id: 'team', quantity: 2, currency: 'USD' },
        customer: { email: 'pg@example.com' },
      }),
    }).then((r) => r.json());
    const summary = (url: string | undefined) =>
      fetch(`${url}/checkout_session/summary`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${created.client_secret}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ contract: { plan_id: 'team', quantity: 3, currency: 'USD' } }),
      });
    expect((await summary(b?.url)).status).toBe(200);
    const confirmed = await fetch(`${a?.url}/checkout_session/${created.id}/confirm`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${created.client_secret}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ payment_method: 'pm_card_ok' }),
    });
    expect(confirmed.status).toBe(200);
    expect((await summary(b?.url)).status).toBe(401);
    expect((await summary(a?.url)).status).toBe(401);
  });

  it('honours a support token minted on one process on the other, scoped and audited', async () => {
    const [a, b] = servers;
    const post = (url: string, token: string, body: unknown, method = 'POST') =>
      fetch(url, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const contract = { plan_id: 'team', quantity: 2, currency: 'USD' };
    const mine = await post(`${a?.url}/checkout_session`, key, { contract }).then((r) => r.json());
    const other = await post(`${a?.url}/checkout_session`, key, { contract }).then((r) => r.json());
    const minted = await post(`${a?.url}/checkout_session/${mine.id}/support_tokens`, key, {
      actor: 'Grace',
    });
    expect(minted.status).toBe(201);
    const { token } = await minted.json();
    const patched = await post(
      `${b?.url}/checkout_session/${mine.id}`,
      token,
      { custom_data: { ticket: 'T-9' } },
      'PATCH',
    );
    expect(patched.status).toBe(200);
    const requestId = patched.headers.get('request-id');
    expect(requestId).toMatch(/^req_/);
    const entry = (await patched.json()).custom_data.audit_trail.at(-1);
    expect(entry).toMatchObject({ actor: 'support', actor_name: 'Grace', request_id: requestId });
    const elsewhere = await fetch(`${b?.url}/checkout_session/${other.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(elsewhere.status).toBe(404);
    const confirm = await post(`${b?.url}/checkout_session/${mine.id}/confirm`, token, {
      payment_method: 'pm_card_ok',
    });
    expect(confirm.status).toBe(403);
  });

  concurrencySuite(() => ({ urls: servers.map((s) => s.url), key }));
});
