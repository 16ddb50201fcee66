import { createSecrets } from '../core/api/createSecrets.js';
import type { ApiService } from '../core/api/index.js';
import type { Store } from '../core/api/store.js';
import type { Catalog } from '../core/catalog.js';
import type { CreateRequest, PaymentMethod } from '../core/requests.js';
import { createSession, parseCreateRequest } from '../core/rules/index.js';
import type { Session } from '../core/session.js';

/**
 * A session the mock backend starts with. It is built by the same creation rule as
 * `POST /checkout_session`, with an id and client secret you may choose, so tests and demo
 * links know them up front.
 *
 * @example
 * { id: '4f1d2c3b-5a69-4e7d-8c1b-2a3f4e5d6c7b',
 *   create: { contract: { plan_id: 'team', quantity: 5, currency: 'USD' } },
 *   confirm: 'pm_card_ok' } // a paid, read-only session
 */
export interface MockSessionSeed {
  /** A UUID v4; default a fixed one per position (`00000000-0000-4000-8000-00000000000N`). */
  id?: string;
  /** Must have the API's shape, `cs_<id>_secret_<43 base64url chars>`; default `mockClientSecret(id)`. */
  clientSecret?: string;
  /** The body a merchant would POST to `/checkout_session`. */
  create: CreateRequest;
  /** Then confirm it through the API with this test card (for paid / processing / failed sessions). */
  confirm?: PaymentMethod;
}

/** A seeded session and the secret that opens it. */
export interface SeededSession {
  id: string;
  clientSecret: string;
  /** The session as it was once seeding finished. */
  session: Session;
}

/**
 * A well-formed, deterministic client secret for a seeded session id: mock links stay the same
 * across reloads. Never use this shape of secret outside the mock.
 *
 * @example mockClientSecret('00000000-0000-4000-8000-000000000001')
 */
export function mockClientSecret(id: string): string {
  return `cs_${id}_secret_mock${id.replaceAll('-', '')}${'0'.repeat(7)}`;
}

const defaultId = (index: number) =>
  `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;

/**
 * Creates the seeded sessions in `store` and confirms the ones that ask for it through
 * `service`, so a seed goes through the same rules as real traffic. Throws, naming the seed,
 * when one is invalid: a broken fixture should fail loudly, not show up as a 404 later.
 */
export async function seedSessions(
  service: ApiService,
  store: Store,
  seeds: readonly MockSessionSeed[],
  options: { catalog: Catalog; secretKey: string; clock: () => Date },
): Promise<SeededSession[]> {
  const secrets = createSecrets(globalThis.crypto);
  const seeded: SeededSession[] = [];
  for (const [index, seed] of seeds.entries()) {
    const id = seed.id ?? defaultId(index);
    const clientSecret = seed.clientSecret ?? mockClientSecret(id);
    if (secrets.sessionIdOfClientSecret(clientSecret) !== id) {
      throw new Error(`Seed ${index}: clientSecret must look like cs_${id}_secret_<43 chars>.`);
    }
    const parsed = parseCreateRequest(seed.create);
    if (!parsed.ok) throw new Error(`Seed ${index}: ${describeFailure(parsed.failure)}`);
    const ctx = { catalog: options.catalog, now: options.clock(), actor: 'merchant' as const };
    const created = createSession(parsed.value, ctx, id);
    if (!created.ok) throw new Error(`Seed ${index}: ${describeFailure(created.failure)}`);
    const secretHash = await secrets.sha256Hex(clientSecret);
    await store.transaction((tx) => tx.insert({ session: created.session, secretHash }));
    let session = created.session;
    if (seed.confirm) {
      const response = await service.handle({
        method: 'POST',
        path: `/checkout_session/${id}/confirm`,
        headers: {
          authorization: `Bearer ${options.secretKey}`,
          contentType: 'application/json',
        },
        body: { kind: 'text', text: JSON.stringify({ payment_method: seed.confirm }) },
      });
      if (response.status !== 200) {
        throw new Error(
          `Seed ${index}: confirm answered ${response.status} ${JSON.stringify(response.body)}`,
        );
      }
      session = response.body as Session;
    }
    seeded.push({ id, clientSecret, session });
  }
  return seeded;
}

function describeFailure(failure: {
  code: string;
  message: string;
  details?: { path: string; code: string }[];
}) {
  const details = failure.details?.map((d) => `${d.path}: ${d.code}`).join(', ');
  return details ? `${failure.message} (${details})` : failure.message;
}
