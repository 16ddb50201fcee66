import { describe, expect, it } from 'vitest';
import { createMutex } from '../../../src/core/api/createMutex.js';
import { idempotencyId, idempotencyNotBefore } from '../../../src/core/api/idempotency.js';

describe('idempotencyNotBefore', () => {
  it('is 24 hours before now, as an ISO datetime, from a Date or milliseconds', () => {
    const now = new Date('2026-03-15T12:00:00.000Z');
    expect(idempotencyNotBefore(now)).toBe('2026-03-14T12:00:00.000Z');
    expect(idempotencyNotBefore(now.getTime() + 1)).toBe('2026-03-14T12:00:00.001Z');
  });
});

describe('idempotencyId', () => {
  it('tells apart scopes and keys whose concatenations are equal', () => {
    expect(idempotencyId('a:b', 'c')).not.toBe(idempotencyId('a', 'b:c'));
    expect(idempotencyId('s', 'k')).toBe(idempotencyId('s', 'k'));
  });
});

describe('createMutex', () => {
  it('runs one task at a time, in order, and goes on after a rejection', async () => {
    const exclusive = createMutex();
    const events: string[] = [];
    const task = (name: string, fail = false) =>
      exclusive(async () => {
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([task('a'), task('b', true), task('c')]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
