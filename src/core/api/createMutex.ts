/** Runs tasks one at a time, in the order they were given. */
export type Mutex = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * The transaction mutex of the stores that own their data alone (the mock's memory store, the
 * cached SQL store on PGlite): a task starts when the one before it has settled, whether it
 * resolved or rejected, so a read-modify-write never interleaves with another.
 * @example const exclusive = createMutex(); await exclusive(() => write());
 */
export function createMutex(): Mutex {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = queue.then(task);
    // The next task waits for this one whether it commits or rolls back.
    queue = result.catch(() => undefined);
    return result;
  };
}
