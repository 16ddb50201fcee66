import { describe, expect, it } from 'vitest';
import type { StoredSession } from '../../src/core/api/store.js';
import type { Session } from '../../src/core/session.js';
import { createMemoryStore } from '../../src/mock/createMemoryStore.js';
import { makeSession } from '../core/factories.js';

const makeRecord = (overrides: Partial<Session> = {}): StoredSession => ({
  secretHash: 'ab'.repeat(32),
  session: makeSession({ id: '00000000-0000-4000-8000-000000000001', version: 1, ...overrides }),
});

const withVersion = (record: StoredSession, version: number): StoredSession => ({
  ...record,
  session: { ...record.session, version },
});

describe('createMemoryStore', () => {
  it('commits what a transaction wrote', async () => {
    const store = createMemoryStore();
    const record = makeRecord();
    await store.transaction((tx) => tx.insert(record));
    expect(await store.get(record.session.id)).toEqual(record);
  });

  it('rolls back everything when the transaction throws', async () => {
    const store = createMemoryStore();
    const record = makeRecord();
    await store.transaction((tx) => tx.insert(record));
    const failing = store.transaction(async (tx) => {
      await tx.update(withVersion(record, 2));
      await tx.putIdempotency({
        scope: 's',
        key: 'k',
        requestHash: 'h',
        status: 200,
        body: {},
        sessionId: record.session.id,
        createdAt: '2026-11-25T00:00:00.000Z',
      });
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect((await store.get(record.session.id))?.session.version).toBe(1);
    expect(store.idempotencyRecords()).toEqual([]);
  });

  it('hands out copies, so callers cannot change stored state', async () => {
    const store = createMemoryStore();
    const record = makeRecord();
    await store.transaction((tx) => tx.insert(record));
    record.session.version = 99;
    const read = await store.get(record.session.id);
    if (!read) throw new Error('missing');
    read.session.contract.currency = 'EUR';
    expect(await store.get(record.session.id)).toEqual(makeRecord());
  });

  it('runs transactions one at a time, so read-modify-write never loses an update', async () => {
    const store = createMemoryStore();
    const record = makeRecord();
    await store.transaction((tx) => tx.insert(record));
    const bump = () =>
      store.transaction(async (tx) => {
        const current = await tx.getForUpdate(record.session.id);
        if (!current) throw new Error('missing');
        await new Promise((resolve) => setTimeout(resolve, 1));
        await tx.update(withVersion(current, current.session.version + 1));
      });
    await Promise.all(Array.from({ length: 10 }, bump));
    expect((await store.get(record.session.id))?.session.version).toBe(11);
  });

  it('keeps serving transactions after one failed', async () => {
    const store = createMemoryStore();
    await expect(store.transaction(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(store.transaction(async () => 'ok')).resolves.toBe('ok');
  });

  it('ignores idempotency records older than notBefore', async () => {
    const store = createMemoryStore();
    const record = {
      scope: 'session:1:PATCH:/checkout_session/1',
      key: 'k1',
      requestHash: 'h',
      status: 200,
      body: { ok: true },
      sessionId: null,
      createdAt: '2026-11-25T00:00:00.000Z',
    };
    await store.transaction((tx) => tx.putIdempotency(record));
    const [fresh, stale] = await store.transaction(async (tx) => [
      await tx.getIdempotency(record.scope, 'k1', '2026-11-24T00:00:00.000Z'),
      await tx.getIdempotency(record.scope, 'k1', '2026-11-25T00:00:01.000Z'),
    ]);
    expect(fresh).toEqual(record);
    expect(stale).toBeNull();
  });

  it('refuses to insert a session twice and to update an unknown one', async () => {
    const store = createMemoryStore();
    const record = makeRecord();
    await store.transaction((tx) => tx.insert(record));
    await expect(store.transaction((tx) => tx.insert(record))).rejects.toThrow('already exists');
    const other = makeRecord({ id: '00000000-0000-4000-8000-000000000002' });
    await expect(store.transaction((tx) => tx.update(other))).rejects.toThrow('does not exist');
  });
});
