import * as z from 'zod/mini';
import { catalogSchema } from '../catalog.js';
import { errorBodySchema } from '../errors.js';
import { estimateSchema } from '../estimate.js';
import {
  confirmRequestSchema,
  createRequestSchema,
  summaryRequestSchema,
  supportTokenRequestSchema,
  updateRequestSchema,
} from '../requests.js';
import {
  auditEntrySchema,
  createdSessionSchema,
  customDataSchema,
  sessionSchema,
} from '../session.js';
import { supportTokenSchema } from '../supportToken.js';

type Json = Record<string, unknown>;

const components = {
  CreateRequest: [createRequestSchema, 'input'],
  UpdateRequest: [updateRequestSchema, 'input'],
  ConfirmRequest: [confirmRequestSchema, 'input'],
  SummaryRequest: [summaryRequestSchema, 'input'],
  SupportTokenRequest: [supportTokenRequestSchema, 'input'],
  SupportToken: [supportTokenSchema, 'output'],
  Session: [sessionSchema, 'output'],
  CreatedSession: [createdSessionSchema, 'output'],
  Summary: [z.object({ estimates: estimateSchema }), 'output'],
  Catalog: [catalogSchema, 'output'],
  AuditEntry: [auditEntrySchema, 'output'],
  Error: [errorBodySchema, 'output'],
} as const;
type ComponentName = keyof typeof components;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName) => ({ content: { 'application/json': { schema: ref(name) } } });
const etag = {
  ETag: {
    description: 'The session version as a strong entity tag: "3".',
    schema: { type: 'string' },
  },
};

const requestId = {
  'Request-Id': {
    description: 'req_ and at least 20 random characters, unique per request (error.request_id).',
    schema: { type: 'string', pattern: '^req_[A-Za-z0-9]{20,}$' },
  },
};
const etagAndRequestId = { ...etag, ...requestId };

const errorResponses = (...statuses: number[]): Json =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: errorDescriptions[status], headers: requestId, ...json('Error') },
    ]),
  );

const errorDescriptions: Record<number, string> = {
  400: 'invalid_request, invalid_session_id or empty_update',
  401: 'unauthorized',
  403: 'forbidden_field (a client secret sending a merchant field; details name them) or forbidden (a support token confirming)',
  404: 'session_not_found',
  409: 'session_not_open, payment_already_started or update_limit_reached',
  412: 'version_conflict (If-Match did not match)',
  413: 'payload_too_large (body over 64 KiB)',
  415: 'unsupported_media_type (send application/json)',
  422: 'validation_failed (details list every problem) or idempotency_key_reused',
  503: 'storage_unavailable (the database cannot be reached; nothing was written; see Retry-After)',
};

const sessionId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
};
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description: 'Makes the write conditional on the session version: "3" (or *).',
  schema: { type: 'string' },
};
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'Replays the first 2xx response for a retry with the same body within 24 h.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};
const bearer = [{ bearer: [] }];

let cached: Json | undefined;

/** The OpenAPI 3.1 document of the API, generated from the zod schemas (built once). */
export function openApiDocument(): Json {
  cached ??= build();
  return cached;
}

