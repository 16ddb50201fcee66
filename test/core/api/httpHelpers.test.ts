import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/api/canonicalJson.js';
import { createSecrets, timingSafeEqual } from '../../../src/core/api/createSecrets.js';
import { findUnstorableText } from '../../../src/core/api/findUnstorableText.js';
import { matchRoute } from '../../../src/core/api/matchRoute.js';
import { expectedVersion, parseIfMatch } from '../../../src/core/api/parseIfMatch.js';
import { isJsonContentType, readJsonBody } from '../../../src/core/api/readJsonBody.js';

describe('parseIfMatch', () => {
  it.each([
    [undefined, { kind: 'absent' }],
    ['*', { kind: 'any' }],
    ['"3"', { kind: 'versions', versions: [3] }],
    [' "3" , "4" ', { kind: 'versions', versions: [3, 4] }],
    ['W/"3", "4"', { kind: 'versions', versions: [4] }],
    ['W/"3"', { kind: 'invalid' }],
    ['3', { kind: 'versions', versions: [3] }],
    ['3x', { kind: 'invalid' }],
    ['"03"', { kind: 'invalid' }],
    ['"-1"', { kind: 'invalid' }],
    ['', { kind: 'invalid' }],
  ])('%j → %j', (header, parsed) => {
    expect(parseIfMatch(header)).toEqual(parsed);
  });

  it('hands the rules the current version on a match and an impossible one otherwise', () => {
    expect(expectedVersion(parseIfMatch('"2", "5"'), 5)).toBe(5);
    expect(expectedVersion(parseIfMatch('"2"'), 5)).toBe(2);
    expect(expectedVersion(parseIfMatch('*'), 5)).toBeUndefined();
    expect(expectedVersion(parseIfMatch('junk'), 5)).toBe(-1);
  });
});

describe('request bodies', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['APPLICATION/JSON;charset="UTF-8"', true],
    ['application/json; charset=iso-8859-1', false],
    ['application/jsonp', false],
    ['text/json', false],
    [undefined, false],
  ])('content type %j is JSON: %s', (type, ok) => {
    expect(isJsonContentType(type)).toBe(ok);
  });

  it('checks size, then media type, then syntax; an empty body is none', () => {
    expect(readJsonBody({ kind: 'too_large' }, 'text/plain')).toMatchObject({
      failure: { httpStatus: 413 },
    });
    expect(readJsonBody({ kind: 'text', text: '{' }, 'text/plain')).toMatchObject({
      failure: { httpStatus: 415 },
    });
    expect(readJsonBody({ kind: 'text', text: '{' }, 'application/json')).toMatchObject({
      failure: { httpStatus: 400 },
    });
    expect(readJsonBody({ kind: 'text', text: '  ' }, undefined)).toEqual({
      ok: true,
      json: undefined,
    });
    expect(readJsonBody({ kind: 'text', text: '{"a":[1]}' }, 'application/json')).toEqual({
      ok: true,
      json: { a: [1] },
    });
  });

  it('finds text no database can store, however deep', () => {
    expect(findUnstorableText({ a: [{ b: 'ok' }, 'x\u0000'] })).toBe('a.1');
    expect(findUnstorableText({ 'k\ud800': 1 })).toBe('k\ud800');
    expect(findUnstorableText({ emoji: '😀' })).toBeNull();
    const deep = JSON.parse(`${'['.repeat(20_000)}"\\u0000"${']'.repeat(20_000)}`);
    expect(findUnstorableText(deep)).not.toBeNull();
  });
});

describe('canonicalJson', () => {
  it('ignores key order but not array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe('secrets', () => {
  const secrets = createSecrets(globalThis.crypto);

  it('makes v4 UUIDs and client secrets that name their session', () => {
    const id = secrets.newSessionId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const secret = secrets.newClientSecret(id);
    expect(secrets.sessionIdOfClientSecret(secret)).toBe(id);
    expect(secrets.newClientSecret(id)).not.toBe(secret);
    expect(secrets.sessionIdOfClientSecret(`${secret}x`)).toBeNull();
    expect(secrets.sessionIdOfClientSecret('sk_test_x')).toBeNull();
  });

  it('hashes with SHA-256 and compares without shortcuts', async () => {
    expect(await secrets.sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
  });
});

describe('matchRoute', () => {
  it.each([
    ['POST', '/checkout_session', { kind: 'create' }],
    ['POST', '/checkout_session/summary', { kind: 'summary' }],
    ['GET', '/checkout_session/abc', { kind: 'read', id: 'abc' }],
    ['patch', '/checkout_session/abc', { kind: 'update', id: 'abc' }],
    ['POST', '/checkout_session/abc/confirm', { kind: 'confirm', id: 'abc' }],
    ['GET', '/checkout_session/%E0%A4%A', { kind: 'read', id: '%E0%A4%A' }],
    ['PUT', '/checkout_session', { kind: 'method_not_allowed', allow: ['POST'] }],
    ['GET', '/checkout_session/', { kind: 'not_found' }],
    ['GET', '/catalog/', { kind: 'not_found' }],
  ])('%s %s', (method, path, route) => {
    expect(matchRoute(method, path)).toEqual(route);
  });
});
