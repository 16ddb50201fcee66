/** The one query method PGlite's and node-postgres's clients have in common. */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** A database the SQL store can run on: PGlite in-process or a PostgreSQL pool. */
export interface SqlDriver {
  /** Runs `fn` in BEGIN … COMMIT on one connection; rolls back when it throws. */
  transaction<T>(fn: (client: SqlClient) => Promise<T>): Promise<T>;
  /** One statement, outside any explicit transaction. */
  query: SqlClient['query'];
  close(): Promise<void>;
}
