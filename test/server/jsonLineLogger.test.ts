import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestLineText } from '../../src/server/jsonLineLogger.js';

describe('requestLineText', () => {
  it('is byte for byte what JSON.stringify makes of the request log line', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        fc.oneof(fc.integer({ min: 100, max: 599 }), fc.integer()),
        fc.oneof(fc.double(), fc.constantFrom(0, -0, 0.1, 12.3, 1e21, Number.NaN, Infinity)),
        fc.string({ unit: 'binary' }),
        fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
        (time, method, path, status, ms, request_id, trace_id) => {
          expect(requestLineText(time, method, path, status, ms, request_id, trace_id)).toBe(
            JSON.stringify({ time, method, path, status, ms, request_id, trace_id }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
