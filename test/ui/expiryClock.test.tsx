import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expiryWarningMs, useExpiryClock } from '../../src/ui/merchant/useExpiryClock.js';

const minute = 60_000;
const start = Date.parse('2026-12-06T12:00:00.000Z');
const at = (ms: number) => new Date(start + ms).toISOString();

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});
afterEach(() => vi.useRealTimers());

describe('useExpiryClock', () => {
  it('turns soon 10 minutes before expires_at and expired at it, by itself', () => {
    const { result } = renderHook(() => useExpiryClock(at(30 * minute)));
    expect(result.current).toMatchObject({ soon: false, expired: false });
    act(() => vi.advanceTimersByTime(30 * minute - expiryWarningMs + 1));
    expect(result.current).toMatchObject({ soon: true, expired: false });
    act(() => vi.advanceTimersByTime(expiryWarningMs));
    expect(result.current).toMatchObject({ soon: false, expired: true });
  });

  it('counts from the time now when expires_at changes later (an agent extends it)', () => {
    const { result, rerender } = renderHook(({ expiresAt }) => useExpiryClock(expiresAt), {
      initialProps: { expiresAt: at(60 * minute) },
    });
    act(() => vi.advanceTimersByTime(40 * minute));
    // Extended at 12:40 to 13:30: the warning is due at 13:20, 40 minutes from now.
    rerender({ expiresAt: at(90 * minute) });
    act(() => vi.advanceTimersByTime(40 * minute - 1));
    expect(result.current.soon).toBe(false);
    act(() => vi.advanceTimersByTime(2));
    expect(result.current.soon).toBe(true);
  });

  it('wakes for a moment beyond setTimeout limit (about 24.8 days) too', () => {
    const day = 24 * 60 * minute;
    const { result } = renderHook(() => useExpiryClock(at(29 * day)));
    act(() => vi.advanceTimersByTime(29 * day - expiryWarningMs + 1));
    expect(result.current.soon).toBe(true);
  });
});
