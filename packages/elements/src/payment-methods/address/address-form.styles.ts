import { fieldStyles } from '@prefcenter/core/kit/field-styles';
import { css } from 'lit';

/**
 * The address form, after core's field styles (`pc-group`, `pc-field`, `pc-error`,
 * `pc-actions`): the widget lists these in its `static styles`, since the form itself is a
 * template loaded later. Logical properties only, so a right-to-left page mirrors it.
 */
export const addressFormStyles = [
  ...fieldStyles,
  css`
    .address-form {
      display: grid;
      gap: var(--pc-space-m);
      margin: 0;
    }
    .address-form .pc-group-title {
      padding-inline: var(--pc-space-xs);
    }
    /* The fields of one line of the country's address share a row while it fits. */
    .address-row > .pc-field {
      flex: 1 1 12rem;
    }
    .address-form input:not([type='checkbox'], [type='radio']),
    .address-form select {
      inline-size: 100%;
    }
  `,
];

export default addressFormStyles;
