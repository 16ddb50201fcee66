import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/createApp.js';
import { catalog } from './helpers/apiApp.js';
import { key, origin, startHttpSuite } from './helpers/httpSuite.js';

/* The HTTP adapter: routes, logging, the OpenAPI document and CORS (bodies: httpBodies.test.ts). */

const { store, app, call, lines, session } = await startHttpSuite();

describe('routes', () => {
  it('serves the catalog and health to anyone', async () => {
    expect((await call('GET', '/catalog')).body).toEqual(catalog);
    expect(await call('GET', '/health')).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('answers unknown paths with 404 and wrong methods with 405, in JSON', async () => {
    const missing = await call('GET', '/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const wrong = await call('DELETE', '/checkout_session/6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, PATCH');
    expect((await call('GET', '/checkout_session/summary')).status).toBe(405);
    expect((await call('POST', '/health')).status).toBe(405);
  });

  it('logs one JSON line per request without the Authorization header', async () => {
    lines.length = 0;
    await call('GET', '/catalog', { token: key });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'GET', path: '/catalog', status: 200 });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain(key);
  });
});

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document of every endpoint, built from the schemas', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item as object)
        .filter((k) => k !== 'parameters')
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /catalog',
        'GET /checkout_session/{id}',
        'GET /health',
        'GET /openapi.json',
        'PATCH /checkout_session/{id}',
        'POST /checkout_session',
        'POST /checkout_session/summary',
        'POST /checkout_session/{id}/confirm',
        'POST /checkout_session/{id}/support_tokens',
      ].sort(),
    );
    const update = doc.components.schemas.UpdateRequest;
    expect(update.additionalProperties).toBe(false);
    expect(Object.keys(update.properties)).toContain('custom_data');
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
    expect(doc.paths['/checkout_session/{id}'].patch.responses['412']).toBeDefined();
  });
});

describe('CORS', () => {
  it('answers a preflight from a listed origin with the API methods and headers', async () => {
    const res = await app.request('/checkout_session/x', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'if-match, idempotency-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH');
    const allowed = res.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    for (const h of ['authorization', 'content-type', 'if-match', 'idempotency-key']) {
      expect(allowed).toContain(h);
    }
  });

  it('exposes ETag to a listed origin and says nothing to others', async () => {
    const { id } = await session();
    const listed = await call('GET', `/checkout_session/${id}`, {
      token: key,
      headers: { origin },
    });
    expect(listed.headers.get('access-control-allow-origin')).toBe(origin);
    expect(listed.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(listed.headers.get('access-control-expose-headers')).toContain('Request-Id');
    const other = await call('GET', `/checkout_session/${id}`, {
      token: key,
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/catalog', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('says Vary: Origin on every answer while an origin is listed, and not without CORS', async () => {
    const sent: Record<string, string>[] = [{ origin }, { origin: 'https://evil.example' }, {}];
    for (const headers of sent) {
      const res = await app.request('/catalog', { headers });
      expect(res.headers.get('vary')).toBe('Origin');
    }
    const withoutCors = createApp({ store, catalog, secretKey: key, logger: () => {} });
    for (const headers of sent) {
      const res = await withoutCors.request('/catalog', { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('vary')).toBeNull();
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
