// Baseline for PATCH /checkout_session/{id}: bare node:http + PGlite doing ONE conditional row
// update per request, on the same kind of storage as the real server (file-backed PGlite in a
// temp DATA_DIR) and with rows the size of a real session. No transaction, no idempotency table,
// no audit, no validation: the floor for "an HTTP update that hits the database".
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';

const doc = JSON.parse(readFileSync(process.env.DOC_FILE, 'utf8'));
const ids = JSON.parse(readFileSync(process.env.IDS_FILE, 'utf8'));
// File-backed with relaxedDurability off, as the server; PGlite's default memory settings (more
// shared buffers than the server's pgliteSettings.ts), so a stricter floor.
const db = await PGlite.create({ dataDir: process.env.DATA_DIR, relaxedDurability: false });
await db.exec(`CREATE TABLE IF NOT EXISTS sessions (
  id uuid PRIMARY KEY, version integer NOT NULL, status text NOT NULL, doc jsonb NOT NULL)`);
for (const id of ids) {
  await db.query(
    `INSERT INTO sessions (id, version, status, doc) VALUES ($1, 1, 'open', $2)
     ON CONFLICT (id) DO UPDATE SET version = 1, doc = excluded.doc`,
    [id, { ...doc, id }],
  );
}

const send = (res, status, body, headers = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
};

createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const id = req.url.split('/')[2];
      const patch = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const version = Number(/\d+/.exec(req.headers['if-match'] ?? '')?.[0]);
      const { rows } = await db.query(
        `UPDATE sessions
            SET doc = jsonb_set(doc, '{contract}', $1::jsonb) || jsonb_build_object('version', version + 1),
                version = version + 1
          WHERE id = $2 AND status = 'open' AND version = $3
      RETURNING doc, version`,
        [JSON.stringify(patch.contract), id, version],
      );
      const row = rows[0];
      if (!row) send(res, 412, { error: { code: 'version_conflict' } });
      else send(res, 200, row.doc, { etag: `"${row.version}"` });
    } catch (error) {
      send(res, 500, { error: { code: 'internal_error', message: String(error) } });
    }
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
