/**
 * Data the host already holds (from its own server), put in the cache instead of a first request:
 * `initialData` counts as fetched at `initialDataUpdatedAt` (default: when the query is created,
 * TanStack Query's own default) and is refreshed in the background once older than `staleTime`
 * ms. Spread into a query's options (TanStack Query's own names).
 */
export interface QuerySeed<T> {
  initialData: T;
  initialDataUpdatedAt?: number | undefined;
  staleTime: number;
}