function build(): Json {
  const schemas = Object.fromEntries(
    Object.entries(components).map(([name, [schema, io]]) => {
      const { $schema: _, ...jsonSchema } = z.toJSONSchema(schema, {
        target: 'draft-2020-12',
        io,
        unrepresentable: 'any',
        override: ({ zodSchema, jsonSchema }) => {
          // A custom check in zod (it keeps every key, `__proto__` too); an object to clients.
          if (zodSchema === customDataSchema) {
            Object.assign(jsonSchema, {
              type: 'object',
              description:
                'Scalar values by key, plus the reserved audit_trail: an array of AuditEntry, oldest first.',
              properties: {
                audit_trail: { type: 'array', items: { $ref: '#/components/schemas/AuditEntry' } },
              },
            });
          }
        },
      }) as Json;
      return [name, jsonSchema];
    }),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Checkout session API',
      version: '1.0.0',
      description:
        'Create, read, update, confirm and price checkout sessions. Money is integer minor units.',
    },
    components: {
      schemas,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The secret key, a session client secret (its own session, shopper fields only) or a support token (its own session, no confirm).',
        },
      },
    },
    paths: {
      '/checkout_session': {
        post: {
          operationId: 'createCheckoutSession',
          security: bearer,
          parameters: [idempotencyKey],
          requestBody: { required: true, ...json('CreateRequest') },
          responses: {
            201: {
              description: 'Created; the only response with client_secret.',
              headers: etagAndRequestId,
              ...json('CreatedSession'),
            },
            ...errorResponses(400, 401, 413, 415, 422, 503),
          },
        },
      },
      '/checkout_session/summary': {
        post: {
          operationId: 'summarizeContract',
          security: bearer,
          requestBody: { required: true, ...json('SummaryRequest') },
          responses: {
            200: {
              description: 'The estimate of the contract; nothing is written.',
              headers: requestId,
              ...json('Summary'),
            },
            ...errorResponses(400, 401, 413, 415, 422, 503),
          },
        },
      },
      '/checkout_session/{id}': {
        parameters: [sessionId],
        get: {
          operationId: 'getCheckoutSession',
          security: bearer,
          responses: {
            200: { description: 'The session.', headers: etagAndRequestId, ...json('Session') },
            ...errorResponses(400, 401, 404, 503),
          },
        },
        patch: {
          operationId: 'updateCheckoutSession',
          security: bearer,
          parameters: [ifMatch, idempotencyKey],
          requestBody: { required: true, ...json('UpdateRequest') },
          responses: {
            200: {
              description: 'The updated session.',
              headers: etagAndRequestId,
              ...json('Session'),
            },
            ...errorResponses(400, 401, 403, 404, 409, 412, 413, 415, 422, 503),
          },
        },
      },
      '/checkout_session/{id}/confirm': {
        parameters: [sessionId],
        post: {
          operationId: 'confirmCheckoutSession',
          security: bearer,
          parameters: [ifMatch, idempotencyKey],
          requestBody: { required: true, ...json('ConfirmRequest') },
          responses: {
            200: {
              description: 'The session with payment started.',
              headers: etagAndRequestId,
              ...json('Session'),
            },
            ...errorResponses(400, 401, 403, 404, 409, 412, 413, 415, 422, 503),
          },
        },
      },
      '/checkout_session/{id}/support_tokens': {
        parameters: [sessionId],
        post: {
          operationId: 'createSupportToken',
          description:
            'Secret key only. Mints a token for one support agent on this session (any state): it reads, previews and updates every field, cannot confirm (403 forbidden) and is refused from expires_at on (401). Stored hashed; shown only here. ttl_seconds 60..3600 (default 900), actor 1..100 characters: out of range is 422.',
          security: bearer,
          requestBody: { required: true, ...json('SupportTokenRequest') },
          responses: {
            201: { description: 'The token.', headers: requestId, ...json('SupportToken') },
            ...errorResponses(400, 401, 404, 413, 415, 422, 503),
          },
        },
      },
      '/catalog': {
        get: {
          operationId: 'getCatalog',
          security: [],
          responses: { 200: { description: 'Plans and products.', ...json('Catalog') } },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          security: [],
          responses: {
            200: { description: 'This document.', content: { 'application/json': {} } },
          },
        },
      },
      '/health': {
        get: {
          operationId: 'getHealth',
          security: [],
          responses: {
            200: {
              description: 'Storage is ready.',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { ok: { const: true } }, required: ['ok'] },
                },
              },
            },
            503: {
              description: 'Storage cannot answer right now; see Retry-After.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { ok: { const: false } },
                    required: ['ok'],
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
