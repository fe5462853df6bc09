import { css } from 'lit';

/** The privacy widget's layout, on core's tokens: sections in a column, a row per purpose, choices as cards. */
export default css`
  .choices > legend,
  .choices > .preview {
    grid-column: 1 / -1;
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
  .notice .asked > li {
    display: grid;
    gap: var(--pc-space-xs);
  }
  button[aria-pressed='true'] {
    border-color: var(--pc-color-accent);
    box-shadow: inset 0 0 0 2px var(--pc-color-accent);
    font-weight: var(--pc-font-weight-strong);
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
