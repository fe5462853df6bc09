import { css } from 'lit';

export default css`
  .base {
    container: np / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--pc-space-l);
  }
  .hint {
    color: var(--pc-color-text-muted);
    font-size: var(--pc-font-size-s);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pc-space-s);
    align-items: center;
  }
  .settings:empty {
    display: none;
  }
  .settings {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--pc-space-m);
  }
  .notice {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
  }
  .notice p {
    flex: 1 1 16rem;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pc-space-xs) var(--pc-space-m);
    align-items: center;
  }
  .filter label {
    font-weight: var(--pc-font-weight-strong);
  }
  .filter input {
    font: inherit;
    color: inherit;
    background: var(--pc-color-surface-raised);
    min-block-size: var(--pc-control-size);
    padding-inline: var(--pc-space-s);
    border: 1px solid var(--pc-color-border-strong);
    border-radius: var(--pc-radius-s);
    flex: 1 1 12rem;
    max-inline-size: 24rem;
  }

  /* The grid: one CSS grid per row, with fixed channel columns so rows line up. */
  .grid {
    border: 1px solid var(--pc-color-border);
    border-radius: var(--pc-radius-m);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(var(--notification-prefs-name-size, 12rem), 1fr);
    grid-auto-columns: var(--notification-prefs-column-size, 5.5rem);
    grid-auto-flow: column;
    align-items: center;
    padding-inline: var(--pc-space-m);
    border-block-start: 1px solid var(--pc-color-border);
    /* Rows off screen are neither laid out nor painted. */
    content-visibility: auto;
    contain-intrinsic-size: auto 4rem;
  }
  .head {
    content-visibility: visible;
    border-block-start: 0;
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--pc-color-bg);
    border-start-start-radius: var(--pc-radius-m);
    border-start-end-radius: var(--pc-radius-m);
    font-weight: var(--pc-font-weight-strong);
    font-size: var(--pc-font-size-s);
  }
  [role='columnheader'],
  [role='gridcell'],
  [role='rowheader'] {
    padding: var(--pc-space-s) var(--pc-space-xs);
    min-inline-size: 0;
  }
  .head .cell {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--pc-space-xs);
    text-align: center;
  }
  .cell,
  .all {
    display: flex;
    justify-content: center;
  }
  .name {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 2px;
  }
  .title {
    font-weight: var(--pc-font-weight-strong);
    overflow-wrap: anywhere;
  }
  /* No lock glyph: U+1F512 is missing from many systems' fonts and showed as a box; the
     words "Always on" say it, in every font. */
  .reason {
    font-size: var(--pc-font-size-s);
    font-weight: var(--pc-font-weight-strong);
    color: var(--pc-color-text);
  }
  .section {
    display: block;
    background: var(--pc-color-surface);
    contain-intrinsic-size: auto 3rem;
  }
  .section h3 {
    margin: 0;
    font-size: var(--pc-font-size-m);
  }
  .section .hint {
    margin: 0;
    padding-inline-start: 1.75rem;
  }
  .disclosure {
    display: flex;
    align-items: center;
    gap: var(--pc-space-s);
    inline-size: 100%;
    padding-inline: 0;
    border: 0;
    background: none;
    font-weight: var(--pc-font-weight-strong);
    text-align: start;
  }
  /* Physical borders on purpose: the corner must not flip with the direction, only the
     closed section's rotation does (toward the reading direction). Open points down. */
  .chevron {
    flex: none;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    margin-inline: 0.375rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    rotate: 45deg;
    transition: rotate var(--pc-duration-fast) var(--pc-easing);
  }
  [aria-expanded='false'] .chevron {
    rotate: -45deg;
  }
  :dir(rtl) [aria-expanded='false'] .chevron {
    rotate: 135deg;
  }
  .count {
    font-weight: normal;
    color: var(--pc-color-text-muted);
    font-size: var(--pc-font-size-s);
  }
  .options {
    min-block-size: 1.75rem;
    padding-inline: var(--pc-space-s);
    font-size: var(--pc-font-size-s);
  }
  .na {
    color: var(--pc-color-text-muted);
  }

  /* The switch is core's drawing (pc-switch); here only where the grid puts it. */
  .switch {
    inline-size: var(--pc-switch-track);
  }
  .switch .label,
  .na .label {
    display: none;
  }
  .head .switch {
    inline-size: auto;
    padding-block-start: 2rem;
    font-weight: var(--pc-font-weight-strong);
  }
  .head .switch::before,
  .head .switch::after {
    inset-block-start: 0.875rem;
  }
  .head .switch::before {
    inset-inline-end: calc(50% - var(--pc-switch-track) / 2);
  }
  .head .switch::after {
    inset-inline-end: calc(50% + var(--pc-switch-track) / 2 - var(--pc-switch-knob) - var(--pc-switch-gap));
  }
  .head .switch[aria-checked='true']::after {
    inset-inline-end: calc(50% - var(--pc-switch-track) / 2 + var(--pc-switch-gap));
  }
  .head .switch[aria-checked='mixed']::after {
    inset-inline-end: calc(50% - var(--pc-switch-knob) / 2);
  }
  /* A long channel name must not make the sticky header tall enough to cover the rows. */
  .head .switch .label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .spacer {
    block-size: calc(var(--pc-rest) * 4rem);
  }
  .empty {
    align-items: flex-start;
  }

  /* Narrow: one card per category, each switch labelled by its channel. */
  @container np (inline-size < 560px) {
    .grid {
      border: 0;
      display: flex;
      flex-direction: column;
      gap: var(--pc-space-s);
    }
    .row {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      padding: var(--pc-space-s) var(--pc-space-m);
      border: 1px solid var(--pc-color-border);
      border-radius: var(--pc-radius-m);
      contain-intrinsic-size: auto 16rem;
    }
    .head {
      flex-direction: row;
      flex-wrap: wrap;
      position: static;
    }
    /* The first two header cells have no column to head here. They stay in the grid's
       keyboard path (the tab stop starts on the first), out of sight until focused. */
    .head .name:not(:focus),
    .head .all:not(:focus) {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .section {
      border: 0;
      padding-inline: 0;
      contain-intrinsic-size: auto 3rem;
    }
    .cell,
    .all {
      justify-content: stretch;
      padding-block: 0;
    }
    .switch {
      display: flex;
      align-items: center;
      inline-size: 100%;
      min-block-size: var(--pc-control-size);
      padding-inline-end: calc(var(--pc-switch-track) + var(--pc-space-s));
      text-align: start;
    }
    .switch .label,
    .na .label {
      display: inline;
    }
    .na {
      justify-content: space-between;
    }
    .head .cell {
      flex: 1 1 7rem;
    }
  }
`;
