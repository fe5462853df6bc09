import { css } from 'lit';

/** The payments widget's layout, after core's section styles: a card per method, inline forms, the address list. */
export default css`
  .methods,
  .addresses {
    display: grid;
    gap: var(--pc-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .method,
  .address {
    display: grid;
    gap: var(--pc-space-s);
    padding: var(--pc-space-m);
    border: 1px solid var(--pc-color-border);
    border-radius: var(--pc-radius-m);
    background: var(--pc-color-surface);
  }
  .method:focus-visible,
  h2:focus-visible,
  h3:focus-visible {
    outline: 2px solid var(--pc-color-focus, var(--pc-color-accent));
    outline-offset: 2px;
  }
  .method-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pc-space-s);
  }
  .mark {
    flex: none;
    color: var(--pc-color-text-muted);
    border-radius: 4px;
  }
  .method-title {
    display: grid;
    margin-inline-end: auto;
  }
  .method-name {
    font-weight: var(--pc-font-weight-strong);
  }
  .nickname {
    color: var(--pc-color-text-muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pc-space-xs);
  }
  .badge[data-tone='accent'] {
    border-color: var(--pc-color-accent);
  }
  .badge[data-tone='warning'],
  .badge[data-tone='danger'] {
    border-color: var(--pc-color-danger);
    color: var(--pc-color-danger);
  }
  .method-details,
  .verify {
    display: grid;
    gap: var(--pc-space-xs);
  }
  .method p,
  .address p,
  .add p {
    margin: 0;
  }
  .inline-form,
  .field,
  .field-row {
    display: grid;
    gap: var(--pc-space-xs);
    justify-items: start;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pc-space-s);
  }
  .amount {
    display: inline-flex;
    align-items: center;
    gap: var(--pc-space-xs);
  }
  input[type='text'],
  select {
    min-block-size: var(--pc-control-size);
    padding: 0 var(--pc-space-s);
    border: 1px solid var(--pc-color-border-strong);
    border-radius: var(--pc-radius-s, 4px);
    background: var(--pc-color-bg);
    color: inherit;
    font: inherit;
    max-inline-size: 100%;
  }
  .amount input {
    inline-size: 7ch;
  }
  input[aria-invalid='true'] {
    border-color: var(--pc-color-danger);
  }
  .field-error {
    color: var(--pc-color-danger);
    font-size: var(--pc-font-size-s);
    font-weight: var(--pc-font-weight-strong);
  }
  .steps summary {
    cursor: pointer;
    font-size: var(--pc-font-size-s);
  }
  .steps ol {
    margin: var(--pc-space-xs) 0 0;
    padding-inline-start: var(--pc-space-l);
    font-size: var(--pc-font-size-s);
  }
  address {
    display: grid;
    font-style: normal;
  }
  .add {
    display: grid;
    gap: var(--pc-space-s);
    justify-items: start;
  }
  .add h3 {
    margin: 0;
    font-size: var(--pc-font-size-m);
  }
  ::slotted([slot='add-method']) {
    display: block;
    inline-size: 100%;
  }
  [part~='addresses'] > button {
    justify-self: start;
  }
  .choices {
    display: grid;
    gap: var(--pc-space-s);
    margin-block-start: var(--pc-space-s);
  }
`;
