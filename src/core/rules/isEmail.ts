// Deliberately loose, like Stripe: one @, something on both sides, a dot in the domain.
const emailRe = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/**
 * Whether `value` has the shape of an email address. The API's check and the editor's early one.
 * @example isEmail('ada@example.com') // true
 */
export function isEmail(value: string): boolean {
  return emailRe.test(value);
}
