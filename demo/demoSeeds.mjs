// The demo's seeded sessions, built from whatever catalog the server (or the mock) offers: one
// list for `npm run demo` (scripts/demo-seed.mjs, through the API) and the in-browser mock
// (demo/src/mockSeeds.ts, with fixed ids). Plain JavaScript so Node runs it without a loader;
// the types are in demoSeeds.d.mts. See docs/demo.md, "Seeded sessions".

/** The mock's fixed session ids: its links stay valid across reloads. */
export const mockSeedIds = {
  guest: '4f1d2c3b-5a69-4e7d-8c1b-2a3f4e5d6c7b',
  'known-customer': '7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d',
  paid: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
};

const addDays = (today, days) => {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const schemesOf = (offer) => Object.values(offer.prices ?? {}).map((price) => price.scheme);
const currenciesOf = (offer) => Object.keys(offer.prices ?? {});
const adjustable = (offer) =>
  offer.quantity !== undefined && offer.quantity.max > offer.quantity.min;

/** The quantity closest to `wanted` that the offer allows. */
const clamp = (offer, wanted) => {
  const { min, max } = offer.quantity ?? { min: 1, max: 1 };
  return Math.min(max, Math.max(min, wanted));
};

/** The first offer that passes one of the tests, tried in order. */
const pick = (offers, ...tests) => {
  for (const test of tests) {
    const found = offers.find(test);
    if (found) return found;
  }
  return undefined;
};

/** `preferred` when the offer is priced in it, else the offer's first currency (or nothing). */
const currencyFor = (offer, preferred, { strict = false } = {}) => {
  const currencies = currenciesOf(offer);
  if (currencies.includes(preferred)) return preferred;
  return strict ? undefined : currencies[0];
};

const planText = (offer, quantity) =>
  adjustable(offer) ? `${offer.name} × ${quantity}` : offer.name;

/**
 * The sessions a demo starts with, chosen from `catalog`'s plans (its products when it has no
 * priced plan): a guest on a per-seat plan, a
 * known customer, a guest in a second currency, a tiered plan and a paid session. A seed whose
 * kind of plan or currency the catalog lacks is left out (a catalog with one flat plan still
 * gets a guest and a paid session); none names a plan the catalog does not offer. Dates are
 * relative to `today` (YYYY-MM-DD, UTC), so a seed is never in the past.
 * @param {{ plans: readonly any[], products?: readonly any[] }} catalog
 * @param {string} [today]
 * @returns {import('./demoSeeds.d.mts').DemoSeed[]}
 */
export function demoSeeds(catalog, today = new Date().toISOString().slice(0, 10)) {
  const priced = (offers) => (offers ?? []).filter((offer) => currenciesOf(offer).length > 0);
  // A catalog of products only: the same seeds, each with one product as its `items`.
  const byProduct = priced(catalog?.plans).length === 0;
  const plans = byProduct ? priced(catalog?.products) : priced(catalog?.plans);
  if (plans.length === 0) return [];
  const seats = pick(
    plans,
    (p) => adjustable(p) && schemesOf(p).includes('per_unit'),
    adjustable,
    () => true,
  );
  const tiered = pick(plans, (p) => adjustable(p) && schemesOf(p).includes('tiered'));
  const flat = pick(
    plans,
    (p) => !adjustable(p),
    () => true,
  );

  const seeds = [];
  const add = (key, offer, quantity, currency, label, rest) => {
    if (!offer || !currency) return;
    const q = clamp(offer, quantity);
    const contract = byProduct
      ? { items: [{ product_id: offer.id, quantity: q }], currency }
      : { plan_id: offer.id, currency };
    if (!byProduct && adjustable(offer)) contract.quantity = q;
    if (rest.startInDays !== undefined) contract.start_date = addDays(today, rest.startInDays);
    seeds.push({
      key,
      label: `${label}, ${planText(offer, q)} (${currency})`,
      create: { contract, ...rest.fields },
      ...(rest.confirm ? { confirm: rest.confirm } : {}),
    });
  };

  const guestCurrency = currencyFor(seats, 'USD');
  add('guest', seats, 5, guestCurrency, 'Guest', {
    startInDays: 0,
    fields: {
      customer: { email: 'guest@example.com' },
      success_url: 'https://shop.example.com/thanks',
      cancel_url: 'https://shop.example.com/cart',
    },
  });
  // A second currency when the plan has one: JPY shows a currency without decimals.
  const otherCurrency =
    currencyFor(seats, 'JPY', { strict: true }) ??
    currenciesOf(seats).find((currency) => currency !== guestCurrency);
  add('known-customer', seats, 7, otherCurrency, 'Known customer', {
    fields: {
      customer_id: 'cus_demo_hanako',
      customer: { email: 'hanako@example.jp', name: 'Hanako Yamada', company: 'Yamada KK' },
    },
  });
  const euro = currencyFor(seats, 'EUR', { strict: true });
  if (euro !== otherCurrency) {
    add('guest-eur', seats, 3, euro, 'Guest', {
      startInDays: 7,
      fields: { customer: { email: 'ada@example.com', name: 'Ada Lovelace' } },
    });
  }
  add('tiered', tiered, 60, tiered && currencyFor(tiered, 'USD'), 'Tiered pricing', {
    startInDays: 14,
    fields: { customer: { email: 'ops@example.com', company: 'Example Corp' } },
  });
  add('paid', flat, 1, currencyFor(flat, 'USD'), 'Paid, read-only', {
    fields: { customer: { email: 'paid@example.com' } },
    confirm: 'pm_card_ok',
  });
  return seeds;
}
