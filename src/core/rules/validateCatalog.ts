import type * as z from 'zod/mini';
import { type Catalog, catalogSchema, type Offer, type Pricing } from '../catalog.js';
import { priceQuantity } from '../pricing/priceQuantity.js';
import { currencyExponent } from './currencyExponent.js';
import { quantityRange } from './offers.js';

export type CatalogValidation = { ok: true; catalog: Catalog } | { ok: false; problems: string[] };

/**
 * Validates a catalog (the server refuses to start on an invalid one): its shape, then every
 * semantic rule, each problem named in plain English with where it is, e.g.
 * `plans.2 (scale): prices.USD.tiers: the last tier must have up_to null`.
 */
export function validateCatalog(input: unknown): CatalogValidation {
  const shape = catalogSchema.safeParse(input);
  if (!shape.success) {
    return {
      ok: false,
      problems: shape.error.issues.map(
        (issue) => `${issue.path.map(String).join('.') || 'catalog'}: ${shapeProblem(issue)}`,
      ),
    };
  }
  const catalog = shape.data;
  const problems: string[] = [];
  for (const list of ['plans', 'products'] as const) {
    const seen = new Set<string>();
    catalog[list].forEach((offer, i) => {
      const where = `${list}.${i} (${offer.id || 'no id'})`;
      const say = (problem: string): void => {
        problems.push(`${where}: ${problem}`);
      };
      if (offer.id.trim() === '') say('id must not be empty');
      if (seen.has(offer.id))
        say(`id ${JSON.stringify(offer.id)} is used by another ${list.slice(0, -1)}`);
      seen.add(offer.id);
      checkOffer(offer, say);
    });
  }
  return problems.length === 0 ? { ok: true, catalog } : { ok: false, problems };
}

function checkOffer(offer: Offer, say: (problem: string) => void): void {
  if (offer.interval_count !== undefined && offer.interval_count < 1) {
    say('interval_count must be at least 1');
  }
  const range = quantityRange(offer);
  if (range.min < 0) say('quantity.min must be at least 0');
  if (range.max < range.min) say('quantity.min must not exceed quantity.max');
  const currencies = Object.keys(offer.prices);
  if (currencies.length === 0) say('prices must name at least one currency');
  for (const currency of currencies) {
    const pricing = offer.prices[currency] as Pricing;
    const at = `prices.${currency}`;
    if (currencyExponent(currency) === undefined) {
      say(`${at}: ${JSON.stringify(currency)} is not an upper-case ISO 4217 currency code`);
    }
    if (pricing.scheme === 'flat' && range.max !== 1) {
      say(`${at}: a flat price ignores quantity, so quantity.max must be 1 (it is ${range.max})`);
    }
    const pricingProblems = pricingProblemsOf(pricing, at);
    pricingProblems.forEach(say);
    // Only a well-formed pricing can be tried at the largest quantity.
    if (pricingProblems.length === 0 && range.max >= 0) {
      const amount = priceQuantity(pricing, range.max).amount;
      if (!Number.isSafeInteger(amount)) {
        say(`${at}: the price of quantity.max (${range.max}) exceeds the largest safe integer`);
      }
    }
  }
}

function pricingProblemsOf(pricing: Pricing, at: string): string[] {
  const problems: string[] = [];
  const say = (problem: string): void => {
    problems.push(problem);
  };
  const amount = (value: number | undefined, path: string): void => {
    if (value !== undefined && value < 0) say(`${path} must not be negative`);
  };
  if (pricing.scheme === 'flat') amount(pricing.amount, `${at}.amount`);
  else if (pricing.scheme === 'per_unit') amount(pricing.unit_amount, `${at}.unit_amount`);
  else {
    if (pricing.tiers.length === 0) say(`${at}.tiers: a tiered price needs at least one tier`);
    let below = 0;
    pricing.tiers.forEach((tier, i) => {
      const path = `${at}.tiers.${i}`;
      amount(tier.unit_amount, `${path}.unit_amount`);
      amount(tier.flat_amount, `${path}.flat_amount`);
      const last = i === pricing.tiers.length - 1;
      if (tier.up_to === null) {
        if (!last) say(`${path}: only the last tier may have up_to null`);
      } else {
        if (last) say(`${at}.tiers: the last tier must have up_to null`);
        if (tier.up_to <= below) {
          say(`${path}: up_to must be greater than ${below} (tiers ascend)`);
        } else below = tier.up_to;
      }
    });
  }
  return problems;
}

function shapeProblem(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_union') return 'expected a flat, per_unit or tiered price';
  return issue.message;
}
