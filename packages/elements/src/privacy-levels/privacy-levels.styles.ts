import { css } from 'lit';

/** The privacy widget's layout, on core's tokens: sections in a column, a row per purpose, choices as cards. */
export default css`
  .base {
    display: grid;
    gap: var(--pc-space-l);
  }
  h2,
  legend {
    margin: 0 0 var(--pc-space-s);
    padding: 0;
    font-size: var(--pc-font-size-l);
    font-weight: var(--pc-font-weight-strong);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .section {
    display: grid;
    gap: var(--pc-space-s);
  }
  .choices {
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
  }
  .choices > legend,
  .choices > .preview {
    grid-column: 1 / -1;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 0 var(--pc-space-s);
    padding: var(--pc-space-m);
    border: 1px solid var(--pc-color-border);
    border-radius: var(--pc-radius-m);
    background: var(--pc-color-surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--pc-color-accent);
    box-shadow: inset 0 0 0 1px var(--pc-color-accent);
  }
  .choice:has(input:disabled) {
    cursor: default;
  }
  .choice input {
    margin: 0;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--pc-color-accent);
  }
  .choice-name {
    font-weight: var(--pc-font-weight-strong);
  }
  .choice .hint {
    grid-column: 2;
  }
  .hint {
    margin: 0;
    color: var(--pc-color-text-muted);
    font-size: var(--pc-font-size-s);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pc-space-s);
  }
  .purposes,
  .asked {
    display: grid;
    gap: var(--pc-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .purpose {
    display: grid;
    gap: var(--pc-space-xs);
    padding: var(--pc-space-m);
    border: 1px solid var(--pc-color-border);
    border-radius: var(--pc-radius-m);
  }
  .purpose-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pc-space-s);
    min-block-size: var(--pc-control-size);
    cursor: pointer;
  }
  .purpose-name {
    font-weight: var(--pc-font-weight-strong);
    margin-inline-end: auto;
  }
  .purpose-text p,
  .panel p {
    margin: 0;
  }
  .purpose-text {
    display: grid;
    gap: var(--pc-space-xs);
  }
  .badge {
    padding: 0 var(--pc-space-s);
    border: 1px solid var(--pc-color-border-strong);
    border-radius: 999px;
    font-size: var(--pc-font-size-s);
  }
  .warning {
    color: var(--pc-color-danger);
  }
  .notice .asked > li {
    display: grid;
    gap: var(--pc-space-xs);
  }
  button[aria-pressed='true'] {
    border-color: var(--pc-color-accent);
    box-shadow: inset 0 0 0 2px var(--pc-color-accent);
    font-weight: var(--pc-font-weight-strong);
  }
  a {
    color: var(--pc-color-link, var(--pc-color-accent));
  }
  .history summary {
    cursor: pointer;
    min-block-size: var(--pc-control-size);
    display: flex;
    align-items: center;
    gap: var(--pc-space-xs);
    font-weight: var(--pc-font-weight-strong);
  }
  .history .download {
    margin-block-start: var(--pc-space-s);
  }
  .table-scroll {
    overflow-x: auto;
    max-block-size: 24rem;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--pc-font-size-s);
  }
  th,
  td {
    padding: var(--pc-space-xs) var(--pc-space-s);
    border-block-end: 1px solid var(--pc-color-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--pc-color-bg);
  }
  @media (forced-colors: active) {
    .choice:has(input:checked),
    button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
