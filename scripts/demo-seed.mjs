// Seeds the demo sessions through the API (with the secret key) and remembers their links:
// client secrets are only returned at creation, so the first start writes them to
// DATA_DIR/demo-links.json and later starts print them from there.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

/** @typedef {{ key: string, label: string, id: string, clientSecret: string }} DemoLink */

const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** What a first start creates. */
const seeds = () => [
  {
    key: 'guest-team',
    label: 'Guest, Team × 5 (USD)',
    body: {
      contract: { plan_id: 'team', quantity: 5, currency: 'USD', start_date: inDays(0) },
      customer: { email: 'guest@example.com' },
      success_url: 'https://shop.example.com/thanks',
      cancel_url: 'https://shop.example.com/cart',
    },
  },
  {
    key: 'known-customer',
    label: 'Known customer, Team × 3 (EUR)',
    body: {
      contract: { plan_id: 'team', quantity: 3, currency: 'EUR', start_date: inDays(7) },
      customer_id: 'cus_demo_ada',
      customer: {
        email: 'ada@example.com',
        name: 'Ada Lovelace',
        company: 'Analytical Engines Ltd',
      },
    },
  },
  {
    key: 'guest-jpy',
    label: 'Guest, Team × 7 (JPY)',
    body: {
      contract: { plan_id: 'team', quantity: 7, currency: 'JPY' },
      customer: { email: 'hanako@example.jp' },
    },
  },
  {
    key: 'scale-tiered',
    label: 'Scale × 60, graduated tiers (USD)',
    body: {
      contract: { plan_id: 'scale', quantity: 60, currency: 'USD', start_date: inDays(14) },
      customer: { email: 'ops@example.com', company: 'Example Corp' },
    },
  },
  {
    key: 'paid',
    label: 'Paid, read-only (USD)',
    body: {
      contract: { plan_id: 'starter', currency: 'USD' },
      customer: { email: 'paid@example.com' },
    },
    confirm: 'pm_card_ok',
  },
];

/**
 * Returns the demo links for this DATA_DIR, seeding them first when there are none yet (or
 * when the stored ones no longer open, e.g. the database was deleted but the file was not).
 * With DATA_DIR=:memory: nothing is persisted and every start seeds.
 * @param {{ apiUrl: string, secretKey: string, dataDir: string, repoRoot: string }} options
 * @returns {Promise<{ links: DemoLink[], seededNow: boolean }>}
 */
export async function ensureDemoLinks({ apiUrl, secretKey, dataDir, repoRoot }) {
  const persistent = dataDir !== ':memory:';
  const file = persistent
    ? join(isAbsolute(dataDir) ? dataDir : join(repoRoot, dataDir), 'demo-links.json')
    : null;
  if (file) {
    const stored = await readLinks(file);
    if (stored && (await stillOpens(apiUrl, stored))) return { links: stored, seededNow: false };
  }
  const links = [];
  for (const seed of seeds()) links.push(await createSeed(apiUrl, secretKey, seed));
  if (file) {
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(`${file}.tmp`, `${JSON.stringify(links, null, 2)}\n`, { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  }
  return { links, seededNow: true };
}

async function readLinks(file) {
  try {
    const links = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(links) && links.length > 0 ? links : null;
  } catch {
    return null;
  }
}

async function stillOpens(apiUrl, links) {
  for (const link of links) {
    const response = await fetch(`${apiUrl}/checkout_session/${link.id}`, {
      headers: { Authorization: `Bearer ${link.clientSecret}` },
    });
    if (!response.ok) return false;
  }
  return true;
}

async function createSeed(apiUrl, secretKey, seed) {
  // No Idempotency-Key: a replayed creation would not carry the client secret again, and an
  // interrupted first start that seeds twice only leaves a few unused sessions behind.
  const created = await call(apiUrl, secretKey, 'POST', '/checkout_session', seed.body);
  if (seed.confirm) {
    await call(apiUrl, secretKey, 'POST', `/checkout_session/${created.id}/confirm`, {
      payment_method: seed.confirm,
    });
  }
  return { key: seed.key, label: seed.label, id: created.id, clientSecret: created.client_secret };
}

async function call(apiUrl, secretKey, method, path, body) {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${secretKey}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`Seeding failed: ${method} ${path} answered ${response.status}: ${text}`);
  }
  return JSON.parse(text);
}
