import type * as z from 'zod/mini';
import type { ErrorDetail } from '../errors.js';
import {
  type ConfirmRequest,
  type CreateRequest,
  type CustomDataInput,
  confirmRequestSchema,
  createRequestSchema,
  type SummaryRequest,
  type SupportTokenRequest,
  summaryRequestSchema,
  supportTokenRequestSchema,
  type UpdateRequest,
  updateRequestSchema,
} from '../requests.js';
import { detail, invalidRequest } from './failures.js';
import type { Parsed } from './ruleContext.js';

/*
 * The 400 layer: what the JSON Schema in openapi.json rejects on its own (not an object, unknown
 * fields, wrong JSON types, values outside an enum, both or neither of plan_id/items). Every
 * zod issue becomes a detail with a dotted path and a sentence a developer can act on.
 */

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Parses a `PATCH /checkout_session/{id}` body: 400 `invalid_request` or `empty_update`. */
export function parseUpdateRequest(json: unknown): Parsed<UpdateRequest> {
  const parsed = withEveryCustomDataKey(parseBody(updateRequestSchema, json), json);
  if (!parsed.ok) return parsed;
  const fields = Object.keys(parsed.value).filter(
    (key) => key !== 'update_reason' && key !== 'update_note',
  );
  if (fields.length > 0) return parsed;
  return {
    ok: false,
    failure: {
      httpStatus: 400,
      code: 'empty_update',
      message: 'An update needs at least one field besides update_reason and update_note.',
    },
  };
}

/** Parses a `POST /checkout_session` body (400 `invalid_request`). */
export function parseCreateRequest(json: unknown): Parsed<CreateRequest> {
  return withEveryCustomDataKey(parseBody(createRequestSchema, json), json);
}

/** Parses a `POST /checkout_session/{id}/confirm` body (400 `invalid_request`). */
export function parseConfirmRequest(json: unknown): Parsed<ConfirmRequest> {
  return parseBody(confirmRequestSchema, json);
}

/** Parses a `POST /checkout_session/summary` body (400 `invalid_request`). */
export function parseSummaryRequest(json: unknown): Parsed<SummaryRequest> {
  return parseBody(summaryRequestSchema, json);
}

/** Parses a `POST /checkout_session/{id}/support_tokens` body (400 `invalid_request`). */
export function parseSupportTokenRequest(json: unknown): Parsed<SupportTokenRequest> {
  return parseBody(supportTokenRequestSchema, json);
}

function parseBody<T>(schema: z.ZodMiniType<T>, json: unknown): Parsed<T> {
  if (!isObject(json)) {
    return {
      ok: false,
      failure: invalidRequest([detail('', 'invalid_request', 'The body must be a JSON object.')]),
    };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  // Both or neither of plan_id/items is one problem, whatever else is wrong inside the contract.
  const contract = json.contract;
  if (isObject(contract) && 'plan_id' in contract === 'items' in contract) {
    const others = result.error.issues.filter((issue) => issue.path[0] !== 'contract');
    return {
      ok: false,
      failure: invalidRequest([
        detail('contract', 'invalid_request', exactlyOne),
        ...toDetails(others, json, []),
      ]),
    };
  }
  return { ok: false, failure: invalidRequest(toDetails(result.error.issues, json, [])) };
}

const exactlyOne = 'A contract needs exactly one of plan_id or items.';

/**
 * `custom_data` exactly as sent. zod builds its output by assignment, which drops an own
 * `__proto__` key (it would set the prototype) without checking its value; every other key it
 * has checked. `constructor`, `toString`, `valueOf` and `__proto__` are ordinary keys here: the
 * object JSON.parse made (every key its own) is kept, and a `__proto__` value is checked too.
 */
function withEveryCustomDataKey<T extends { custom_data?: CustomDataInput | undefined }>(
  parsed: Parsed<T>,
  json: unknown,
): Parsed<T> {
  if (!parsed.ok || !isObject(json) || !isObject(json.custom_data)) return parsed;
  const sent = json.custom_data;
  if (Object.hasOwn(sent, '__proto__')) {
    const value: unknown = Object.getOwnPropertyDescriptor(sent, '__proto__')?.value;
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
      const message = 'Must be a string, a number, a boolean or null.';
      return {
        ok: false,
        failure: invalidRequest([detail('custom_data.__proto__', 'invalid_request', message)]),
      };
    }
  }
  return { ok: true, value: { ...parsed.value, custom_data: sent as CustomDataInput } };
}

function toDetails(issues: readonly Issue[], root: unknown, prefix: Path): ErrorDetail[] {
  return issues.flatMap((issue) => toDetail(issue, root, [...prefix, ...issue.path]));
}

function toDetail(issue: Issue, root: unknown, path: Path): ErrorDetail[] {
  const at = (message: string): ErrorDetail[] => [detail(join(path), 'invalid_request', message)];
  const value = valueAt(root, path);
  if (value === undefined && issue.code !== 'unrecognized_keys') {
    return at('This field is required.');
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        detail(join([...path, key]), 'invalid_request', `Unknown field ${JSON.stringify(key)}.`),
      );
    case 'invalid_type':
      return at(`Must be ${typeLabel(issue.expected)}, not ${typeName(value)}.`);
    case 'invalid_value':
      return at(`Must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`);
    case 'too_big':
    case 'too_small':
      return at(
        issue.origin === 'int' || issue.origin === 'number'
          ? 'Must be an integer within the safe integer range.'
          : 'Is out of range.',
      );
    case 'invalid_union':
      return unionDetail(issue, root, path, at);
    default:
      return at(issue.message);
  }
}

/** A contract is either plan-based or item-based: report the branch the caller meant. */
function unionDetail(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  root: unknown,
  path: Path,
  at: (message: string) => ErrorDetail[],
): ErrorDetail[] {
  const value = valueAt(root, path);
  if (path.at(-1) !== 'contract') return at('Must be a string, a number, a boolean or null.');
  if (!isObject(value)) return at(`Must be an object, not ${typeName(value)}.`);
  const hasPlan = 'plan_id' in value;
  const hasItems = 'items' in value;
  if (hasPlan === hasItems) return at(exactlyOne);
  const branch = issue.errors[hasPlan ? 0 : 1] ?? [];
  return toDetails(branch, root, path);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function join(path: Path): string {
  return path.map(String).join('.');
}

function typeLabel(expected: string): string {
  const names: Record<string, string> = {
    int: 'an integer',
    // Every number in a request body is an integer (quantities); z.int() reports "number".
    number: 'an integer',
    string: 'a string',
    boolean: 'a boolean',
    array: 'an array',
    object: 'an object',
    null: 'null',
  };
  return names[expected] ?? expected;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return typeLabel(typeof value);
}
