import type { ErrorDetail } from '../errors.js';
import type { CustomerInput } from '../requests.js';
import type { Address, Customer } from '../session.js';
import { detail } from './failures.js';
import { findInvalidCharacter } from './findInvalidCharacter.js';
import { isCountryCode } from './isCountryCode.js';
import { isEmail } from './isEmail.js';
import { maxCustomerText as maxLength } from './maxCustomerText.js';

const addressFields = ['line1', 'line2', 'city', 'postal_code', 'state', 'country'] as const;
const requiredAddressFields = ['line1', 'city', 'country'] as const;

type Mode = 'create' | 'update';

/**
 * Merges customer details field by field onto the current ones. `null` (or a blank string)
 * clears an optional field; the email cannot be cleared on update. Strings are trimmed and at
 * most 200 characters. Returns null when no detail is left. Problems go to `details`.
 */
export function mergeCustomer(
  current: Customer | null,
  input: CustomerInput,
  mode: Mode,
  details: ErrorDetail[],
): Customer | null {
  const next: Customer = { ...current };
  const email = input.email;
  if (email === null || (typeof email === 'string' && email.trim() === '')) {
    // At creation there is nothing to clear: null just means "not given"; "" is still no email.
    if (mode === 'update' || email !== null) {
      details.push(
        detail('customer.email', 'invalid_email', 'The email cannot be empty or cleared.'),
      );
    }
  } else if (email !== undefined) {
    const trimmed = email.trim();
    if (trimmed.length > maxLength) details.push(tooLong('customer.email'));
    else if (findInvalidCharacter(trimmed) !== null)
      details.push(invalidCharacters('customer.email'));
    else if (!isEmail(trimmed)) {
      details.push(
        detail(
          'customer.email',
          'invalid_email',
          'Must be an email address such as ada@example.com.',
        ),
      );
    } else next.email = trimmed;
  }
  for (const field of ['name', 'company', 'phone'] as const) {
    mergeText(next, field, input[field], `customer.${field}`, details);
  }
  if (input.address === null) delete next.address;
  else if (input.address !== undefined) {
    const address = mergeAddress(current?.address, input.address, details);
    if (address) next.address = address;
    else delete next.address;
  }
  return Object.keys(next).length === 0 ? null : next;
}

function mergeAddress(
  current: Address | undefined,
  input: NonNullable<CustomerInput['address']>,
  details: ErrorDetail[],
): Address | undefined {
  const next: Partial<Address> = { ...current };
  const before = details.length;
  for (const field of addressFields) {
    const path = `customer.address.${field}`;
    const value = input[field];
    if (field === 'country' && typeof value === 'string' && value.trim() !== '') {
      if (!isCountryCode(value.trim())) {
        details.push(
          detail(
            path,
            'invalid_country',
            'Must be an upper-case ISO 3166-1 alpha-2 country code such as DE.',
          ),
        );
        continue;
      }
    }
    mergeText(next, field, value, path, details);
  }
  // An address with every field cleared is no address, as if it had been set to null.
  if (Object.keys(next).length === 0 && details.length === before) return undefined;
  const failed = new Set(details.slice(before).map((d) => d.path));
  for (const field of requiredAddressFields) {
    const path = `customer.address.${field}`;
    if (next[field] === undefined && !failed.has(path)) {
      details.push(
        detail(
          path,
          'required',
          `An address needs ${field === 'line1' ? 'a first line' : `a ${field}`}.`,
        ),
      );
    }
  }
  return next.line1 && next.city && next.country ? (next as Address) : undefined;
}

function mergeText<K extends string>(
  target: Partial<Record<K, string>>,
  field: K,
  value: string | null | undefined,
  path: string,
  details: ErrorDetail[],
): void {
  if (value === undefined) return;
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') delete target[field];
  else if (trimmed.length > maxLength) details.push(tooLong(path));
  else if (findInvalidCharacter(trimmed) !== null) details.push(invalidCharacters(path));
  else target[field] = trimmed;
}

/** Text shown to people (on invoices, in the desk) must read as it is stored. */
function invalidCharacters(path: string): ErrorDetail {
  return detail(
    path,
    'invalid_characters',
    'No control, bidirectional-override or zero-width characters.',
  );
}

function tooLong(path: string): ErrorDetail {
  return detail(path, 'too_long', `At most ${maxLength} characters.`);
}
