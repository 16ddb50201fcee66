import { StorageUnavailableError } from '../../core/api/store.js';

// Socket-level failures: the database is down, restarting or unreachable.
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections,
// query_canceled (statement_timeout), idle_in_transaction_session_timeout; class 08 below.
const serverCodes = new Set(['57P01', '57P02', '57P03', '53300', '57014', '25P03']);
// node-postgres's own messages for a lost connection or a timeout.
const messages = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /query read timeout/i,
  /not queryable/i,
  /connection.*(closed|ended)/i,
];

/** Whether an error means the database cannot be reached (as opposed to a bad statement). */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof StorageUnavailableError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (socketCodes.has(code) || serverCodes.has(code))) return true;
  if (typeof code === 'string' && code.startsWith('08')) return true;
  const message = (error as Error | null)?.message ?? '';
  return messages.some((pattern) => pattern.test(message));
}

/** The error a store throws: StorageUnavailableError for an unreachable database, else as is. */
export function storageError(error: unknown): unknown {
  if (error instanceof StorageUnavailableError || !isConnectionError(error)) return error;
  return new StorageUnavailableError(
    `The database cannot be reached: ${(error as Error).message}`,
    {
      cause: error,
    },
  );
}
