import type { Catalog, Offer } from '../catalog.js';
import type { Contract, ContractInput } from '../contract.js';
import type { ErrorDetail } from '../errors.js';
import { priceQuantity } from '../pricing/priceQuantity.js';
import { currencyExponent } from './currencyExponent.js';
import { isDate, todayUtc } from './dates.js';
import { detail, quote } from './failures.js';
import { billingCycle, findOffer, quantityRange } from './offers.js';
import { startDateWindow } from './startDateWindow.js';

export type ContractValidation =
  | { ok: true; contract: Contract }
  | { ok: false; details: ErrorDetail[] };

const maxItems = 20;

/**
 * Checks a contract against the catalog and the clock and fills in its defaults (quantity 1,
 * start_date today in UTC). Reports every problem, at paths starting with `contract.`.
 * @example validateContract({ plan_id: 'team', quantity: 5, currency: 'USD' }, catalog, now)
 */
export function validateContract(
  input: ContractInput,
  catalog: Catalog,
  now: Date,
): ContractValidation {
  const details: ErrorDetail[] = [];
  const { currency } = input;
  const currencyOk = currencyExponent(currency) !== undefined;
  if (!currencyOk) {
    details.push(
      detail(
        'contract.currency',
        'invalid_currency',
        `${quote(currency)} is not an upper-case ISO 4217 currency code.`,
      ),
    );
  }
  const startDate = checkStartDate(input.start_date, now, details);

  // Each priced entry: the offer, its quantity and where a quantity problem is reported.
  const priced: { offer: Offer; quantity: number; path: string }[] = [];
  const check = (offer: Offer, quantity: number, path: string): void => {
    const range = quantityRange(offer);
    if (quantity < range.min || quantity > range.max) {
      const unit = range.unit_label ? ` ${range.unit_label}` : '';
      details.push(
        detail(
          path,
          'quantity_out_of_range',
          `Quantity of ${offer.name} must be between ${range.min} and ${range.max}${unit}.`,
        ),
      );
    }
    if (currencyOk && !offer.prices[currency]) {
      details.push(
        detail(
          'contract.currency',
          'currency_not_supported',
          `${offer.name} has no price in ${currency}.`,
        ),
      );
    }
    priced.push({ offer, quantity, path });
  };

  let contract: Contract;
  if ('plan_id' in input) {
    const quantity = input.quantity ?? 1;
    const plan = findOffer(catalog, 'plan', input.plan_id);
    if (plan) check(plan, quantity, 'contract.quantity');
    else {
      details.push(
        detail('contract.plan_id', 'unknown_plan', `There is no plan ${quote(input.plan_id)}.`),
      );
    }
    contract = { plan_id: input.plan_id, quantity, currency, start_date: startDate };
  } else {
    const items = input.items.map((item) => ({
      product_id: item.product_id,
      quantity: item.quantity ?? 1,
    }));
    if (items.length < 1 || items.length > maxItems) {
      details.push(
        detail(
          'contract.items',
          'items_out_of_range',
          `A contract has 1 to ${maxItems} items; this one has ${items.length}.`,
        ),
      );
    }
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const path = `contract.items.${i}`;
      if (seen.has(item.product_id)) {
        details.push(
          detail(
            `${path}.product_id`,
            'duplicate_product',
            `Product ${quote(item.product_id)} is already in the contract.`,
          ),
        );
        return;
      }
      seen.add(item.product_id);
      const product = findOffer(catalog, 'product', item.product_id);
      if (product) check(product, item.quantity, `${path}.quantity`);
      else {
        details.push(
          detail(
            `${path}.product_id`,
            'unknown_product',
            `There is no product ${quote(item.product_id)}.`,
          ),
        );
      }
    });
    const cycles = new Set(priced.map(({ offer }) => cycleKey(offer)));
    if (cycles.size > 1) {
      details.push(
        detail(
          'contract.items',
          'interval_mismatch',
          `All products must bill on the same interval; these bill ${[...cycles].join(', ')}.`,
        ),
      );
    }
    contract = { items, currency, start_date: startDate };
  }

  if (details.length === 0) checkAmounts(priced, currency, details);
  return details.length === 0 ? { ok: true, contract } : { ok: false, details };
}

function checkStartDate(value: string | undefined, now: Date, details: ErrorDetail[]): string {
  if (value === undefined) return todayUtc(now);
  const window = startDateWindow(now);
  if (!isDate(value)) {
    details.push(
      detail(
        'contract.start_date',
        'invalid_date',
        `${quote(value)} is not a calendar date written YYYY-MM-DD.`,
      ),
    );
  } else if (value < window.min || value > window.max) {
    details.push(
      detail(
        'contract.start_date',
        'start_date_out_of_range',
        `The start date must be from ${window.min} to ${window.max} (UTC).`,
      ),
    );
  }
  return value;
}

/** Refuses amounts that integers in JavaScript cannot hold exactly, rather than price wrongly. */
function checkAmounts(
  priced: { offer: Offer; quantity: number; path: string }[],
  currency: string,
  details: ErrorDetail[],
): void {
  let total = 0;
  for (const { offer, quantity, path } of priced) {
    const pricing = offer.prices[currency];
    const amount = pricing ? priceQuantity(pricing, quantity).amount : 0;
    total += amount;
    if (!Number.isSafeInteger(amount)) {
      details.push(
        detail(
          path,
          'quantity_out_of_range',
          `The price of ${offer.name} at this quantity exceeds the largest supported amount.`,
        ),
      );
    }
  }
  if (details.length === 0 && !Number.isSafeInteger(total)) {
    details.push(
      detail(
        'contract.items',
        'quantity_out_of_range',
        'The contract total exceeds the largest supported amount.',
      ),
    );
  }
}

function cycleKey(offer: Offer): string {
  const { interval, interval_count } = billingCycle(offer);
  return interval_count === 1 ? `every ${interval}` : `every ${interval_count} ${interval}s`;
}
