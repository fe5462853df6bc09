import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/** What every widget shares: tokens, the state panels, buttons, focus ring and the screen-reader-only helper. */
export const baseStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
    }
    .base {
      font-family: var(--pc-font-family);
      font-size: var(--pc-font-size-m);
      line-height: var(--pc-line-height);
      color: var(--pc-color-text);
      background: var(--pc-color-bg);
      /* Adapter text may be one unbroken word thousands of characters long. */
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    .sr-only {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    :focus-visible {
      outline: var(--pc-focus-ring-width) solid var(--pc-color-focus);
      outline-offset: var(--pc-focus-ring-offset);
    }
    button {
      font: inherit;
      min-block-size: var(--pc-control-size);
      padding-inline: var(--pc-space-l);
      border-radius: var(--pc-radius-m);
      border: 1px solid var(--pc-color-border-strong);
      background: var(--pc-color-surface-raised);
      color: var(--pc-color-text);
      cursor: pointer;
    }
    button.primary {
      background: var(--pc-color-accent);
      border-color: var(--pc-color-accent);
      color: var(--pc-color-on-accent);
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .panel {
      display: flex;
      flex-direction: column;
      gap: var(--pc-space-s);
      align-items: flex-start;
      padding: var(--pc-space-l);
      border: 1px solid var(--pc-color-border);
      border-radius: var(--pc-radius-m);
      background: var(--pc-color-surface);
    }
    .panel[data-tone='danger'] {
      border-color: var(--pc-color-danger);
    }
    .panel h2,
    .panel p,
    .settings-list {
      margin: 0;
    }
    .settings-list {
      padding-inline-start: var(--pc-space-xl);
    }
    .panel h2 {
      font-size: var(--pc-font-size-l);
    }
    .panel code {
      font-family: ui-monospace, monospace;
    }
    /* Sticky: a refused change is told where the customer is in a long widget. */
    .dock {
      position: sticky;
      inset-block-end: var(--pc-space-l);
      z-index: 2;
      display: grid;
      gap: var(--pc-space-s);
    }
    .dock:empty {
      display: none;
    }
    .dock > .panel {
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    }
    .save-status {
      margin: 0;
      color: var(--pc-color-text-muted);
      font-size: var(--pc-font-size-s);
    }
    .skeleton {
      display: grid;
      gap: var(--pc-space-s);
    }
    .skeleton-line {
      block-size: var(--pc-control-size);
      border-radius: var(--pc-radius-s);
      background: var(--pc-color-skeleton);
      animation: pc-pulse 1.2s ease-in-out infinite alternate;
    }
    @keyframes pc-pulse {
      to {
        opacity: 0.55;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton-line {
        animation: none;
      }
    }
    @media (forced-colors: active) {
      .skeleton-line {
        border: 1px solid CanvasText;
      }
      button.primary {
        border: 2px solid ButtonText;
      }
    }
  `,
];
