/**
 * Whether `value` holds what looks like a payment card number: thirteen digits or more in
 * a row, spaces or dashes between them allowed. No field of a widget, no event and no
 * adapter call may carry one; shorter numbers stay allowed ("Card ending 4242", a
 * postcode, a street number, a phone number).
 */
export function looksLikeCardNumber(value: string): boolean {
  return /\d(?:[ -]*\d){12,}/.test(value);
}
