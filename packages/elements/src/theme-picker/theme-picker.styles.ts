import { css } from 'lit';

export default css`
  .base {
    accent-color: var(--pc-color-accent);
  }
  .picker {
    display: grid;
    gap: var(--pc-space-l);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    align-items: start;
  }
  .controls {
    display: grid;
    gap: var(--pc-space-m);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .size-label {
    padding: 0;
    margin-block-end: var(--pc-space-xs);
    font-weight: var(--pc-font-weight-strong);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pc-space-s);
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: var(--pc-space-s);
    min-block-size: var(--pc-control-size);
    padding-inline: var(--pc-space-m);
    border: 1px solid var(--pc-color-border);
    border-radius: var(--pc-radius-m);
    background: var(--pc-color-surface-raised);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--pc-color-accent);
    box-shadow: inset 0 0 0 1px var(--pc-color-accent);
  }
  .option input {
    margin: 0;
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  .dot {
    inline-size: 1.25em;
    block-size: 1.25em;
    border-radius: 50%;
    border: 1px solid var(--pc-color-border-strong);
    /* The customer must see the colour even when the system forces its own palette. */
    forced-color-adjust: none;
  }
  .note {
    font-size: var(--pc-font-size-s);
    color: var(--pc-color-text-muted);
  }
  .size {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: var(--pc-space-s) var(--pc-space-m);
  }
  .size .size-label {
    grid-column: 1 / -1;
    margin: 0;
  }
  .size input {
    inline-size: 100%;
    margin: 0;
    min-block-size: var(--pc-control-size);
  }
  output {
    min-inline-size: 4ch;
    font-variant-numeric: tabular-nums;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pc-space-m);
  }
  figure {
    margin: 0;
    display: grid;
    gap: var(--pc-space-s);
  }
  figcaption {
    font-weight: var(--pc-font-weight-strong);
  }
  .sample {
    padding: var(--pc-space-l);
    border: 1px solid var(--pc-color-border);
    border-radius: var(--pc-radius-l);
    background: var(--pc-color-bg);
    color: var(--pc-color-text);
    font-size: var(--pc-font-size-m);
    accent-color: var(--pc-color-accent);
  }
  .card {
    display: grid;
    gap: var(--pc-space-m);
    padding: var(--pc-space-l);
    border: 1px solid var(--pc-color-border);
    border-radius: var(--pc-radius-m);
    background: var(--pc-color-surface);
  }
  .card h3,
  .card p {
    margin: 0;
  }
  .card h3 {
    font-size: var(--pc-font-size-l);
  }
  .card .muted {
    color: var(--pc-color-text-muted);
  }
  .card .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--pc-space-m);
  }
  .card button {
    justify-self: start;
    transition: background-color var(--pc-duration-m) var(--pc-easing);
  }
  .switch {
    position: relative;
    display: inline-block;
    inline-size: 2.75em;
    block-size: 1.5em;
    border-radius: 1em;
    background: var(--pc-color-accent);
    border: 1px solid var(--pc-color-accent);
  }
  .switch::after {
    content: '';
    position: absolute;
    inset-block-start: 0.125em;
    inset-inline-end: 0.125em;
    inline-size: 1.15em;
    block-size: 1.15em;
    border-radius: 50%;
    background: var(--pc-color-on-accent);
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      border: 2px solid Highlight;
    }
    .switch {
      border-color: CanvasText;
    }
  }
`;
