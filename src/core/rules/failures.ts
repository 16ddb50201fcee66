import type { DetailCode, ErrorDetail, Failure } from '../errors.js';

/*
 * Builders for the failures the rules return, so every rule words the same error the same way.
 */

/** One problem at a dotted path. */
export function detail(path: string, code: DetailCode, message: string): ErrorDetail {
  return { path, code, message };
}

/** 422 listing every problem found. */
export function validationFailed(details: ErrorDetail[]): Failure {
  const count = details.length === 1 ? 'one problem' : `${details.length} problems`;
  return {
    httpStatus: 422,
    code: 'validation_failed',
    message: `The request has ${count}; see details.`,
    details,
  };
}

/** 400 for a body the JSON Schema rejects on its own. */
export function invalidRequest(details: ErrorDetail[]): Failure {
  return {
    httpStatus: 400,
    code: 'invalid_request',
    message: 'The request body does not match the schema; see details.',
    details,
  };
}

/** Quotes a caller's value for a message, cut short so a huge value cannot bloat the error. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}
