import { css } from 'lit';

/**
 * The one switch drawing of every widget, on class `pc-switch`: a `<button role="switch">`
 * (or `role="checkbox"` in a grid) with `aria-checked` `true`, `false` or `mixed`, or a
 * native `<input type="checkbox" role="switch">`. The element is the target; the track
 * (`::before`) and knob (`::after`) are drawn at its inline end, so a button may hold its
 * label before them and a widget may move them (`--pc-switch-*`) without redrawing them.
 */
export const switchStyles = css`
  .pc-switch {
    --pc-switch-track: 2.75rem;
    --pc-switch-height: 1.75rem;
    --pc-switch-knob: 1.125rem;
    --pc-switch-gap: 5px;
    appearance: none;
    position: relative;
    flex: none;
    min-inline-size: var(--pc-switch-track);
    min-block-size: var(--pc-switch-height);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .pc-switch::before,
  .pc-switch::after {
    content: '';
    position: absolute;
    inset-block-start: 50%;
    translate: 0 -50%;
    border-radius: 999px;
    transition:
      inset-inline-end var(--pc-duration-fast) var(--pc-easing),
      background-color var(--pc-duration-fast);
  }
  .pc-switch::before {
    inset-inline-end: 0;
    inline-size: var(--pc-switch-track);
    block-size: var(--pc-switch-height);
    border: 2px solid var(--pc-color-border-strong);
    background: var(--pc-color-surface-raised);
  }
  .pc-switch::after {
    inline-size: var(--pc-switch-knob);
    block-size: var(--pc-switch-knob);
    inset-inline-end: calc(var(--pc-switch-track) - var(--pc-switch-knob) - var(--pc-switch-gap));
    background: var(--pc-color-border-strong);
  }
  .pc-switch:is([aria-checked='true'], :checked)::before {
    background: var(--pc-color-accent);
    border-color: var(--pc-color-accent);
  }
  .pc-switch:is([aria-checked='true'], :checked)::after {
    inset-inline-end: var(--pc-switch-gap);
    background: var(--pc-color-on-accent);
  }
  .pc-switch[aria-checked='mixed']::before {
    border-color: var(--pc-color-accent);
  }
  .pc-switch[aria-checked='mixed']::after {
    inset-inline-end: calc((var(--pc-switch-track) - var(--pc-switch-knob)) / 2);
    background: var(--pc-color-accent);
  }
  .pc-switch:is([aria-disabled='true'], :disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .pc-switch::before {
      border-color: ButtonText;
    }
    .pc-switch::after {
      background: ButtonText;
    }
    .pc-switch:is([aria-checked='true'], :checked)::before {
      background: Highlight;
    }
    .pc-switch:is([aria-checked='true'], :checked)::after {
      background: HighlightText;
    }
  }
`;
