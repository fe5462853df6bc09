import { css } from 'lit';

/**
 * What every feature shares: a titled group, labelled fields, a switch, hints and inline
 * errors. Each feature's exported styles include this one object; Lit drops the repeats
 * when an element lists several features in its `static styles`.
 */
export const featureBaseStyles = css`
  .pc-part {
    display: grid;
    /* Parts sit side by side at equal height; keep their content at the top, not spread out. */
    align-content: start;
    gap: var(--pc-space-m);
    margin: 0;
    padding: var(--pc-space-l);
    border: 1px solid var(--pc-color-border);
    border-radius: var(--pc-radius-m);
    background: var(--pc-color-surface);
    min-inline-size: 0;
  }
  .pc-part-title {
    margin: 0;
    font-size: var(--pc-font-size-l);
    font-weight: var(--pc-font-weight-strong);
  }
  .pc-part p {
    margin: 0;
  }
  .pc-hint {
    color: var(--pc-color-text-muted);
    font-size: var(--pc-font-size-s);
  }
  .pc-error {
    color: var(--pc-color-danger);
    font-size: var(--pc-font-size-s);
    font-weight: var(--pc-font-weight-strong);
  }
  .pc-field {
    display: grid;
    gap: var(--pc-space-xs);
    align-content: start;
    min-inline-size: 0;
  }
  .pc-field > label,
  .pc-label {
    font-weight: var(--pc-font-weight-strong);
  }
  .pc-fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pc-space-m);
    align-items: start;
  }
  .pc-part input:not([type='checkbox'], [type='radio']),
  .pc-part select {
    font: inherit;
    color: var(--pc-color-text);
    background: var(--pc-color-surface-raised);
    min-block-size: var(--pc-control-size);
    padding-inline: var(--pc-space-s);
    border: 1px solid var(--pc-color-border-strong);
    border-radius: var(--pc-radius-s);
    max-inline-size: 100%;
  }
  .pc-part [aria-invalid='true'] {
    border-color: var(--pc-color-danger);
    border-width: 2px;
  }
  .pc-part input:disabled,
  .pc-part select:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .pc-check {
    display: inline-flex;
    align-items: center;
    gap: var(--pc-space-s);
    min-block-size: var(--pc-control-size);
    cursor: pointer;
  }
  .pc-check input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--pc-color-accent);
  }
  /* A native checkbox with role="switch", drawn as a track and a thumb. */
  .pc-check input[role='switch'] {
    appearance: none;
    flex: none;
    position: relative;
    inline-size: 2.5rem;
    block-size: 1.5rem;
    border-radius: 0.75rem;
    border: 2px solid var(--pc-color-border-strong);
    background: var(--pc-color-surface-raised);
    cursor: inherit;
    transition: background-color var(--pc-duration-fast) var(--pc-easing);
  }
  .pc-check input[role='switch']::before {
    content: '';
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 2px;
    inline-size: 1rem;
    block-size: 1rem;
    border-radius: 50%;
    background: var(--pc-color-border-strong);
    transition: inset-inline-start var(--pc-duration-fast) var(--pc-easing);
  }
  .pc-check input[role='switch']:checked {
    background: var(--pc-color-accent);
    border-color: var(--pc-color-accent);
  }
  .pc-check input[role='switch']:checked::before {
    inset-inline-start: calc(100% - 1rem - 2px);
    background: var(--pc-color-on-accent);
  }
  .pc-check input:disabled {
    cursor: not-allowed;
  }
  .pc-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pc-space-s);
    align-items: center;
  }
  @media (forced-colors: active) {
    .pc-check input[role='switch'] {
      border-color: ButtonText;
    }
    .pc-check input[role='switch']::before {
      background: ButtonText;
    }
    .pc-check input[role='switch']:checked {
      background: Highlight;
    }
    .pc-check input[role='switch']:checked::before {
      background: HighlightText;
    }
  }
`;
