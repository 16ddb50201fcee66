import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authenticate } from '../../../src/core/api/authenticate.js';
import { createSecrets } from '../../../src/core/api/createSecrets.js';
import type { Store, StoredSession } from '../../../src/core/api/store.js';
import { makeSession } from '../factories.js';

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');
const secrets = createSecrets(globalThis.crypto, sha256Hex);
const secretKey = 'sk_test_authenticate';
const id = '5b0f7a44-6a4e-4c36-9a6c-2d1f0e6b9c11';
const clientSecret = `cs_${id}_secret_${'a'.repeat(43)}`;
const stored: StoredSession = {
  session: makeSession({ id }),
  secretHash: sha256Hex(clientSecret),
};

function storeWith(session: StoredSession | null) {
  const reads: string[] = [];
  const store = {
    get: async (sessionId: string) => {
      reads.push(sessionId);
      return session?.session.id === sessionId ? session : null;
    },
  } as unknown as Store;
  return { store, reads };
}

const now = new Date('2026-03-15T12:00:00.000Z');
const auth = (token: string, store: Store, at = now) =>
  authenticate(`Bearer ${token}`, sha256Hex(secretKey), secrets, store, at);

describe('authenticate', () => {
  it('checks a client secret against its session as the store reads it', async () => {
    const { store, reads } = storeWith(stored);
    expect(await auth(clientSecret, store)).toMatchObject({
      actor: 'client',
      sessionId: id,
      session: stored.session,
    });
    expect(reads).toEqual([id]);
  });

  it('refuses a wrong secret, an unknown session and garbage; knows the secret key', async () => {
    const wrong = `cs_${id}_secret_${'b'.repeat(43)}`;
    const other = `cs_${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}_secret_${'a'.repeat(43)}`;
    for (const token of [wrong, other, 'garbage']) {
      expect(await auth(token, storeWith(stored).store)).toBeNull();
    }
    const { store, reads } = storeWith(stored);
    expect(await auth(secretKey, store)).toMatchObject({ actor: 'merchant' });
    expect(reads).toEqual([]);
  });
});

describe('authenticate: support tokens', () => {
  const token = `st_${'s'.repeat(43)}`;
  const store = {
    getSupportToken: async (hash: string) =>
      hash === sha256Hex(token)
        ? {
            tokenHash: hash,
            sessionId: id,
            actor: 'Grace',
            expiresAt: '2026-03-15T12:15:00.000Z',
            createdAt: now.toISOString(),
          }
        : null,
  } as unknown as Store;

  it('finds a support token by its hash and names its session and actor', async () => {
    expect(await auth(token, store)).toEqual({
      actor: 'support',
      credentialHash: sha256Hex(token),
      sessionId: id,
      actorName: 'Grace',
    });
  });

  it('never mistakes a secret key shaped like a support token for one', async () => {
    const key = `st_${'k'.repeat(43)}`;
    const caller = await authenticate(`Bearer ${key}`, sha256Hex(key), secrets, store, now);
    expect(caller).toMatchObject({ actor: 'merchant' });
  });

  it('refuses it from expires_at on, and refuses an unknown one', async () => {
    expect(await auth(token, store, new Date('2026-03-15T12:14:59.999Z'))).not.toBeNull();
    expect(await auth(token, store, new Date('2026-03-15T12:15:00.000Z'))).toBeNull();
    expect(await auth(`st_${'t'.repeat(43)}`, store)).toBeNull();
  });
});
