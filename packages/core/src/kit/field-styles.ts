import { css } from 'lit';
import { switchStyles } from './switch-styles.js';

/**
 * Form fields as every widget draws them: a titled group (`pc-group`, `pc-group-title`),
 * labelled fields (`pc-field`, `pc-fields`), hints and inline errors (`pc-hint`,
 * `pc-error`), a labelled checkbox (`pc-check`), a row of buttons (`pc-actions`), and the
 * switch (`pc-switch`). Each feature's styles include this one object; Lit drops the
 * repeats when an element lists several features in its `static styles`.
 */
export const fieldStyles = [
  switchStyles,
  css`
    .pc-group {
      display: grid;
      /* Groups sit side by side at equal height; keep their content at the top, not spread out. */
      align-content: start;
      gap: var(--pc-space-m);
      margin: 0;
      padding: var(--pc-space-l);
      border: 1px solid var(--pc-color-border);
      border-radius: var(--pc-radius-m);
      background: var(--pc-color-surface);
      min-inline-size: 0;
    }
    .pc-group-title {
      margin: 0;
      font-size: var(--pc-font-size-l);
      font-weight: var(--pc-font-weight-strong);
    }
    .pc-group p {
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
    .pc-group input:not([type='checkbox'], [type='radio']),
    .pc-group select {
      font: inherit;
      color: var(--pc-color-text);
      background: var(--pc-color-surface-raised);
      min-block-size: var(--pc-control-size);
      padding-inline: var(--pc-space-s);
      border: 1px solid var(--pc-color-border-strong);
      border-radius: var(--pc-radius-s);
      max-inline-size: 100%;
    }
    .pc-group [aria-invalid='true'] {
      border-color: var(--pc-color-danger);
      border-width: 2px;
    }
    .pc-group input:disabled,
    .pc-group select:disabled {
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
    .pc-check input:not(.pc-switch) {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      margin: 0;
      accent-color: var(--pc-color-accent);
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
  `,
];
