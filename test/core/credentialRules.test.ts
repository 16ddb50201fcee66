import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  applyUpdate,
  checkFieldPermissions,
  checkSupportTokenRequest,
  findInvalidCharacter,
  parseUpdateRequest,
  shortenAuditEntry,
  type UpdateRequest,
} from '../../src/core/index.js';
import { makeCtx, makeSession } from './factories.js';

/* The rules of issue 12, as tables: who may change what, support tokens, text and URLs. */

describe('checkFieldPermissions', () => {
  it.each<[UpdateRequest, string[]]>([
    [{ contract: { plan_id: 'team', currency: 'USD' } }, []],
    [{ customer: { name: 'A' }, attribution: {}, currency: 'USD' }, []],
    [{ update_reason: 'other', update_note: 'n', customer: { email: 'a@b.co' } }, []],
    [{ expires_at: '2026-04-01T00:00:00Z' }, ['expires_at']],
    [{ success_url: null }, ['success_url']],
    [{ cancel_url: 'https://a.example' }, ['cancel_url']],
    [{ pending_url: 'https://a.example' }, ['pending_url']],
    [{ custom_data: {} }, ['custom_data']],
    [
      { customer: { name: 'A' }, custom_data: { a: 1 }, expires_at: 'x' },
      ['custom_data', 'expires_at'],
    ],
  ])('client sending %j → forbidden at %j', (req, paths) => {
    const failure = checkFieldPermissions(req, 'client');
    if (paths.length === 0) expect(failure).toBeNull();
    else {
      expect(failure).toMatchObject({ httpStatus: 403, code: 'forbidden_field' });
      expect(failure?.details?.map((d) => [d.path, d.code])).toEqual(
        paths.map((path) => [path, 'forbidden_field']),
      );
    }
  });

  it.each(['merchant', 'support'] as const)('lets %s send every field', (actor) => {
    expect(checkFieldPermissions({ expires_at: 'x', custom_data: { a: 1 } }, actor)).toBeNull();
  });
});

describe('checkSupportTokenRequest', () => {
  it.each<[{ actor: string; ttl_seconds?: number }, string, number]>([
    [{ actor: 'Grace' }, 'Grace', 900],
    [{ actor: '  Grace  ', ttl_seconds: 60 }, 'Grace', 60],
    [{ actor: 'x'.repeat(100), ttl_seconds: 3600 }, 'x'.repeat(100), 3600],
  ])('%j → actor %j for %i s', (req, actor, ttlSeconds) => {
    expect(checkSupportTokenRequest(req)).toEqual({ ok: true, actor, ttlSeconds });
  });

  it.each<[{ actor: string; ttl_seconds?: number }, [string, string][]]>([
    [{ actor: '' }, [['actor', 'required']]],
    [{ actor: ' \t ' }, [['actor', 'required']]],
    [{ actor: 'x'.repeat(101) }, [['actor', 'too_long']]],
    [{ actor: 'Gr\u200bace' }, [['actor', 'invalid_characters']]],
    [{ actor: 'a', ttl_seconds: 59 }, [['ttl_seconds', 'ttl_out_of_range']]],
    [{ actor: 'a', ttl_seconds: 3601 }, [['ttl_seconds', 'ttl_out_of_range']]],
    [
      { actor: '', ttl_seconds: 0 },
      [
        ['actor', 'required'],
        ['ttl_seconds', 'ttl_out_of_range'],
      ],
    ],
  ])('%j → 422 %j', (req, problems) => {
    const result = checkSupportTokenRequest(req);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.failure.httpStatus).toBe(422);
      expect(result.failure.details?.map((d) => [d.path, d.code])).toEqual(problems);
    }
  });
});

describe('findInvalidCharacter', () => {
  it.each([
    ['\u0000', 0],
    ['a\u0007', 1],
    ['a\tb', 1],
    ['a\nb', 1],
    ['\u007f', 0],
    ['\u0085', 0],
    ['\u009f', 0],
    ['ab\u200b', 2],
    ['\u200c', 0],
    ['\u200d', 0],
    ['\u202a', 0],
    ['\u202e', 0],
    ['\u2066', 0],
    ['\u2069', 0],
    ['x\ufeff', 1],
    // api.md lists U+200D whole: an emoji ZWJ sequence is refused too (docs/rules.md).
    ['👩🏽‍💻', 4],
  ])('%j has one at %i', (text, index) => {
    expect(findInvalidCharacter(text)).toBe(index);
  });

  it.each([
    'Ada Lovelace',
    'Zoë Ørsted',
    'علي',
    '山田太郎',
    '👩🏽',
    '\u200e',
    '\u2028x'.slice(1),
    'a\u00a0b',
  ])('%j has none', (text) => {
    expect(findInvalidCharacter(text)).toBeNull();
  });
});

