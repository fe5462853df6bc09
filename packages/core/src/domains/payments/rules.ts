/**
 * Whether `value` holds a run of twelve digits or more (spaces or dashes between them
 * allowed): a card or account number, which must never reach a widget's fields, events or
 * adapter. Short numbers stay allowed ("Card ending 4242", a postcode, a street number).
 */
export function looksLikeCardNumber(value: string): boolean {
  return /\d(?:[ -]?\d){11,}/.test(value);
}
