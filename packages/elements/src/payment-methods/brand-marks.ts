import type { PaymentMethod } from '@prefcenter/core';
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * A small mark per brand, drawn inline (no image request, nothing from a network): a card
 * in the brand's colours with a short word or shape. Marks are decoration (`aria-hidden`):
 * the method's name says the brand in words. An unknown brand gets the plain card or bank.
 */

const card = (fill: string, content: SVGTemplateResult, stroke = 'none') =>
  svg`<rect x="0.5" y="0.5" width="39" height="25" rx="4" fill=${fill} stroke=${stroke} />${content}`;

const word = (text: string, fill = '#fff', size = 9, style = 'normal') =>
  svg`<text x="20" y="17" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-weight="700" font-style=${style} font-size=${size} fill=${fill}>${text}</text>`;

const marks: Readonly<Record<string, () => SVGTemplateResult>> = {
  visa: () => card('#1a1f71', word('VISA', '#fff', 10, 'italic')),
  mastercard: () =>
    card(
      '#252525',
      svg`<circle cx="16" cy="13" r="7" fill="#eb001b" /><circle cx="24" cy="13" r="7" fill="#f79e1b" fill-opacity="0.9" />`,
    ),
  amex: () => card('#2e77bc', word('AMEX', '#fff', 9)),
  discover: () =>
    card('#fff', svg`<circle cx="29" cy="13" r="5" fill="#f48120" />${word('DISC', '#231f20', 7)}`, '#c8c8c8'),
  jcb: () => card('#0b4ea2', word('JCB', '#fff', 10)),
  unionpay: () => card('#d10429', word('UP', '#fff', 10)),
  diners: () =>
    card('#fff', svg`<circle cx="20" cy="13" r="7" fill="none" stroke="#0079be" stroke-width="2" />`, '#c8c8c8'),
  'apple-pay': () => card('#000', word('Pay', '#fff', 10)),
  'google-pay': () => card('#fff', word('G Pay', '#3c4043', 9), '#c8c8c8'),
  paypal: () => card('#003087', word('PP', '#fff', 10, 'italic')),
};

const genericCard = () =>
  card(
    'var(--pc-color-surface-raised, #f2f2f2)',
    svg`<rect x="0.5" y="6" width="39" height="5" fill="currentColor" opacity="0.5" /><rect x="5" y="16" width="12" height="3" rx="1" fill="currentColor" opacity="0.5" />`,
    'currentColor',
  );

const bank = () =>
  card(
    'var(--pc-color-surface-raised, #f2f2f2)',
    svg`<path d="M20 4 L31 9 H9 Z M11 11 H14 V18 H11 Z M18.5 11 H21.5 V18 H18.5 Z M26 11 H29 V18 H26 Z M9 19.5 H31 V22 H9 Z" fill="currentColor" opacity="0.7" />`,
    'currentColor',
  );

/** The mark for a method: its brand's when known, else one for its type. */
export function brandMark(method: PaymentMethod): TemplateResult {
  const key = method.brand.toLowerCase();
  const known = Object.hasOwn(marks, key) ? marks[key]! : undefined;
  const draw = known ?? (method.type === 'bank-account' ? bank : genericCard);
  return html`<svg
    class="mark"
    part="brand-mark"
    viewBox="0 0 40 26"
    width="40"
    height="26"
    aria-hidden="true"
    focusable="false"
  >
    ${draw()}
  </svg>`;
}