describe('customer text: invalid_characters', () => {
  const session = makeSession();
  const problems = (req: UpdateRequest) => {
    const outcome = applyUpdate(session, req, makeCtx(), {});
    return outcome.kind === 'rejected'
      ? (outcome.failure.details ?? []).map((d) => [d.path, d.code])
      : [];
  };
  it.each<[UpdateRequest, string]>([
    [{ customer: { name: 'Ada\u202eecalevoL' } }, 'customer.name'],
    [{ customer: { company: 'Acme\u0000' } }, 'customer.company'],
    [{ customer: { phone: '+49\u200b30' } }, 'customer.phone'],
    [{ customer: { email: 'ada\u2066@example.com' } }, 'customer.email'],
    [
      { customer: { address: { line1: 'Main St\n1', city: 'Berlin', country: 'DE' } } },
      'customer.address.line1',
    ],
    [
      { customer: { address: { line1: 'Main St 1', city: 'Ber\u0085lin', country: 'DE' } } },
      'customer.address.city',
    ],
  ])('%j → 422 at %s', (req, path) => {
    expect(problems(req)).toEqual([[path, 'invalid_characters']]);
  });

  it('accepts text that only has such characters at its ends (trimmed away)', () => {
    expect(problems({ customer: { name: '\ufeffAda\n' } })).toEqual([]);
  });
});

describe('redirect URLs: invalid_url', () => {
  const problems = (url: string) => {
    const outcome = applyUpdate(makeSession(), { success_url: url }, makeCtx(), {});
    return outcome.kind === 'rejected' ? (outcome.failure.details ?? []).map((d) => d.code) : [];
  };
  it.each([
    'https://user@shop.example/done',
    'https://user:pw@shop.example/done',
    'https://@shop.example/done',
    'https://shop.example@evil.example/',
    'https://shop.example\\@evil.example/',
    'https://shop.example/done\\x',
    'https:///shop.example/done',
    'https://127.0.0.1/done',
    'https://10.0.0.1:8443/done',
    'https://2130706433/done',
    'https://0x7f.1/done',
    'https://[::1]/done',
    'https://[2001:db8::1]:443/done',
    'https://shop.example:0/done',
    'https://shop.example:000/done',
  ])('%s → invalid_url', (url) => {
    expect(problems(url)).toEqual(['invalid_url']);
  });

  it.each([
    'https://shop.example/done',
    'https://shop.example:8443/done?x=@y',
    'https://xn--bcher-kva.example/done#@',
    'https://shop.example/path@x',
    'https://1shop.example/',
  ])('%s is fine', (url) => {
    expect(problems(url)).toEqual([]);
  });

  it('leaves attribution URLs to the looser rule (recorded, never followed)', () => {
    const outcome = applyUpdate(
      makeSession(),
      {
        attribution: {
          referrer: 'http://192.168.1.10/intranet',
          landing_page: 'https://user@x.example/',
        },
      },
      makeCtx(),
      {},
    );
    expect(outcome.kind).toBe('changed');
  });
});

describe('shortenAuditEntry', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const entry = (from: unknown, to: unknown): AuditEntry => ({
    at: '2026-03-15T12:00:00.000Z',
    version: 2,
    actor: 'merchant',
    actor_name: null,
    request_id: 'req_x',
    reason: null,
    note: null,
    changes: [{ field: 'success_url', from, to }],
  });
  it.each<[unknown, unknown]>([
    ['x'.repeat(64), 'x'.repeat(64)],
    [null, null],
    [5, 5],
    [[{ product_id: 'seats', quantity: 2 }], [{ product_id: 'seats', quantity: 2 }]],
    [
      'y'.repeat(65),
      { truncated: true, prefix: 'y'.repeat(64), length: 65, sha256: sha('y'.repeat(65)) },
    ],
    [
      `${'a'.repeat(63)}😀b`,
      { truncated: true, prefix: 'a'.repeat(63), length: 66, sha256: sha(`${'a'.repeat(63)}😀b`) },
    ],
  ])('%j is recorded as %j', (value, recorded) => {
    const shortened = shortenAuditEntry(entry(value, value), sha);
    expect(shortened.changes[0]).toEqual({ field: 'success_url', from: recorded, to: recorded });
  });
});

describe('parseUpdateRequest: custom_data keys', () => {
  it('keeps __proto__ and friends as own keys', () => {
    const parsed = parseUpdateRequest(
      JSON.parse('{"custom_data":{"__proto__":"p","constructor":null,"valueOf":2}}'),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const data = parsed.value.custom_data ?? {};
      expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'valueOf']);
      expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    }
  });

  it.each(['[]', '{}', '[1,2]', '"x"'])('lets audit_trail: %s through to the 422 rule', (value) => {
    const parsed = parseUpdateRequest(JSON.parse(`{"custom_data":{"audit_trail":${value}}}`));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const outcome = applyUpdate(makeSession(), parsed.value, makeCtx(), {});
    expect(outcome.kind === 'rejected' && outcome.failure.details).toEqual([
      {
        path: 'custom_data.audit_trail',
        code: 'reserved_custom_data_key',
        message: expect.any(String),
      },
    ]);
  });
});
