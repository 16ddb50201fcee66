// Seeds the demo sessions through the API (with the secret key) and remembers their links:
// client secrets are only returned at creation, so a start writes them to
// DATA_DIR/demo-links.json and later starts print them from there. The seeds come from the
// catalog the server offers (demo/demoSeeds.mjs), so a merchant's own CATALOG_FILE works.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { demoSeeds } from '../demo/demoSeeds.mjs';

/**
 * @typedef {{ key: string, label: string, id: string, clientSecret: string, seed: string }} DemoLink
 * `seed` fingerprints what the link was created from (plan, quantity, currency, customer), so a
 * changed catalog seeds again.
 */

/**
 * Returns the demo links for this DATA_DIR. A stored link is kept while its session still
 * opens and is what its seed made (open, or paid for the paid seed) from the same seed; every
 * other seed (new, paid or expired since, deleted database, different catalog) is created now.
 * With DATA_DIR=:memory: nothing is persisted and every start seeds.
 * @param {{ apiUrl: string, secretKey: string, dataDir: string, repoRoot: string, now?: () => Date }} options
 * @returns {Promise<{ links: (DemoLink & { fresh: boolean })[], seededNow: boolean }>}
 */
export async function ensureDemoLinks({
  apiUrl,
  secretKey,
  dataDir,
  repoRoot,
  now = () => new Date(),
}) {
  const persistent = dataDir !== ':memory:';
  const file = persistent
    ? join(isAbsolute(dataDir) ? dataDir : join(repoRoot, dataDir), 'demo-links.json')
    : null;
  const catalog = await call(apiUrl, secretKey, 'GET', '/catalog');
  const stored = file ? await readLinks(file) : [];
  const links = [];
  for (const seed of demoSeeds(catalog, now().toISOString().slice(0, 10))) {
    const fingerprint = fingerprintOf(seed);
    const old = stored.find((link) => link.key === seed.key && link.seed === fingerprint);
    if (old && (await stillLive(apiUrl, old, seed, now()))) links.push({ ...old, fresh: false });
    else links.push({ ...(await createSeed(apiUrl, secretKey, seed, fingerprint)), fresh: true });
  }
  const seededNow = links.some((link) => link.fresh);
  if (file && seededNow) {
    await mkdir(join(file, '..'), { recursive: true });
    const kept = links.map(({ fresh, ...link }) => link);
    await writeFile(`${file}.tmp`, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  }
  return { links, seededNow };
}

/** What a seed creates, without its dates (they move with the day). */
function fingerprintOf(seed) {
  const { start_date: _start, ...contract } = seed.create.contract;
  const text = JSON.stringify({ ...seed.create, contract, confirm: seed.confirm ?? null });
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

async function readLinks(file) {
  try {
    const links = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(links) ? links : [];
  } catch {
    return [];
  }
}

/** Whether the stored link still shows what its seed made: open, or paid for a paid seed. */
async function stillLive(apiUrl, link, seed, at) {
  const response = await fetch(`${apiUrl}/checkout_session/${link.id}`, {
    headers: { Authorization: `Bearer ${link.clientSecret}` },
  });
  if (!response.ok) return false;
  const session = await response.json();
  if (seed.confirm) return session.status === 'complete';
  return session.status === 'open' && Date.parse(session.expires_at) > at.getTime() + 3_600_000;
}

async function createSeed(apiUrl, secretKey, seed, fingerprint) {
  // No Idempotency-Key: a replayed creation would not carry the client secret again, and an
  // interrupted start that seeds twice only leaves a few unused sessions behind.
  const created = await call(apiUrl, secretKey, 'POST', '/checkout_session', seed.create);
  if (seed.confirm) {
    await call(apiUrl, secretKey, 'POST', `/checkout_session/${created.id}/confirm`, {
      payment_method: seed.confirm,
    });
  }
  return {
    key: seed.key,
    label: seed.label,
    id: created.id,
    clientSecret: created.client_secret,
    seed: fingerprint,
  };
}

async function call(apiUrl, secretKey, method, path, body) {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${secretKey}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`Seeding failed: ${method} ${path} answered ${response.status}: ${text}`);
  }
  return JSON.parse(text);
}
