import fc from 'fast-check';
import { CallCommand, type Credential, type IfMatch, type Model, type World } from './commands.js';

/*
 * What the model-based test draws: request bodies (valid and not), credentials, If-Match and
 * Idempotency-Key choices, and the command mix.
 */

// Bodies as JSON text: an object literal cannot hold a "__proto__" key.
const contract = (plan: string, quantity: number | null, currency = 'USD') =>
  JSON.stringify({ plan_id: plan, ...(quantity === null ? {} : { quantity }), currency });
const prototypeKeys = '{"constructor":"a","toString":"b","valueOf":"c","__proto__":"d"}';

const createBodies = fc.oneof(
  fc
    .integer({ min: 1, max: 600 })
    .map((q) => `{"contract":${contract('team', q)},"customer":{"email":"guest@example.com"}}`),
  fc.constant(
    `{"contract":${contract('starter', null, 'EUR')},"customer_id":"cus_1","customer":{"email":"ada@example.com","name":"Ada"}}`,
  ),
  fc.constant(`{"contract":${contract('nope', 1)}}`),
  fc.constant(`{"contract":${contract('team', 2)},"custom_data":${prototypeKeys}}`),
  fc.constant('{"contract":'),
);
const updateBodies = fc.oneof(
  fc.integer({ min: 0, max: 600 }).map((q) => `{"contract":${contract('team', q)}}`),
  fc.constant(`{"contract":${contract('scale', 20)},"update_reason":"plan_change"}`),
  fc.constant(`{"contract":${contract('team', 3, 'EUR')}}`),
  fc.constant('{"customer":{"email":"not an email"}}'),
  fc.constant('{"customer":{"name":"Grace","phone":"+44 20 7946 0958"}}'),
  fc.constant(`{"custom_data":${prototypeKeys}}`),
  fc.constant('{"unknown_field":1}'),
  fc.constant('[]'),
  fc.constant('{'),
);
const summaryBodies = fc.oneof(
  fc.integer({ min: 0, max: 1200 }).map((q) => `{"contract":${contract('usage', q)}}`),
  fc.constant(`{"contract":${contract('scale', 5)}}`),
  fc.constant(`{"contract":${contract('starter', null, 'JPY')}}`),
  fc.constant('{"contract":{}}'),
);

const index = fc.nat({ max: 7 });
const credentials = (withSupport: boolean): fc.Arbitrary<Credential> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant({ kind: 'secret' as const }) },
    { weight: 3, arbitrary: index.map((of) => ({ kind: 'client' as const, of })) },
    ...(withSupport
      ? [{ weight: 2, arbitrary: index.map((of) => ({ kind: 'support' as const, of })) }]
      : []),
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'wrong' as const }) },
  );
const ifMatches = fc.constantFrom<IfMatch>(
  'none',
  'current',
  'current',
  'stale',
  'star',
  'weak',
  'garbage',
);
const idempotencyKeys = fc.option(fc.constantFrom('key-a', 'key-b', 'k'.repeat(300)), {
  nil: undefined,
});
const contentTypes = fc.constantFrom<string | null | undefined>(
  undefined,
  undefined,
  undefined,
  'application/json; charset=utf-8',
  'text/plain',
  null,
);

/** The command arbitraries; support-token commands only where the backends have the endpoint. */
export function commands(withSupportTokens: boolean) {
  const who = credentials(withSupportTokens);
  // Updates are where the rules are: drawn three times as often.
  const list: fc.Arbitrary<fc.AsyncCommand<Model, World>>[] = [
    fc
      .record({ body: createBodies, credential: who, idempotencyKey: idempotencyKeys })
      .map(
        (c) =>
          new CallCommand(
            { name: 'create', method: 'POST', path: '/checkout_session', ...c },
            false,
          ),
      ),
    fc
      .record({ target: index, credential: who })
      .map(
        (c) =>
          new CallCommand(
            { name: 'read', method: 'GET', path: '/checkout_session/{id}', ...c },
            true,
          ),
      ),
    fc
      .record({
        target: index,
        credential: who,
        body: updateBodies,
        contentType: contentTypes,
        ifMatch: ifMatches,
        idempotencyKey: idempotencyKeys,
      })
      .map(
        (c) =>
          new CallCommand(
            { name: 'update', method: 'PATCH', path: '/checkout_session/{id}', ...c },
            true,
          ),
      ),
    fc
      .record({ credential: who, body: summaryBodies })
      .map(
        (c) =>
          new CallCommand(
            { name: 'summary', method: 'POST', path: '/checkout_session/summary', ...c },
            false,
          ),
      ),
    fc
      .record({
        target: index,
        credential: who,
        body: fc
          .constantFrom('pm_card_ok', 'pm_card_pending', 'pm_card_declined', 'pm_nope')
          .map((pm) => `{"payment_method":"${pm}"}`),
        ifMatch: ifMatches,
        idempotencyKey: idempotencyKeys,
      })
      .map(
        (c) =>
          new CallCommand(
            { name: 'confirm', method: 'POST', path: '/checkout_session/{id}/confirm', ...c },
            true,
          ),
      ),
  ];
  list.push(list[2] as (typeof list)[number], list[2] as (typeof list)[number]);
  if (withSupportTokens) {
    // Minted twice as often as the rarest calls, so a token is often there to call with.
    list.push(
      fc
        .record({
          target: index,
          credential: fc.oneof(fc.constant({ kind: 'secret' as const }), who),
          body: fc.constantFrom(
            '{"actor":"Demo agent"}',
            '{"actor":"Demo agent","ttl_seconds":60}',
            '{"actor":""}',
            '{"actor":"Demo agent","ttl_seconds":5}',
          ),
        })
        .map(
          (c) =>
            new CallCommand(
              {
                name: 'support token',
                method: 'POST',
                path: '/checkout_session/{id}/support_tokens',
                ...c,
              },
              true,
            ),
        ),
    );
  }
  if (withSupportTokens) list.push(list.at(-1) as (typeof list)[number]);
  return fc.commands(list, { maxCommands: 20 });
}
