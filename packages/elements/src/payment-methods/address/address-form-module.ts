// What the widget loads when an address form first opens: the form, its sentences and
// each country's format, with the data sets behind them. Nothing else imports these
// modules statically, so they stay out of the widget's first view.
export { renderAddressForm, focusFirstInvalid } from './address-form.js';
export { addressLayout, addressProblems, cleanAddress } from './address-format.js';
export { addressTexts } from './address-texts.js';
