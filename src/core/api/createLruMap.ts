/** A bounded map: at most `capacity` entries, the least recently used dropped first. */
export interface LruMap<V> {
  /** The value, which also becomes the most recently used entry. */
  get(key: string): V | undefined;
  /** Whether the key is present, without changing the order. */
  has(key: string): boolean;
  set(key: string, value: V): void;
}

/**
 * Creates a least-recently-used map on a plain Map: iteration order is insertion order, so
 * re-inserting an entry when it is used keeps the least recently used one first. A capacity of
 * 0 keeps nothing.
 * @example const cache = createLruMap<Session>(2000); cache.set(id, session); cache.get(id);
 */
export function createLruMap<V>(capacity: number): LruMap<V> {
  const entries = new Map<string, V>();
  const set = (key: string, value: V) => {
    if (capacity <= 0) return;
    entries.delete(key);
    entries.set(key, value);
    if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
  };
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) set(key, value);
      return value;
    },
    has: (key) => entries.has(key),
    set,
  };
}
