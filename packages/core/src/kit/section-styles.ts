import { css } from 'lit';

/**
 * The layout widgets built of sections share: the box a column of sections, section
 * titles (h2, legend), choice cards for radio groups (`choices`, `choice`), hints, rows of
 * buttons (`actions`), badges, warnings and links, on core's tokens. A widget adds its own
 * rules after these.
 */
export const sectionStyles = css`
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
  .badge {
    padding: 0 var(--pc-space-s);
    border: 1px solid var(--pc-color-border-strong);
    border-radius: 999px;
    font-size: var(--pc-font-size-s);
  }
  .warning {
    color: var(--pc-color-danger);
  }
  a {
    color: var(--pc-color-link, var(--pc-color-accent));
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
