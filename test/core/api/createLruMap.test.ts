import { describe, expect, it } from 'vitest';
import { createLruMap } from '../../../src/core/api/createLruMap.js';

describe('createLruMap', () => {
  it('keeps at most its capacity, dropping the least recently used first', () => {
    const map = createLruMap<number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1); // a is now the most recently used
    map.set('c', 3);
    expect([map.has('a'), map.has('b'), map.has('c')]).toEqual([true, false, true]);
  });

  it('counts a set of an existing key as a use, and has() as none', () => {
    const map = createLruMap<number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 10); // b is now the least recently used
    map.set('c', 3);
    expect([map.has('a'), map.has('b'), map.has('c')]).toEqual([true, false, true]);
    map.set('d', 4); // has() did not make a recent: a goes, c stays
    expect([map.has('a'), map.has('c'), map.get('d')]).toEqual([false, true, 4]);
  });

  it('keeps nothing with a capacity of 0', () => {
    const map = createLruMap<number>(0);
    map.set('a', 1);
    expect(map.get('a')).toBeUndefined();
  });
});
