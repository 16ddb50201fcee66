import type { SupportTokenRecord } from '../../core/api/store.js';
import type { SqlDriver } from './sqlDriver.js';

/*
 * Support tokens in SQL, the same for PGlite and PostgreSQL: written on their own (never in a
 * session's transaction) and read by the hash of the token.
 */

interface SupportTokenRow {
  token_hash: string;
  session_id: string;
  actor: string;
  expires_at: Date | string;
  created_at: Date | string;
}

/** Store.insertSupportToken on a driver. */
export async function insertSupportToken(
  driver: SqlDriver,
  record: SupportTokenRecord,
): Promise<void> {
  await driver.query(
    `INSERT INTO support_tokens (token_hash, session_id, actor, expires_at, created_at)
     VALUES ($1::text, $2::uuid, $3::text, $4::timestamptz, $5::timestamptz)`,
    [record.tokenHash, record.sessionId, record.actor, record.expiresAt, record.createdAt],
  );
}

/** Store.getSupportToken on a driver. */
export async function selectSupportToken(
  driver: SqlDriver,
  tokenHash: string,
): Promise<SupportTokenRecord | null> {
  const { rows } = await driver.query<SupportTokenRow>(
    `SELECT token_hash, session_id, actor, expires_at, created_at
       FROM support_tokens WHERE token_hash = $1::text`,
    [tokenHash],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    tokenHash: row.token_hash,
    sessionId: row.session_id,
    actor: row.actor,
    expiresAt: new Date(row.expires_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
  };
}
