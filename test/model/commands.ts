import type fc from 'fast-check';
import { expect } from 'vitest';
import type { Backend, WireRequest, WireResponse } from './backends.js';
import { secretKey } from './backends.js';
import { createMasker } from './mask.js';

/*
 * The commands of the model-based test: each sends the same request to every backend, with
 * sessions, secrets and tokens named symbolically (the n-th session created in this run), and
 * requires the same status, the same ETag / Idempotent-Replayed / Allow headers and the same
 * body once masked. The model only tracks what makes a request meaningful (how many sessions,
 * which support tokens), not what the answer should be: the backends judge each other.
 */

/** What the commands may refer to. */
export interface Model {
  sessions: number;
  /** Per support token, the session it was minted for. */
  tokens: number[];
}

/** One backend's side of the run: its own ids, secrets and tokens, and its masker. */
interface Side {
  backend: Backend;
  mask: (value: unknown) => unknown;
  sessions: { id: string; clientSecret: string }[];
  tokens: string[];
}

/** The backends under test; the first one is the reference the others must match. */
export interface World {
  sides: Side[];
  /** The version the reference last reported per session, for `If-Match: "<current>"`. */
  versions: number[];
  /** Per run, so idempotency keys of one run never meet another run's records. */
  run: string;
}

export function createWorld(backends: Backend[], run: string): World {
  return {
    sides: backends.map((backend) => ({
      backend,
      mask: createMasker(),
      sessions: [],
      tokens: [],
    })),
    versions: [],
    run,
  };
}

/** Who calls. `client`/`support` pick a session / token by index (mod the count). */
export type Credential =
  | { kind: 'secret' }
  | { kind: 'client'; of: number }
  | { kind: 'support'; of: number }
  | { kind: 'none' }
  | { kind: 'wrong' };

export type IfMatch = 'none' | 'current' | 'stale' | 'star' | 'weak' | 'garbage';

/** A request with symbolic parts, resolved per backend. */
export interface Call {
  name: string;
  method: string;
  /** The path; `{id}` stands for the target session's id. */
  path: string;
  target?: number;
  credential: Credential;
  body?: string;
  contentType?: string | null;
  ifMatch?: IfMatch;
  idempotencyKey?: string;
  /** Raw headers added as they are (names may repeat); `{secret}` is the secret key. */
  headers?: [string, string][];
}

const label = (call: Call) =>
  `${call.name} ${call.method} ${call.path.replace('{id}', `<session ${call.target}>`)} as ${
    call.credential.kind === 'client' || call.credential.kind === 'support'
      ? `${call.credential.kind} ${call.credential.of}`
      : call.credential.kind
  }${call.ifMatch && call.ifMatch !== 'none' ? ` If-Match:${call.ifMatch}` : ''}${
    call.idempotencyKey ? ` Idempotency-Key:${call.idempotencyKey.slice(0, 12)}` : ''
  }${call.contentType === undefined ? '' : ` Content-Type:${call.contentType}`}${
    call.headers ? ` ${JSON.stringify(call.headers)}` : ''
  } ${call.body ?? ''}`;

function resolve(call: Call, side: Side, world: World): WireRequest {
  const pick = <T>(list: T[], index: number) => list[index % list.length];
  const target = call.target === undefined ? undefined : pick(side.sessions, call.target);
  const headers: [string, string][] = [];
  const credential = call.credential;
  if (credential.kind === 'secret') headers.push(['authorization', `Bearer ${secretKey}`]);
  if (credential.kind === 'wrong') headers.push(['authorization', 'Bearer sk_test_wrong']);
  if (credential.kind === 'client') {
    const session = pick(side.sessions, credential.of);
    if (session) headers.push(['authorization', `Bearer ${session.clientSecret}`]);
  }
  if (credential.kind === 'support') {
    const token = pick(side.tokens, credential.of);
    if (token) headers.push(['authorization', `Bearer ${token}`]);
  }
  if (call.body !== undefined && call.contentType !== null) {
    headers.push(['content-type', call.contentType ?? 'application/json']);
  }
  const version = call.target === undefined ? 1 : (pick(world.versions, call.target) ?? 1);
  const ifMatch = {
    none: undefined,
    current: `"${version}"`,
    stale: `"${Math.max(1, version - 1)}"`,
    star: '*',
    weak: `W/"${version}"`,
    garbage: 'version-7',
  }[call.ifMatch ?? 'none'];
  if (ifMatch) headers.push(['if-match', ifMatch]);
  if (call.idempotencyKey) headers.push(['idempotency-key', `${call.idempotencyKey}-${world.run}`]);
  for (const [name, value] of call.headers ?? [])
    headers.push([name, value.replace('{secret}', secretKey)]);
  return {
    method: call.method,
    path: call.path.replace('{id}', target?.id ?? 'no-session'),
    headers,
    body: call.body,
  };
}

const compared = (response: WireResponse, mask: (value: unknown) => unknown) => ({
  status: response.status,
  etag: response.headers.etag,
  replayed: response.headers['idempotent-replayed'],
  allow: response.headers.allow,
  body: mask(response.body),
});

/** Sends `call` to every backend and requires the same masked answer; returns the answers. */
export async function sendToAll(call: Call, world: World): Promise<WireResponse[]> {
  const responses = await Promise.all(
    world.sides.map((side) => side.backend.send(resolve(call, side, world))),
  );
  const [reference, ...others] = world.sides;
  if (!reference) throw new Error('no backend');
  const expected = compared(responses[0] as WireResponse, reference.mask);
  others.forEach((side, i) => {
    const actual = compared(responses[i + 1] as WireResponse, side.mask);
    expect(actual, `${side.backend.name} vs ${reference.backend.name}: ${label(call)}`).toEqual(
      expected,
    );
  });
  return responses;
}

type Json = Record<string, unknown>;

/** After a 2xx that returns a session or a token, each side learns its own ids. */
function learn(call: Call, world: World, responses: WireResponse[], model: Model) {
  const first = responses[0];
  if (!first || first.status >= 300) return;
  const body = first.body as Json;
  if (body.object === 'checkout_session' && typeof body.version === 'number') {
    world.sides.forEach((side, i) => {
      const own = (responses[i]?.body ?? {}) as Json;
      const id = own.id as string;
      if (typeof own.client_secret === 'string' && !side.sessions.some((s) => s.id === id)) {
        side.sessions.push({ id, clientSecret: own.client_secret });
      }
    });
    const index = world.sides[0]?.sessions.findIndex((s) => s.id === body.id) ?? -1;
    if (index >= 0) world.versions[index] = body.version;
    model.sessions = world.sides[0]?.sessions.length ?? 0;
  }
  if (body.object === 'support_token' && call.target !== undefined) {
    world.sides.forEach((side, i) => {
      side.tokens.push(((responses[i]?.body ?? {}) as Json).token as string);
    });
    model.tokens.push(call.target);
  }
}

/** One call as a fast-check command; `needsSession`: only once a session exists. */
export class CallCommand implements fc.AsyncCommand<Model, World> {
  constructor(
    readonly call: Call,
    readonly needsSession: boolean,
  ) {}
  check(model: Readonly<Model>) {
    if (this.call.credential.kind === 'support' && model.tokens.length === 0) return false;
    if (this.call.credential.kind === 'client' && model.sessions === 0) return false;
    return !this.needsSession || model.sessions > 0;
  }
  async run(model: Model, world: World) {
    learn(this.call, world, await sendToAll(this.call, world), model);
  }
  toString() {
    return label(this.call);
  }
}
